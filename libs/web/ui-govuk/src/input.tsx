import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';
import {
  FieldGroup,
  fieldDescribedBy,
  hasContent,
  splitFieldProps,
  type FieldProps,
} from './field-group';

export { hasContent, type DataAttributes, type FieldProps } from './field-group';

/** Text shown before or after the field, such as "£" or "kg". Hidden from screen readers. */
export interface InputAffix {
  readonly text: ReactNode;
  readonly className?: string;
  readonly attributes?: Omit<ComponentPropsWithoutRef<'div'>, 'className' | 'children'>;
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
  prefix,
  suffix,
  beforeInput,
  afterInput,
  inputWrapperClassName,
  inputWrapperAttributes,
  className,
  'aria-describedby': describedBy,
  ...props
}: InputProps) {
  const [field, attributes] = splitFieldProps(props);
  const id = givenId || name;

  const input = (
    <input
      className={classNames(
        'govuk-input',
        className,
        hasContent(field.errorMessage) && 'govuk-input--error',
      )}
      id={id}
      name={name}
      type={type}
      aria-describedby={fieldDescribedBy(id, field, describedBy)}
      {...attributes}
    />
  );
  const withPrefix = prefix && hasContent(prefix.text);
  const withSuffix = suffix && hasContent(suffix.text);
  const wrapped = withPrefix || withSuffix || hasContent(beforeInput) || hasContent(afterInput);

  return (
    <FieldGroup id={id} {...field}>
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
    </FieldGroup>
  );
}
