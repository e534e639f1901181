import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';

export interface SkipLinkProps extends Omit<ComponentPropsWithoutRef<'a'>, 'href'> {
  /** The id of the element to skip to, as a fragment. Defaults to `#content`. */
  readonly href?: string;
  readonly children: ReactNode;
}

/** GOV.UK skip link: the first focusable element on the page. */
export function SkipLink({ href = '#content', className, children, ...attributes }: SkipLinkProps) {
  return (
    <a
      href={href}
      className={classNames('govuk-skip-link', className)}
      {...attributes}
      data-module="govuk-skip-link"
    >
      {children}
    </a>
  );
}
