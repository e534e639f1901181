import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';
import {
  FieldGroup,
  fieldDescribedBy,
  hasContent,
  splitFieldProps,
  type FieldProps,
} from './field-group';

export interface SelectItem {
  /** Leave out to submit the text, as a browser does for an option without a value. */
  readonly value?: string;
  readonly text: string;
  /** Overrides the select's `value` for this item. */
  readonly selected?: boolean;
  readonly disabled?: boolean;
  readonly attributes?: Omit<
    ComponentPropsWithoutRef<'option'>,
    'value' | 'selected' | 'disabled' | 'children'
  >;
}

export interface SelectProps
  extends
    FieldProps,
    Omit<ComponentPropsWithoutRef<'select'>, 'children' | 'value' | 'defaultValue' | 'multiple'> {
  readonly name: string;
  /** Entries that are `false`, `null`, `undefined` or `''` are skipped. */
  readonly items: ReadonlyArray<SelectItem | false | null | undefined | ''>;
  /** The value (or, for items without one, the text) of the item to select. */
  readonly value?: string;
  /** Content inside the form group, before the select. */
  readonly beforeInput?: ReactNode;
  /** Content inside the form group, after the select. */
  readonly afterInput?: ReactNode;
}

/**
 * GOV.UK select, with its label, and its hint and error message when given. The id defaults to
 * the name. GOV.UK advises radios instead unless there are many options.
 */
export function Select({
  id: givenId,
  name,
  items,
  value,
  beforeInput,
  afterInput,
  className,
  'aria-describedby': describedBy,
  ...props
}: SelectProps) {
  const [field, attributes] = splitFieldProps(props);
  const id = givenId || name;
  const options = items.filter((item): item is SelectItem => Boolean(item));
  // The item marked selected wins; otherwise the first whose value (or text) matches `value`.
  const selected =
    options.find((item) => item.selected) ??
    (value
      ? options.find((item) => item.selected !== false && (item.value ?? item.text) === value)
      : undefined);

  return (
    <FieldGroup id={id} {...field}>
      {hasContent(beforeInput) ? beforeInput : null}
      <select
        className={classNames(
          'govuk-select',
          className,
          hasContent(field.errorMessage) && 'govuk-select--error',
        )}
        id={id}
        name={name}
        defaultValue={selected ? (selected.value ?? selected.text) : undefined}
        aria-describedby={fieldDescribedBy(id, field, describedBy)}
        {...attributes}
      >
        {options.map((item, index) => (
          <option
            key={index}
            value={item.value}
            disabled={item.disabled || undefined}
            {...item.attributes}
          >
            {item.text}
          </option>
        ))}
      </select>
      {hasContent(afterInput) ? afterInput : null}
    </FieldGroup>
  );
}
