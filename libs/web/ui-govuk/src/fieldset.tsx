import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';

export interface FieldsetLegend {
  readonly text: ReactNode;
  /** e.g. `govuk-fieldset__legend--l` */
  readonly className?: string;
  /** Puts the legend's text in the page's `<h1>`, for a page that asks one question. */
  readonly isPageHeading?: boolean;
}

export interface FieldsetProps extends ComponentPropsWithoutRef<'fieldset'> {
  readonly legend?: FieldsetLegend;
}

/** GOV.UK fieldset: groups related fields under a legend, such as a set of radios. */
export function Fieldset({ legend, className, children, ...attributes }: FieldsetProps) {
  const hasLegend =
    legend && legend.text !== undefined && legend.text !== null && legend.text !== '';
  return (
    <fieldset className={classNames('govuk-fieldset', className)} {...attributes}>
      {hasLegend ? (
        <legend className={classNames('govuk-fieldset__legend', legend.className)}>
          {legend.isPageHeading ? (
            <h1 className="govuk-fieldset__heading">{legend.text}</h1>
          ) : (
            legend.text
          )}
        </legend>
      ) : null}
      {children}
    </fieldset>
  );
}
