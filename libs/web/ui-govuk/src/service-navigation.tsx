import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';
import { hasContent } from './input';

export interface ServiceNavigationItem {
  readonly text: ReactNode;
  /** Leave out to show the item as text, not a link. */
  readonly href?: string;
  /** The item is the page being shown: marked with `aria-current="page"`. */
  readonly current?: boolean;
  /** The page being shown is within this item's section: marked with `aria-current="true"`. */
  readonly active?: boolean;
  readonly attributes?: Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'className' | 'children'>;
}

export interface ServiceNavigationProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  readonly serviceName?: ReactNode;
  readonly serviceUrl?: string;
  /** Navigation links; `false`, `null` and `undefined` entries are skipped. */
  readonly navigation?: ReadonlyArray<ServiceNavigationItem | false | null | undefined>;
  /** Hide the links behind a menu button on small screens. Defaults to more than one link. */
  readonly collapseNavigationOnMobile?: boolean;
  /** The accessible name of the region around the service name. Defaults to "Service information". */
  readonly ariaLabel?: string;
  /** Defaults to "Menu". */
  readonly menuButtonText?: string;
  /** An accessible name for the menu button, when its visible text is not enough. */
  readonly menuButtonLabel?: string;
  /** The accessible name of the navigation landmark. Defaults to the menu button text. */
  readonly navigationLabel?: string;
  readonly navigationClassName?: string;
  readonly navigationId?: string;
  /** Content placed at fixed points of the component, such as a sign-out form after the links. */
  readonly slots?: ServiceNavigationSlots;
}

export interface ServiceNavigationSlots {
  /** Before the service name, inside the width container. */
  readonly start?: ReactNode;
  /** After the navigation, inside the width container, e.g. a language switcher. */
  readonly end?: ReactNode;
  /** `inline` keeps the end slot on the same line as the navigation on wide screens. */
  readonly endAlign?: 'inline';
  /** List items (`<li>`) before the links. */
  readonly navigationStart?: ReactNode;
  /** List items (`<li>`) after the links. */
  readonly navigationEnd?: ReactNode;
}

function ItemContent({ item }: { readonly item: ServiceNavigationItem }) {
  return item.active || item.current ? (
    <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
  ) : (
    <>{item.text}</>
  );
}

/** GOV.UK service navigation: the service name and the links to the main sections of the service. */
export function ServiceNavigation({
  serviceName,
  serviceUrl,
  navigation = [],
  collapseNavigationOnMobile,
  ariaLabel = 'Service information',
  menuButtonText = 'Menu',
  menuButtonLabel,
  navigationLabel,
  navigationClassName,
  navigationId = 'navigation',
  slots = {},
  className,
  ...attributes
}: ServiceNavigationProps) {
  const items = navigation.filter((item): item is ServiceNavigationItem => Boolean(item));
  const collapse = collapseNavigationOnMobile ?? items.length > 1;
  const hasEnd = hasContent(slots.end);

  const inner = (
    <div
      className={classNames(
        'govuk-width-container',
        hasEnd && slots.endAlign === 'inline' && 'govuk-service-navigation__inlining-container',
      )}
    >
      {hasContent(slots.start) ? slots.start : null}
      <div className="govuk-service-navigation__container">
        {serviceName ? (
          <span className="govuk-service-navigation__service-name">
            {serviceUrl ? (
              <a href={serviceUrl} className="govuk-service-navigation__link">
                {serviceName}
              </a>
            ) : (
              <span className="govuk-service-navigation__text">{serviceName}</span>
            )}
          </span>
        ) : null}
        {items.length || hasContent(slots.navigationStart) || hasContent(slots.navigationEnd) ? (
          <nav
            aria-label={navigationLabel || menuButtonText}
            className={classNames('govuk-service-navigation__wrapper', navigationClassName)}
          >
            {collapse ? (
              <button
                type="button"
                className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
                aria-controls={navigationId}
                aria-label={
                  menuButtonLabel && menuButtonLabel !== menuButtonText
                    ? menuButtonLabel
                    : undefined
                }
                hidden
                aria-hidden="true"
              >
                {menuButtonText}
              </button>
            ) : null}
            <ul className="govuk-service-navigation__list" id={navigationId}>
              {hasContent(slots.navigationStart) ? slots.navigationStart : null}
              {items.map((item, index) => {
                const highlighted = item.active || item.current;
                const ariaCurrent = item.current ? 'page' : item.active ? 'true' : undefined;
                return (
                  <li
                    key={index}
                    className={classNames(
                      'govuk-service-navigation__item',
                      highlighted && 'govuk-service-navigation__item--active',
                    )}
                  >
                    {item.href ? (
                      <a
                        className="govuk-service-navigation__link"
                        href={item.href}
                        aria-current={ariaCurrent}
                        {...item.attributes}
                      >
                        <ItemContent item={item} />
                      </a>
                    ) : item.text ? (
                      <span className="govuk-service-navigation__text" aria-current={ariaCurrent}>
                        <ItemContent item={item} />
                      </span>
                    ) : null}
                  </li>
                );
              })}
              {hasContent(slots.navigationEnd) ? slots.navigationEnd : null}
            </ul>
          </nav>
        ) : null}
      </div>
      {hasEnd ? slots.end : null}
    </div>
  );

  const common = {
    className: classNames('govuk-service-navigation', className),
    'data-module': 'govuk-service-navigation',
    ...attributes,
  };
  // With a service name or slotted content around the navigation the component is a landmark of
  // its own; otherwise the <nav> suffices.
  return serviceName || hasContent(slots.start) || hasEnd ? (
    <section aria-label={ariaLabel} {...common}>
      {inner}
    </section>
  ) : (
    <div {...common}>{inner}</div>
  );
}
