import { ServiceNavigation } from './service-navigation';
import {
  attributeProps,
  content,
  describeFixtures,
  html,
  type AttributesOption,
  type CommonOptions,
} from './testing/fixtures';

interface Options extends CommonOptions {
  serviceName?: string;
  serviceUrl?: string;
  navigation?: (
    | {
        text?: string;
        html?: string;
        href?: string;
        active?: boolean;
        current?: boolean;
        attributes?: AttributesOption;
      }
    | false
    | null
    | ''
  )[];
  collapseNavigationOnMobile?: boolean;
  ariaLabel?: string;
  menuButtonText?: string;
  menuButtonLabel?: string;
  navigationLabel?: string;
  navigationClasses?: string;
  navigationId?: string;
  slots?: {
    start?: string;
    end?: string | { html: string; align?: 'inline' };
    navigationStart?: string;
    navigationEnd?: string;
  };
}

describeFixtures<Options>('service-navigation', (options) => (
  <ServiceNavigation
    serviceName={options.serviceName}
    serviceUrl={options.serviceUrl}
    navigation={options.navigation?.map((item) =>
      item
        ? {
            text: content(item.text, item.html),
            href: item.href,
            active: item.active,
            current: item.current,
            attributes: attributeProps(item.attributes),
          }
        : null,
    )}
    collapseNavigationOnMobile={options.collapseNavigationOnMobile}
    ariaLabel={options.ariaLabel}
    menuButtonText={options.menuButtonText}
    menuButtonLabel={options.menuButtonLabel}
    navigationLabel={options.navigationLabel}
    navigationClassName={options.navigationClasses}
    navigationId={options.navigationId}
    slots={
      options.slots && {
        start: options.slots.start && html(options.slots.start),
        end:
          typeof options.slots.end === 'string'
            ? html(options.slots.end)
            : options.slots.end && html(options.slots.end.html),
        endAlign: typeof options.slots.end === 'object' ? options.slots.end.align : undefined,
        navigationStart: options.slots.navigationStart && html(options.slots.navigationStart),
        navigationEnd: options.slots.navigationEnd && html(options.slots.navigationEnd),
      }
    }
    className={options.classes}
    {...attributeProps(options.attributes)}
  />
));
