import type { ComponentPropsWithoutRef } from 'react';
import { classNames } from './class-names';

export interface WarningTextProps extends ComponentPropsWithoutRef<'div'> {
  /** Read by screen readers in place of the "!" icon. Defaults to "Warning". */
  readonly iconFallbackText?: string;
}

/** GOV.UK warning text: something people must know, such as a legal consequence. */
export function WarningText({
  iconFallbackText,
  className,
  children,
  ...attributes
}: WarningTextProps) {
  return (
    <div className={classNames('govuk-warning-text', className)} {...attributes}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>{' '}
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">{iconFallbackText || 'Warning'}</span> {children}
      </strong>
    </div>
  );
}
