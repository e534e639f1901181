import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';

export interface BreadcrumbItem {
  readonly text: ReactNode;
  /** Leave out for the current page, which is then marked with `aria-current="page"`. */
  readonly href?: string;
  readonly attributes?: Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'className' | 'children'>;
}

export interface BreadcrumbsProps extends Omit<ComponentPropsWithoutRef<'nav'>, 'children'> {
  readonly items: readonly BreadcrumbItem[];
  /** On small screens, show only the first and last items. */
  readonly collapseOnMobile?: boolean;
  /** The navigation landmark's accessible name. Defaults to "Breadcrumb". */
  readonly labelText?: string;
}

/** GOV.UK breadcrumbs. Place them before the `<main>` element. */
export function Breadcrumbs({
  items,
  collapseOnMobile = false,
  labelText = 'Breadcrumb',
  className,
  ...attributes
}: BreadcrumbsProps) {
  return (
    <nav
      className={classNames(
        'govuk-breadcrumbs',
        className,
        collapseOnMobile && 'govuk-breadcrumbs--collapse-on-mobile',
      )}
      {...attributes}
      aria-label={labelText}
    >
      <ol className="govuk-breadcrumbs__list">
        {items.map((item, index) =>
          item.href ? (
            <li key={index} className="govuk-breadcrumbs__list-item">
              <a className="govuk-breadcrumbs__link" href={item.href} {...item.attributes}>
                {item.text}
              </a>
            </li>
          ) : (
            <li key={index} className="govuk-breadcrumbs__list-item" aria-current="page">
              {item.text}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
