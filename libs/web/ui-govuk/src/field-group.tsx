import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';
import { ErrorMessage } from './error-message';
import { Hint } from './hint';
import { Label } from './label';

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

export function hasContent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

// Every key of FieldProps: the compiler asks for a new one to be added here.
const FIELD_PROP_NAMES: ReadonlySet<string> = new Set(
  Object.keys({
    label: true,
    labelClassName: true,
    labelIsPageHeading: true,
    labelAttributes: true,
    hint: true,
    hintClassName: true,
    hintAttributes: true,
    errorMessage: true,
    errorMessageClassName: true,
    errorMessageVisuallyHiddenText: true,
    errorMessageAttributes: true,
    formGroupClassName: true,
    formGroupAttributes: true,
  } satisfies Record<keyof FieldProps, true>),
);

/** Splits a control's props into those of its form group (FieldProps) and the rest, in order. */
export function splitFieldProps<P extends Partial<FieldProps>>(
  props: P,
): [Pick<P, keyof P & keyof FieldProps>, Omit<P, keyof FieldProps>] {
  const field: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    (FIELD_PROP_NAMES.has(key) ? field : rest)[key] = value;
  }
  return [field as Pick<P, keyof P & keyof FieldProps>, rest as Omit<P, keyof FieldProps>];
}

/**
 * The `aria-describedby` of a control: the given ids, then its hint's and error message's
 * (`<idPrefix>-hint`, `<idPrefix>-error`) when it has them.
 */
export function fieldDescribedBy(
  idPrefix: string,
  { hint, errorMessage }: Pick<FieldProps, 'hint' | 'errorMessage'>,
  describedBy?: string,
): string | undefined {
  return (
    [
      describedBy,
      hasContent(hint) && `${idPrefix}-hint`,
      hasContent(errorMessage) && `${idPrefix}-error`,
    ]
      .filter(Boolean)
      .join(' ') || undefined
  );
}

type FormGroupProps = Pick<
  FieldProps,
  'errorMessage' | 'formGroupClassName' | 'formGroupAttributes'
> & { readonly children: ReactNode };

/** The `govuk-form-group` around a control, marked as in error when it has an error message. */
export function FormGroup({
  errorMessage,
  formGroupClassName,
  formGroupAttributes,
  children,
}: FormGroupProps) {
  return (
    <div
      className={classNames(
        'govuk-form-group',
        hasContent(errorMessage) && 'govuk-form-group--error',
        formGroupClassName,
      )}
      {...formGroupAttributes}
    >
      {children}
    </div>
  );
}

type HintAndErrorProps = Pick<
  FieldProps,
  | 'hint'
  | 'hintClassName'
  | 'hintAttributes'
  | 'errorMessage'
  | 'errorMessageClassName'
  | 'errorMessageVisuallyHiddenText'
  | 'errorMessageAttributes'
> & { readonly idPrefix: string };

/** A control's hint and error message, when it has them, with the ids `fieldDescribedBy` lists. */
export function HintAndError({
  idPrefix,
  hint,
  hintClassName,
  hintAttributes,
  errorMessage,
  errorMessageClassName,
  errorMessageVisuallyHiddenText,
  errorMessageAttributes,
}: HintAndErrorProps) {
  return (
    <>
      {hasContent(hint) ? (
        <Hint id={`${idPrefix}-hint`} className={hintClassName} {...hintAttributes}>
          {hint}
        </Hint>
      ) : null}
      {hasContent(errorMessage) ? (
        <ErrorMessage
          id={`${idPrefix}-error`}
          className={errorMessageClassName}
          visuallyHiddenText={errorMessageVisuallyHiddenText}
          {...errorMessageAttributes}
        >
          {errorMessage}
        </ErrorMessage>
      ) : null}
    </>
  );
}

type FieldGroupProps = FieldProps & { readonly id: string; readonly children: ReactNode };

/** A single control's form group: its label, hint and error message, then the control. */
export function FieldGroup({
  id,
  label,
  labelClassName,
  labelIsPageHeading,
  labelAttributes,
  children,
  ...group
}: FieldGroupProps) {
  return (
    <FormGroup {...group}>
      <Label
        htmlFor={id}
        className={labelClassName}
        isPageHeading={labelIsPageHeading}
        {...labelAttributes}
      >
        {label}
      </Label>
      <HintAndError idPrefix={id} {...group} />
      {children}
    </FormGroup>
  );
}
