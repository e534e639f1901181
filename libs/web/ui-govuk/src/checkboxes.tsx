import {
  ChoicesGroup,
  type ChoicesDivider,
  type ChoicesFieldset,
  type ChoicesItem,
  type ChoicesProps,
} from './choices';

export interface CheckboxesItem extends ChoicesItem {
  /** Defaults to the group's name. */
  readonly name?: string;
  /**
   * `exclusive` for an item such as "None of these": with JavaScript, checking it unchecks the
   * others and checking another unchecks it.
   */
  readonly behaviour?: 'exclusive';
}

/** A word such as "or" between two items, usually before an exclusive "None" item. */
export type CheckboxesDivider = ChoicesDivider;

export type CheckboxesFieldset = ChoicesFieldset;

export interface CheckboxesProps extends ChoicesProps {
  /** The values of the items to check. */
  readonly values?: readonly string[];
  /** Entries that are `false`, `null` or `undefined` are skipped but still counted for ids. */
  readonly items: ReadonlyArray<CheckboxesItem | CheckboxesDivider | false | null | undefined>;
  /**
   * Ids of further elements that describe the checkboxes: put on the fieldset (unless it gives
   * its own `describedBy`), or without a fieldset on every checkbox, with the hint and error.
   */
  readonly describedBy?: string;
}

/**
 * GOV.UK checkboxes: choose any of the options in a list, inside a fieldset whose legend asks the
 * question; or a single checkbox, such as to confirm something. `govuk-checkboxes--small` as
 * `className` makes them small.
 */
export function Checkboxes({ values, ...props }: CheckboxesProps) {
  return (
    <ChoicesGroup
      kind="checkboxes"
      isChecked={(item) =>
        item.checked ||
        (values !== undefined && values.includes(item.value) && item.checked !== false)
      }
      {...props}
    />
  );
}
