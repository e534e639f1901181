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

/** One option of a set of radios or checkboxes. */
export interface ChoicesItem {
  readonly value: string;
  readonly text: ReactNode;
  /** Defaults to the group's id prefix, numbered from the second item on ("-2", "-3"...). */
  readonly id?: string;
  readonly hint?: ReactNode;
  readonly hintClassName?: string;
  readonly hintAttributes?: Omit<ComponentPropsWithoutRef<'div'>, 'className' | 'id'>;
  /** Overrides the group's `value` (radios) or `values` (checkboxes) for this item. */
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
export interface ChoicesDivider {
  readonly divider: ReactNode;
}

export interface ChoicesFieldset {
  readonly legend?: FieldsetLegend;
  readonly className?: string;
  /** Ids of further elements that describe the group, before its hint and error message. */
  readonly describedBy?: string;
  readonly attributes?: Omit<ComponentPropsWithoutRef<'fieldset'>, 'className'>;
}

/** The props that radios and checkboxes share. */
export interface ChoicesProps
  extends
    Omit<FieldProps, 'label' | 'labelClassName' | 'labelIsPageHeading' | 'labelAttributes'>,
    Omit<ComponentPropsWithoutRef<'div'>, 'children' | 'defaultValue'> {
  readonly name: string;
  /** The start of every item's id, and of the hint's and error message's. Defaults to the name. */
  readonly idPrefix?: string;
  /** Leave out only when the question is asked by other means, such as the page's heading. */
  readonly fieldset?: ChoicesFieldset;
  readonly beforeInputs?: ReactNode;
  readonly afterInputs?: ReactNode;
}

/** An item as the group renders it: checkboxes may also name the item and make it exclusive. */
interface ChoicesInputItem extends ChoicesItem {
  readonly name?: string;
  readonly behaviour?: 'exclusive';
}

interface ChoicesGroupProps<TItem extends ChoicesInputItem> extends ChoicesProps {
  readonly kind: 'radios' | 'checkboxes';
  /** Entries that are `false`, `null` or `undefined` are skipped but still counted for ids. */
  readonly items: ReadonlyArray<TItem | ChoicesDivider | false | null | undefined>;
  readonly isChecked: (item: TItem) => boolean;
  /**
   * Ids of further elements that describe the group: the fieldset's when there is one, else
   * (checkboxes only) every input's, with the group's hint and error message.
   */
  readonly describedBy?: string;
}

function isDivider<TItem extends ChoicesInputItem>(
  item: TItem | ChoicesDivider,
): item is ChoicesDivider {
  return 'divider' in item && hasContent(item.divider);
}

/** The markup of GOV.UK radios and checkboxes, which differ only in a few details. */
export function ChoicesGroup<TItem extends ChoicesInputItem>({
  kind,
  name,
  idPrefix: givenIdPrefix,
  items,
  isChecked,
  describedBy,
  fieldset,
  beforeInputs,
  afterInputs,
  className,
  ...props
}: ChoicesGroupProps<TItem>) {
  const [group, attributes] = splitFieldProps(props);
  const idPrefix = givenIdPrefix || name;
  // Without a fieldset to carry them, each checkbox is described by the group's hint and error.
  const inputsDescribedBy =
    kind === 'checkboxes' && !fieldset ? fieldDescribedBy(idPrefix, group, describedBy) : undefined;

  const inner = (
    <>
      <HintAndError idPrefix={idPrefix} {...group} />
      <div
        className={classNames(`govuk-${kind}`, className)}
        {...attributes}
        data-module={`govuk-${kind}`}
      >
        {hasContent(beforeInputs) ? beforeInputs : null}
        {items.map((item, index) => {
          if (!item) return null;
          if (isDivider(item)) {
            return (
              <div key={index} className={`govuk-${kind}__divider`}>
                {item.divider}
              </div>
            );
          }
          const itemId = item.id || (index > 0 ? `${idPrefix}-${index + 1}` : idPrefix);
          const itemHintId = hasContent(item.hint) ? `${itemId}-item-hint` : undefined;
          return (
            <ChoiceItem
              key={index}
              kind={kind}
              item={item}
              name={item.name || name}
              itemId={itemId}
              checked={isChecked(item)}
              hintId={itemHintId}
              describedBy={[inputsDescribedBy, itemHintId].filter(Boolean).join(' ') || undefined}
              conditionalId={hasContent(item.conditional) ? `conditional-${itemId}` : undefined}
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
          aria-describedby={fieldDescribedBy(idPrefix, group, fieldset.describedBy || describedBy)}
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

function ChoiceItem({
  kind,
  item,
  name,
  itemId,
  checked,
  hintId,
  describedBy,
  conditionalId,
}: {
  readonly kind: 'radios' | 'checkboxes';
  readonly item: ChoicesInputItem;
  readonly name: string;
  readonly itemId: string;
  readonly checked: boolean;
  readonly hintId: string | undefined;
  readonly describedBy: string | undefined;
  readonly conditionalId: string | undefined;
}) {
  return (
    <>
      <div className={`govuk-${kind}__item`}>
        <input
          className={`govuk-${kind}__input`}
          id={itemId}
          name={name}
          type={kind === 'radios' ? 'radio' : 'checkbox'}
          value={item.value}
          defaultChecked={checked || undefined}
          disabled={item.disabled || undefined}
          data-aria-controls={conditionalId}
          data-behaviour={item.behaviour}
          aria-describedby={describedBy}
          {...item.attributes}
        />
        <Label
          htmlFor={itemId}
          className={classNames(`govuk-${kind}__label`, item.labelClassName)}
          {...item.labelAttributes}
        >
          {item.text}
        </Label>
        {hintId ? (
          <Hint
            id={hintId}
            className={classNames(`govuk-${kind}__hint`, item.hintClassName)}
            {...item.hintAttributes}
          >
            {item.hint}
          </Hint>
        ) : null}
      </div>
      {conditionalId ? (
        <div
          className={classNames(
            `govuk-${kind}__conditional`,
            !checked && `govuk-${kind}__conditional--hidden`,
          )}
          id={conditionalId}
        >
          {item.conditional}
        </div>
      ) : null}
    </>
  );
}
