import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';
import {
  FieldGroup,
  fieldDescribedBy,
  hasContent,
  splitFieldProps,
  type FieldProps,
} from './field-group';

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
  beforeInput,
  afterInput,
  className,
  'aria-describedby': describedBy,
  ...props
}: TextareaProps) {
  const [field, attributes] = splitFieldProps(props);
  const id = givenId || name;

  return (
    <FieldGroup id={id} {...field}>
      {hasContent(beforeInput) ? beforeInput : null}
      <textarea
        className={classNames(
          'govuk-textarea',
          hasContent(field.errorMessage) && 'govuk-textarea--error',
          className,
        )}
        id={id}
        name={name}
        rows={rows}
        aria-describedby={fieldDescribedBy(id, field, describedBy)}
        {...attributes}
      />
      {hasContent(afterInput) ? afterInput : null}
    </FieldGroup>
  );
}
