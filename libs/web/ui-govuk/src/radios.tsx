import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { classNames } from './class-names';
import {
  fieldDescribedBy,
  FormGroup,
  hasContent,
  HintAndError,
  splitFieldProps,
  type FieldProps,
} from './field-group';
import { Fieldset, type FieldsetLegend } from './fieldset';
import { Hint } from './hint';
import { Label } from './label';

export interface RadiosItem {
  readonly value: string;
  readonly text: ReactNode;
  /** Defaults to the group's id prefix, numbered from the second item on ("-2", "-3"...). */
  readonly id?: string;
  readonly hint?: ReactNode;
  readonly hintClassName?: string;
  readonly hintAttributes?: Omit<ComponentPropsWithoutRef<'div'>, 'className' | 'id'>;
  /** Overrides the group's `value` for this item. */
  readonly checked?: boolean;
  readonly disabled?: boolean;
  /** Content revealed when the item is selected (shown all along without JavaScript). */
  readonly conditional?: ReactNode;
  readonly labelClassName?: string;
  readonly labelAttributes?: Omit<ComponentPropsWithoutRef<'label'>, 'className' | 'htmlFor'>;
  readonly attributes?: Omit<
    ComponentPropsWithoutRef<'input'>,
    'className' | 'id' | 'name' | 'type' | 'value'
  >;
}

/** A word such as "or" between two items. */
export interface RadiosDivider {
  readonly divider: ReactNode;
}

export interface RadiosFieldset {
  readonly legend?: FieldsetLegend;
  readonly className?: string;
  /** Ids of further elements that describe the group, before its hint and error message. */
  readonly describedBy?: string;
  readonly attributes?: Omit<ComponentPropsWithoutRef<'fieldset'>, 'className'>;
}

export interface RadiosProps
  extends
    Omit<FieldProps, 'label' | 'labelClassName' | 'labelIsPageHeading' | 'labelAttributes'>,
    Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'defaultValue'> {
  readonly name: string;
  /** The start of every item's id, and of the hint's and error message's. Defaults to the name. */
  readonly idPrefix?: string;
  /** The value of the item to select. */
  readonly value?: string;
  /** Entries that are `false`, `null` or `undefined` are skipped but still counted for ids. */
  readonly items: ReadonlyArray<RadiosItem | RadiosDivider | false | null | undefined>;
  /** Leave out only when the question is asked by other means, such as the page's heading. */
  readonly fieldset?: RadiosFieldset;
  readonly beforeInputs?: ReactNode;
  readonly afterInputs?: ReactNode;
}

function isDivider(item: RadiosItem | RadiosDivider): item is RadiosDivider {
  return 'divider' in item && hasContent(item.divider);
}

/** GOV.UK radios: choose one option from a list, inside a fieldset whose legend asks the question. */
export function Radios({
  name,
  idPrefix: givenIdPrefix,
  value,
  items,
  fieldset,
  beforeInputs,
  afterInputs,
  className,
  ...props
}: RadiosProps) {
  const [group, attributes] = splitFieldProps(props);
  const idPrefix = givenIdPrefix || name;

  const inner = (
    <>
      <HintAndError idPrefix={idPrefix} {...group} />
      <div
        className={classNames('govuk-radios', className)}
        {...attributes}
        data-module="govuk-radios"
      >
        {hasContent(beforeInputs) ? beforeInputs : null}
        {items.map((item, index) => {
          if (!item) return null;
          if (isDivider(item)) {
            return (
              <div key={index} className="govuk-radios__divider">
                {item.divider}
              </div>
            );
          }
          const itemId = item.id || (index > 0 ? `${idPrefix}-${index + 1}` : idPrefix);
          const conditionalId = `conditional-${itemId}`;
          const itemHintId = `${itemId}-item-hint`;
          const withItemHint = hasContent(item.hint);
          const withConditional = hasContent(item.conditional);
          const checked =
            item.checked ||
            (value !== undefined && value !== '' && item.value === value && item.checked !== false);
          return (
            <RadioItem
              key={index}
              item={item}
              name={name}
              itemId={itemId}
              checked={checked}
              hintId={withItemHint ? itemHintId : undefined}
              conditionalId={withConditional ? conditionalId : undefined}
            />
          );
        })}
        {hasContent(afterInputs) ? afterInputs : null}
      </div>
    </>
  );

  return (
    <FormGroup {...group}>
      {fieldset ? (
        <Fieldset
          legend={fieldset.legend}
          className={fieldset.className}
          aria-describedby={fieldDescribedBy(idPrefix, group, fieldset.describedBy)}
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

function RadioItem({
  item,
  name,
  itemId,
  checked,
  hintId,
  conditionalId,
}: {
  readonly item: RadiosItem;
  readonly name: string;
  readonly itemId: string;
  readonly checked: boolean;
  readonly hintId: string | undefined;
  readonly conditionalId: string | undefined;
}) {
  return (
    <>
      <div className="govuk-radios__item">
        <input
          className="govuk-radios__input"
          id={itemId}
          name={name}
          type="radio"
          value={item.value}
          defaultChecked={checked || undefined}
          disabled={item.disabled || undefined}
          data-aria-controls={conditionalId}
          aria-describedby={hintId}
          {...item.attributes}
        />
        <Label
          htmlFor={itemId}
          className={classNames('govuk-radios__label', item.labelClassName)}
          {...item.labelAttributes}
        >
          {item.text}
        </Label>
        {hintId ? (
          <Hint
            id={hintId}
            className={classNames('govuk-radios__hint', item.hintClassName)}
            {...item.hintAttributes}
          >
            {item.hint}
          </Hint>
        ) : null}
      </div>
      {conditionalId ? (
        <div
          className={classNames(
            'govuk-radios__conditional',
            !checked && 'govuk-radios__conditional--hidden',
          )}
          id={conditionalId}
        >
          {item.conditional}
        </div>
      ) : null}
    </>
  );
}
