import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';
import { Tag } from './tag';

export interface PhaseBannerProps extends ComponentPropsWithoutRef<'div'> {
  /** The phase, shown as a tag: "Alpha" or "Beta". */
  readonly tag: ReactNode;
  readonly tagClassName?: string;
  /** The banner text, usually with a link asking for feedback. */
  readonly children: ReactNode;
}

/** GOV.UK phase banner. It carries its own width container: place it in the page header. */
export function PhaseBanner({
  tag,
  tagClassName,
  className,
  children,
  ...attributes
}: PhaseBannerProps) {
  return (
    <div
      className={classNames('govuk-phase-banner govuk-width-container', className)}
      {...attributes}
    >
      <p className="govuk-phase-banner__content">
        <Tag className={classNames('govuk-phase-banner__content__tag', tagClassName)}>{tag}</Tag>{' '}
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  );
}
