import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';

export interface GenericHeaderProps extends ComponentPropsWithoutRef<'div'> {
  /** Where the logo links to. Defaults to the root of the site. */
  readonly url?: string;
  /** Replaces `govuk-width-container`, e.g. with `govuk-generic-header__container--full-width`. */
  readonly containerClassName?: string;
  /** The logo: the service or organisation name as text, an image, or both. */
  readonly children: ReactNode;
}

/**
 * GOV.UK Frontend's generic header, for a government service that is not part of GOV.UK and so
 * must not use the GOV.UK logo. Put it inside the page's `<header>` element.
 */
export function GenericHeader({
  url = '/',
  containerClassName = 'govuk-width-container',
  className,
  children,
  ...attributes
}: GenericHeaderProps) {
  return (
    <div className={classNames('govuk-generic-header', className)} {...attributes}>
      <div className={classNames('govuk-generic-header__container', containerClassName)}>
        <div className="govuk-generic-header__logo">
          <a href={url} className="govuk-generic-header__homepage-link">
            {children}
          </a>
        </div>
      </div>
    </div>
  );
}
