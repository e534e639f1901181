import type { ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names';

export interface ErrorMessageProps extends ComponentPropsWithoutRef<'p'> {
  /** Read before the message by screen readers, followed by a colon. Defaults to "Error"; `''` leaves it out. */
  readonly visuallyHiddenText?: string;
}

/** GOV.UK error message: says what went wrong with one field, next to it. */
export function ErrorMessage({
  visuallyHiddenText = 'Error',
  className,
  children,
  ...attributes
}: ErrorMessageProps) {
  return (
    <p className={classNames('govuk-error-message', className)} {...attributes}>
      {visuallyHiddenText ? (
        <>
          <span className="govuk-visually-hidden">{visuallyHiddenText}:</span>{' '}
        </>
      ) : null}
      {children}
    </p>
  );
}
