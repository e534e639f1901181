import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';

export interface ErrorSummaryItem {
  readonly text: ReactNode;
  /** The id of the field with the error, as a fragment, e.g. `#email`. */
  readonly href?: string;
  readonly attributes?: Omit<ComponentPropsWithoutRef<'a'>, 'href' | 'children'>;
}

export interface ErrorSummaryProps extends Omit<
  ComponentPropsWithoutRef<'div'>,
  'title' | 'children'
> {
  /** Usually "There is a problem". */
  readonly title: ReactNode;
  readonly description?: ReactNode;
  readonly errorList?: readonly ErrorSummaryItem[];
  /** Stops GOV.UK Frontend's script from moving focus to the summary when the page loads. */
  readonly disableAutoFocus?: boolean;
}

/** GOV.UK error summary: put it at the top of the main container, before the page heading. */
export function ErrorSummary({
  title,
  description,
  errorList = [],
  disableAutoFocus,
  className,
  ...attributes
}: ErrorSummaryProps) {
  return (
    <div
      className={classNames('govuk-error-summary', className)}
      data-disable-auto-focus={
        disableAutoFocus === undefined ? undefined : String(disableAutoFocus)
      }
      {...attributes}
      data-module="govuk-error-summary"
    >
      {/* role="alert" sits on a child so that the focus moved by the script does not cut the announcement short */}
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          {description ? <p>{description}</p> : null}
          {errorList.length ? (
            <ul className="govuk-list govuk-error-summary__list">
              {errorList.map((item, index) => (
                <li key={index}>
                  {item.href ? (
                    <a href={item.href} {...item.attributes}>
                      {item.text}
                    </a>
                  ) : (
                    item.text
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </div>
  );
}
