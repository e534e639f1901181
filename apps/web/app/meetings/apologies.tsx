import type { AttendanceStatus } from '@boards/shared/contracts';
import { ATTENDANCE_STATUS_LABELS, MINUTES_LIMITS } from '@boards/shared/contracts';
import { Button, InsetText, Textarea } from '@boards/web/ui-govuk';
import { FormErrorSummary } from '../components/form-error-summary';
import { errorFor, type FieldError } from '../form-state';

/** The id of the section and of the note's textarea; errors of the form link to them. */
export const APOLOGIES_SECTION_ID = 'apologies';
export const APOLOGIES_NOTE_FIELD = 'apologiesNote';
/** The withdraw button's id: an error withdrawing links to it. */
export const APOLOGIES_WITHDRAW_FIELD = 'apologiesWithdraw';
/** Whether an error belongs to the apologies form (its summary is at the top of the page). */
export const isApologiesError = (error: FieldError) =>
  error.field === APOLOGIES_NOTE_FIELD || error.field === APOLOGIES_WITHDRAW_FIELD;

export const apologiesPath = (meetingId: string) =>
  `/meetings/${encodeURIComponent(meetingId)}/apologies`;

export interface MyAttendance {
  readonly status?: AttendanceStatus | null;
  readonly note?: string | null;
  readonly sentByMember: boolean;
  readonly canGiveApologies: boolean;
  readonly canWithdrawApologies: boolean;
}

/** The error summary of the apologies form, for the top of the meeting's page. */
export function ApologiesErrorSummary({ errors }: { readonly errors: readonly FieldError[] }) {
  return <FormErrorSummary errors={errors.filter(isApologiesError)} />;
}

/**
 * "Your attendance" on a meeting's page, for a member of one of its bodies on its day: what the
 * register says of them, and a form to send apologies (with a note only the secretariat sees)
 * or to withdraw them, while the API says they may.
 */
export function ApologiesSection({
  meetingId,
  mine,
  errors,
  values,
}: {
  readonly meetingId: string;
  readonly mine: MyAttendance;
  readonly errors: readonly FieldError[];
  readonly values: Readonly<Record<string, string>>;
}) {
  const sent = mine.status === 'APOLOGIES';
  return (
    <section id={APOLOGIES_SECTION_ID} aria-labelledby="apologies-heading">
      <h2 className="govuk-heading-m" id="apologies-heading">
        Your attendance
      </h2>
      {sent ? (
        <InsetText>
          <p className="govuk-body">
            {mine.sentByMember
              ? 'You have sent your apologies for this meeting.'
              : 'The secretariat has recorded your apologies for this meeting.'}
          </p>
          {mine.note ? (
            <p className="govuk-body">
              {mine.sentByMember ? 'Your note to the secretariat' : 'Note'}: {mine.note}
            </p>
          ) : null}
        </InsetText>
      ) : null}
      {!sent && mine.status ? (
        <p className="govuk-body">
          The secretariat has recorded you as: {ATTENDANCE_STATUS_LABELS[mine.status]}.
        </p>
      ) : null}
      {sent && mine.canWithdrawApologies ? (
        <form method="post" action={apologiesPath(meetingId)} noValidate>
          <input type="hidden" name="intent" value="withdraw" />
          <Button
            className="govuk-button--secondary"
            id={APOLOGIES_WITHDRAW_FIELD}
            name="withdraw"
            value="yes"
          >
            Withdraw apologies
          </Button>
        </form>
      ) : null}
      {!sent && mine.canGiveApologies ? (
        <form method="post" action={apologiesPath(meetingId)} noValidate>
          <input type="hidden" name="intent" value="give" />
          <p className="govuk-body">
            If you cannot come, let the secretariat know before the meeting starts.
          </p>
          <Textarea
            name="note"
            id={APOLOGIES_NOTE_FIELD}
            label="A note to the secretariat (optional)"
            labelClassName="govuk-label--s"
            hint={`For example, why you cannot come. Only the secretariat sees it. Up to ${MINUTES_LIMITS.attendanceNote} characters.`}
            rows={3}
            defaultValue={values[APOLOGIES_NOTE_FIELD]}
            errorMessage={errorFor(errors, APOLOGIES_NOTE_FIELD)}
          />
          <Button>Give apologies</Button>
        </form>
      ) : null}
      {!mine.canGiveApologies && !mine.canWithdrawApologies && !mine.status ? (
        <p className="govuk-body">
          Apologies can only be sent before the meeting starts. Contact the secretariat about your
          attendance.
        </p>
      ) : null}
    </section>
  );
}
