import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';

export interface PaginationLink {
  readonly href: string;
  /** Defaults to "Previous page" / "Next page" (with "page" visually hidden). */
  readonly text?: ReactNode;
  /** A description of the page linked to, shown under the text; only without numbered items. */
  readonly labelText?: ReactNode;
  readonly attributes?: Omit<ComponentPropsWithoutRef<'a'>, 'className' | 'href' | 'rel'>;
}

export interface PaginationPage {
  readonly number: ReactNode;
  readonly href: string;
  readonly current?: boolean;
  /** The link's accessible name; defaults to "Page {number}". */
  readonly visuallyHiddenText?: string;
  readonly attributes?: Omit<ComponentPropsWithoutRef<'a'>, 'className' | 'href'>;
}

export interface PaginationEllipsis {
  readonly ellipsis: true;
}

export interface PaginationProps extends Omit<ComponentPropsWithoutRef<'nav'>, 'children'> {
  readonly previous?: PaginationLink;
  readonly next?: PaginationLink;
  /** Numbered pages; entries that are `null`, `undefined` or empty are skipped. */
  readonly items?: ReadonlyArray<PaginationPage | PaginationEllipsis | null | undefined | object>;
  /** The navigation landmark's name; defaults to "Pagination". */
  readonly landmarkLabel?: string;
}

function ArrowIcon({ type }: { readonly type: 'prev' | 'next' }) {
  return (
    <svg
      className={`govuk-pagination__icon govuk-pagination__icon--${type}`}
      xmlns="http://www.w3.org/2000/svg"
      height="13"
      width="15"
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 15 13"
    >
      <path
        d={
          type === 'prev'
            ? 'm6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z'
            : 'm8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z'
        }
      />
    </svg>
  );
}

function ArrowLink({
  link,
  type,
  blockLevel,
}: {
  readonly link: PaginationLink;
  readonly type: 'prev' | 'next';
  readonly blockLevel: boolean;
}) {
  const withText = link.text !== undefined && link.text !== null && link.text !== '';
  const withLabel = blockLevel && link.labelText !== undefined && link.labelText !== '';
  const icon = <ArrowIcon type={type} />;
  return (
    <div className={`govuk-pagination__${type}`}>
      <a
        className="govuk-link govuk-pagination__link"
        href={link.href}
        rel={type}
        {...link.attributes}
      >
        {blockLevel || type === 'prev' ? icon : null}
        <span
          className={classNames(
            'govuk-pagination__link-title',
            blockLevel && !link.labelText && 'govuk-pagination__link-title--decorated',
          )}
        >
          {withText ? (
            link.text
          ) : (
            <>
              {type === 'prev' ? 'Previous' : 'Next'}
              <span className="govuk-visually-hidden"> page</span>
            </>
          )}
        </span>
        {withLabel ? (
          <>
            {' '}
            <span className="govuk-visually-hidden">:</span>{' '}
            <span className="govuk-pagination__link-label">{link.labelText}</span>
          </>
        ) : null}
        {!blockLevel && type === 'next' ? icon : null}
      </a>
    </div>
  );
}

function isEllipsis(item: object): item is PaginationEllipsis {
  return 'ellipsis' in item && Boolean(item.ellipsis);
}

function isPage(item: object): item is PaginationPage {
  return 'href' in item || 'number' in item;
}

/**
 * GOV.UK pagination: links to the previous and next pages of a list, and to numbered pages when
 * given. With only previous and next, the links are stacked ("block" style).
 */
export function Pagination({
  previous,
  next,
  items,
  landmarkLabel,
  className,
  ...attributes
}: PaginationProps) {
  const blockLevel = !items && Boolean(previous || next);
  return (
    <nav
      className={classNames('govuk-pagination', blockLevel && 'govuk-pagination--block', className)}
      aria-label={landmarkLabel || 'Pagination'}
      {...attributes}
    >
      {previous?.href ? <ArrowLink link={previous} type="prev" blockLevel={blockLevel} /> : null}
      {items ? (
        <ul className="govuk-pagination__list">
          {items.map((item, index) => {
            if (!item || !(isEllipsis(item) || isPage(item))) return null;
            if (isEllipsis(item)) {
              return (
                <li key={index} className="govuk-pagination__item govuk-pagination__item--ellipsis">
                  ⋯
                </li>
              );
            }
            return (
              <li
                key={index}
                className={classNames(
                  'govuk-pagination__item',
                  item.current && 'govuk-pagination__item--current',
                )}
              >
                <a
                  className="govuk-link govuk-pagination__link"
                  href={item.href}
                  aria-label={item.visuallyHiddenText || `Page ${String(item.number)}`}
                  aria-current={item.current ? 'page' : undefined}
                  {...item.attributes}
                >
                  {item.number}
                </a>
              </li>
            );
          })}
        </ul>
      ) : null}
      {next?.href ? <ArrowLink link={next} type="next" blockLevel={blockLevel} /> : null}
    </nav>
  );
}
