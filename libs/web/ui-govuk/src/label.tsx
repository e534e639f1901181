import type { ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names';

export interface LabelProps extends ComponentPropsWithoutRef<'label'> {
  /** Wraps the label in the page's `<h1>`, for a page that asks one question. */
  readonly isPageHeading?: boolean;
}

/** GOV.UK label for a form field; renders nothing without content. */
export function Label({ isPageHeading, className, children, ...attributes }: LabelProps) {
  if (children === undefined || children === null || children === '' || children === false) {
    return null;
  }
  const label = (
    <label className={classNames('govuk-label', className)} {...attributes}>
      {children}
    </label>
  );
  return isPageHeading ? <h1 className="govuk-label-wrapper">{label}</h1> : label;
}
