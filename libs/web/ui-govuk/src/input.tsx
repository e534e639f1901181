import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';
import { ErrorMessage } from './error-message';
import { Hint } from './hint';
import { Label } from './label';

/** Text shown before or after the field, such as "£" or "kg". Hidden from screen readers. */
export interface InputAffix {
  readonly text: ReactNode;
  readonly className?: string;
  readonly attributes?: Omit<ComponentPropsWithoutRef<'div'>, 'className' | 'children'>;
}

/** `data-*` attributes, which React passes through as they are. */
export type DataAttributes = { readonly [name: `data-${string}`]: string | undefined };

/** The label, hint, error message and form group of a single field, shared by text and password inputs. */
export interface FieldProps {
  readonly label: ReactNode;
  /** e.g. `govuk-label--l` */
  readonly labelClassName?: string;
  /** Wraps the label in the page's `<h1>`, for a page that asks one question. */
  readonly labelIsPageHeading?: boolean;
  readonly labelAttributes?: Omit<ComponentPropsWithoutRef<'label'>, 'className' | 'htmlFor'>;
  readonly hint?: ReactNode;
  readonly hintClassName?: string;
  readonly hintAttributes?: Omit<ComponentPropsWithoutRef<'div'>, 'className' | 'id'>;
  /** Shown with error styling; the same text goes in the page's error summary. */
  readonly errorMessage?: ReactNode;
  readonly errorMessageClassName?: string;
  readonly errorMessageVisuallyHiddenText?: string;
  readonly errorMessageAttributes?: Omit<ComponentPropsWithoutRef<'p'>, 'className'>;
  readonly formGroupClassName?: string;
  readonly formGroupAttributes?: Omit<ComponentPropsWithoutRef<'div'>, 'className'> &
    DataAttributes;
}

export interface InputProps
  extends FieldProps, Omit<ComponentPropsWithoutRef<'input'>, 'prefix' | 'children'> {
  readonly name: string;
  readonly prefix?: InputAffix;
  readonly suffix?: InputAffix;
  /** Content inside the input's wrapper, before the prefix. */
  readonly beforeInput?: ReactNode;
  /** Content inside the input's wrapper, after the suffix. */
  readonly afterInput?: ReactNode;
  readonly inputWrapperClassName?: string;
  readonly inputWrapperAttributes?: Omit<ComponentPropsWithoutRef<'div'>, 'className'>;
}

export function hasContent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

function Affix({ affix, type }: { readonly affix: InputAffix; readonly type: string }) {
  return (
    <div
      className={classNames(`govuk-input__${type}`, affix.className)}
      aria-hidden="true"
      {...affix.attributes}
    >
      {affix.text}
    </div>
  );
}

/**
 * GOV.UK text input with its label, and its hint and error message when given. The id defaults
 * to the name; the hint and error are linked to the field with `aria-describedby`.
 */
export function Input({
  id: givenId,
  name,
  type = 'text',
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
  prefix,
  suffix,
  beforeInput,
  afterInput,
  inputWrapperClassName,
  inputWrapperAttributes,
  className,
  'aria-describedby': describedBy,
  ...attributes
}: InputProps) {
  const id = givenId || name;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const withHint = hasContent(hint);
  const withError = hasContent(errorMessage);
  const ariaDescribedBy = [describedBy, withHint && hintId, withError && errorId]
    .filter(Boolean)
    .join(' ');

  const input = (
    <input
      className={classNames('govuk-input', className, withError && 'govuk-input--error')}
      id={id}
      name={name}
      type={type}
      aria-describedby={ariaDescribedBy || undefined}
      {...attributes}
    />
  );
  const withPrefix = prefix && hasContent(prefix.text);
  const withSuffix = suffix && hasContent(suffix.text);
  const wrapped = withPrefix || withSuffix || hasContent(beforeInput) || hasContent(afterInput);

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
      {wrapped ? (
        <div
          className={classNames('govuk-input__wrapper', inputWrapperClassName)}
          {...inputWrapperAttributes}
        >
          {beforeInput}
          {withPrefix ? <Affix affix={prefix} type="prefix" /> : null}
          {input}
          {withSuffix ? <Affix affix={suffix} type="suffix" /> : null}
          {afterInput}
        </div>
      ) : (
        input
      )}
    </div>
  );
}
