import { ServiceNavigation } from './service-navigation';
import {
  attributeProps,
  content,
  describeFixtures,
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
}

const slotsReason = 'slots (raw HTML injected around the navigation) are not implemented';

describeFixtures<Options>(
  'service-navigation',
  (options) => (
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
      className={options.classes}
      {...attributeProps(options.attributes)}
    />
  ),
  {
    'with language navigation': slotsReason,
    'with right-aligned language navigation': slotsReason,
    'inverse with language navigation': slotsReason,
    'with slotted content': slotsReason,
    'with `inline` end slot': slotsReason,
  },
);
