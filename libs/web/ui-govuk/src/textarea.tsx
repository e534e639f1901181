import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';
import { ErrorMessage } from './error-message';
import { Hint } from './hint';
import { hasContent, type FieldProps } from './input';
import { Label } from './label';

export interface TextareaProps
  extends FieldProps, Omit<ComponentPropsWithoutRef<'textarea'>, 'children'> {
  readonly name: string;
  /** Content inside the form group, before the textarea. */
  readonly beforeInput?: ReactNode;
  /** Content inside the form group, after the textarea. */
  readonly afterInput?: ReactNode;
}

/**
 * GOV.UK textarea: a field for several lines of text, with its label, and its hint and error
 * message when given. The id defaults to the name; rows default to 5.
 */
export function Textarea({
  id: givenId,
  name,
  rows = 5,
  label,
  labelClassName,
  labelIsPageHeading,
  labelAttributes,
  hint,
  hintClassName,
  hintAttributes,
  errorMessage,
  errorMessageClassName,
  errorMessageVisuallyHiddenText,
  errorMessageAttributes,
  formGroupClassName,
  formGroupAttributes,
  beforeInput,
  afterInput,
  className,
  'aria-describedby': describedBy,
  ...attributes
}: TextareaProps) {
  const id = givenId || name;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const withHint = hasContent(hint);
  const withError = hasContent(errorMessage);
  const ariaDescribedBy = [describedBy, withHint && hintId, withError && errorId]
    .filter(Boolean)
    .join(' ');

  return (
    <div
      className={classNames(
        'govuk-form-group',
        withError && 'govuk-form-group--error',
        formGroupClassName,
      )}
      {...formGroupAttributes}
    >
      <Label
        htmlFor={id}
        className={labelClassName}
        isPageHeading={labelIsPageHeading}
        {...labelAttributes}
      >
        {label}
      </Label>
      {withHint ? (
        <Hint id={hintId} className={hintClassName} {...hintAttributes}>
          {hint}
        </Hint>
      ) : null}
      {withError ? (
        <ErrorMessage
          id={errorId}
          className={errorMessageClassName}
          visuallyHiddenText={errorMessageVisuallyHiddenText}
          {...errorMessageAttributes}
        >
          {errorMessage}
        </ErrorMessage>
      ) : null}
      {hasContent(beforeInput) ? beforeInput : null}
      <textarea
        className={classNames('govuk-textarea', withError && 'govuk-textarea--error', className)}
        id={id}
        name={name}
        rows={rows}
        aria-describedby={ariaDescribedBy || undefined}
        {...attributes}
      />
      {hasContent(afterInput) ? afterInput : null}
    </div>
  );
}
