import { MEETING_LIMITS } from '@boards/shared/contracts';
import { DateInput, Input, Select, Textarea } from '@boards/web/ui-govuk';
import { dateInputError, dateInputItems } from '../date-fields';
import { errorFor, type FieldError } from '../form-state';
import { JOINT_WITH, MEETING_DATE } from './meeting-form';

/** The fields of the schedule and edit forms: UK times, a place or an online link or both. */
export function MeetingFields({
  bodies,
  values,
  errors,
}: {
  readonly bodies: readonly { readonly id: string; readonly name: string }[];
  readonly values: Readonly<Record<string, string | undefined>>;
  readonly errors: readonly FieldError[];
}) {
  const date = dateInputError(errors, MEETING_DATE);
  const bodyItems = bodies.map((body) => ({ value: body.id, text: body.name }));
  return (
    <>
      <Select
        name="bodyId"
        label="Body"
        labelClassName="govuk-label--s"
        value={values['bodyId']}
        items={[{ value: '', text: 'Choose a body' }, ...bodyItems]}
        errorMessage={errorFor(errors, 'bodyId')}
      />
      <Select
        name={JOINT_WITH}
        label="Joint meeting with (optional)"
        labelClassName="govuk-label--s"
        hint="For a joint meeting of two bodies. Members of both are expected."
        value={values[JOINT_WITH]}
        items={[{ value: '', text: 'Not a joint meeting' }, ...bodyItems]}
        errorMessage={errorFor(errors, JOINT_WITH)}
      />
      <Input
        name="title"
        label="Title"
        labelClassName="govuk-label--s"
        maxLength={MEETING_LIMITS.title}
        autoComplete="off"
        defaultValue={values['title']}
        errorMessage={errorFor(errors, 'title')}
      />
      <Textarea
        name="summary"
        label="What the meeting is for (optional)"
        labelClassName="govuk-label--s"
        hint="The public sees this on the meeting’s page."
        rows={3}
        defaultValue={values['summary']}
        errorMessage={errorFor(errors, 'summary')}
      />
      <DateInput
        id={MEETING_DATE}
        namePrefix={MEETING_DATE}
        fieldset={{ legend: { text: 'Date', className: 'govuk-fieldset__legend--s' } }}
        hint="For example, 8 12 2026"
        items={dateInputItems(MEETING_DATE, values, date.parts)}
        errorMessage={date.message}
      />
      <Input
        name="startTime"
        label="Start time"
        labelClassName="govuk-label--s"
        hint="UK time, for example 10am, 2:30pm or 14:00"
        className="govuk-input--width-5"
        autoComplete="off"
        defaultValue={values['startTime']}
        errorMessage={errorFor(errors, 'startTime')}
      />
      <Input
        name="endTime"
        label="End time"
        labelClassName="govuk-label--s"
        hint="UK time, for example 12:30pm or 12:30"
        className="govuk-input--width-5"
        autoComplete="off"
        defaultValue={values['endTime']}
        errorMessage={errorFor(errors, 'endTime')}
      />
      <Input
        name="location"
        label="Where (optional if the meeting is online)"
        labelClassName="govuk-label--s"
        hint="The public sees this"
        maxLength={MEETING_LIMITS.location}
        autoComplete="off"
        defaultValue={values['location']}
        errorMessage={errorFor(errors, 'location')}
      />
      <Input
        name="onlineLink"
        label="Online link (optional if the meeting is in person)"
        labelClassName="govuk-label--s"
        hint="Starts with https://. Only members of the body and the secretariat see it."
        type="url"
        spellCheck={false}
        autoComplete="off"
        defaultValue={values['onlineLink']}
        errorMessage={errorFor(errors, 'onlineLink')}
      />
      <Textarea
        name="support"
        label="Support before and after the meeting (optional)"
        labelClassName="govuk-label--s"
        hint="How members can get support, for example a helpline. Only members and the secretariat see it. Leave it blank when scheduling to use the body’s usual support text."
        rows={4}
        defaultValue={values['support']}
        errorMessage={errorFor(errors, 'support')}
      />
    </>
  );
}
