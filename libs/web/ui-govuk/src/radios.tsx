import {
  ChoicesGroup,
  type ChoicesDivider,
  type ChoicesFieldset,
  type ChoicesItem,
  type ChoicesProps,
} from './choices';

export type RadiosItem = ChoicesItem;

/** A word such as "or" between two items. */
export type RadiosDivider = ChoicesDivider;

export type RadiosFieldset = ChoicesFieldset;

export interface RadiosProps extends ChoicesProps {
  /** The value of the item to select. */
  readonly value?: string;
  /** Entries that are `false`, `null` or `undefined` are skipped but still counted for ids. */
  readonly items: ReadonlyArray<RadiosItem | RadiosDivider | false | null | undefined>;
}

/** GOV.UK radios: choose one option from a list, inside a fieldset whose legend asks the question. */
export function Radios({ value, ...props }: RadiosProps) {
  return (
    <ChoicesGroup
      kind="radios"
      isChecked={(item) =>
        item.checked ||
        (value !== undefined && value !== '' && item.value === value && item.checked !== false)
      }
      {...props}
    />
  );
}
