import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';

export interface DetailsProps extends Omit<ComponentPropsWithoutRef<'details'>, 'children'> {
  /** The link-styled text that opens the details. */
  readonly summary: ReactNode;
  readonly children?: ReactNode;
}

/** GOV.UK details: help that only some people need, behind a short summary. Works without JavaScript. */
export function Details({ summary, className, children, ...attributes }: DetailsProps) {
  return (
    <details className={classNames('govuk-details', className)} {...attributes}>
      <summary className="govuk-details__summary">
        <span className="govuk-details__summary-text">{summary}</span>
      </summary>
      <div className="govuk-details__text">{children}</div>
    </details>
  );
}
