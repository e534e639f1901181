import { Textarea } from '@boards/web/ui-govuk';
import { errorFor, type FieldError } from '../form-state';

/** The reason's field, on the meeting's page and the page that asks to confirm. */
export const CANCEL_REASON_FIELD = 'cancelReason';

/** Why the meeting is cancelled: on the meeting's page, whose form goes on to be confirmed. */
export function CancelReason({
  value,
  error,
}: {
  readonly value: string | undefined;
  readonly error: readonly FieldError[];
}) {
  return (
    <Textarea
      name={CANCEL_REASON_FIELD}
      label="Why is it cancelled?"
      labelClassName="govuk-label--s"
      hint="Members and the public see this. A cancelled meeting cannot be changed again: you will be asked to confirm."
      rows={2}
      defaultValue={value}
      errorMessage={errorFor(error, CANCEL_REASON_FIELD)}
    />
  );
}
