import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';
import {
  fieldDescribedBy,
  FormGroup,
  hasContent,
  HintAndError,
  splitFieldProps,
  type DataAttributes,
} from './field-group';
import { Fieldset, type FieldsetLegend } from './fieldset';
import { Input } from './input';

/** One of the date's fields: usually day, month and year. */
export interface DateInputItem {
  /** The field's name, after the group's `namePrefix`: "day", "month" or "year". */
  readonly name: string;
  /** Defaults to the name with a capital letter. */
  readonly label?: ReactNode;
  readonly value?: string;
  /** Defaults to the group's id and the name: "dob-day". */
  readonly id?: string;
  /** Width classes: `govuk-input--width-2` is added (4 for a year) unless one is given. */
  readonly className?: string;
  /**
   * Marks this field as wrong. When the group has an error message and no field is marked,
   * every field is; `false` keeps a field out of that.
   */
  readonly error?: boolean;
  /** Defaults to "numeric". */
  readonly inputMode?: ComponentPropsWithoutRef<'input'>['inputMode'];
  readonly pattern?: string;
  readonly autoComplete?: string;
  readonly attributes?: Omit<
    ComponentPropsWithoutRef<'input'>,
    'className' | 'id' | 'name' | 'type' | 'value' | 'defaultValue' | 'prefix'
  > &
    DataAttributes;
}

export interface DateInputFieldset {
  readonly legend?: FieldsetLegend;
  readonly className?: string;
  /** Ids of further elements that describe the group, before its hint and error message. */
  readonly describedBy?: string;
  readonly attributes?: Omit<ComponentPropsWithoutRef<'fieldset'>, 'className'>;
}

export interface DateInputProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The id of the group, and the start of its fields' ids ("dob" gives "dob-day"). */
  readonly id: string;
  /** Put before every field's name with a hyphen: "dob" gives "dob-day". */
  readonly namePrefix?: string;
  /**
   * Defaults to day, month and year (also when empty). `false`, `null` and `undefined` entries
   * are skipped.
   */
  readonly items?: ReadonlyArray<DateInputItem | false | null | undefined>;
  /** Leave out only when the question is asked by other means, such as the page's heading. */
  readonly fieldset?: DateInputFieldset;
  readonly hint?: ReactNode;
  readonly hintClassName?: string;
  readonly hintAttributes?: Omit<ComponentPropsWithoutRef<'div'>, 'className' | 'id'>;
  readonly errorMessage?: ReactNode;
  readonly errorMessageClassName?: string;
  readonly errorMessageVisuallyHiddenText?: string;
  readonly errorMessageAttributes?: Omit<ComponentPropsWithoutRef<'p'>, 'className'>;
  readonly formGroupClassName?: string;
  readonly formGroupAttributes?: Omit<ComponentPropsWithoutRef<'div'>, 'className'> &
    DataAttributes;
  readonly beforeInputs?: ReactNode;
  readonly afterInputs?: ReactNode;
}

export const DATE_INPUT_ITEMS: readonly DateInputItem[] = [
  { name: 'day', className: 'govuk-input--width-2' },
  { name: 'month', className: 'govuk-input--width-2' },
  { name: 'year', className: 'govuk-input--width-4' },
];

const ERROR_CLASS = 'govuk-input--error';

function hasClass(className: string | undefined, token: string): boolean {
  return Boolean(className?.includes(token));
}

function capitalise(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
}

/**
 * GOV.UK date input: day, month and year as separate fields in a fieldset whose legend asks the
 * question, for dates people know (or can look up) rather than pick from a calendar.
 */
export function DateInput({
  id,
  namePrefix,
  items,
  fieldset,
  beforeInputs,
  afterInputs,
  className,
  ...props
}: DateInputProps) {
  const [group, attributes] = splitFieldProps(props);
  const withError = hasContent(group.errorMessage);
  const fields = (items?.length ? items : DATE_INPUT_ITEMS).filter((item): item is DateInputItem =>
    Boolean(item),
  );
  const itemHasError = (item: DateInputItem) =>
    Boolean(item.error) || hasClass(item.className, ERROR_CLASS);
  const anyItemHasError = fields.some(itemHasError);

  const inner = (
    <>
      <HintAndError idPrefix={id} {...group} />
      <div className={classNames('govuk-date-input', className)} {...attributes} id={id}>
        {hasContent(beforeInputs) ? beforeInputs : null}
        {fields.map((item, index) => {
          const showError =
            !hasClass(item.className, ERROR_CLASS) &&
            (itemHasError(item) || (item.error !== false && withError && !anyItemHasError));
          const width = hasClass(item.className, 'govuk-input--width-')
            ? undefined
            : `govuk-input--width-${item.name.endsWith('year') ? 4 : 2}`;
          const name = namePrefix ? `${namePrefix}-${item.name}` : item.name;
          return (
            <div key={index} className="govuk-date-input__item">
              <Input
                label={item.label ?? capitalise(item.name)}
                labelClassName="govuk-date-input__label"
                id={item.id || `${id}-${item.name}`}
                name={name}
                className={classNames(
                  'govuk-date-input__input',
                  showError && ERROR_CLASS,
                  width,
                  item.className,
                )}
                type="text"
                defaultValue={item.value}
                inputMode={item.inputMode ?? 'numeric'}
                autoComplete={item.autoComplete}
                pattern={item.pattern}
                {...item.attributes}
              />
            </div>
          );
        })}
        {hasContent(afterInputs) ? afterInputs : null}
      </div>
    </>
  );

  return (
    <FormGroup {...group}>
      {fieldset ? (
        // role="group": some screen readers announce the description of a fieldset of text
        // fields only with it.
        <Fieldset
          legend={fieldset.legend}
          className={fieldset.className}
          role="group"
          aria-describedby={fieldDescribedBy(id, group, fieldset.describedBy)}
          {...fieldset.attributes}
        >
          {inner}
        </Fieldset>
      ) : (
        inner
      )}
    </FormGroup>
  );
}
