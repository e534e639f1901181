import { meetingDetailsSchema, type MeetingDetails } from '@boards/shared/contracts';
import type { DateQuestion } from '../date-fields';
import type { FieldError } from '../form-state';
import {
  dateValues,
  inFormOrder,
  readDate,
  schemaErrors,
  text,
  type FormResult,
  type FormSource,
} from '../secretariat/form-reading';

export const MEETING_DATE = 'date';
/** The optional second body of a joint meeting. */
export const JOINT_WITH = 'jointWith';
/** Set once the secretariat has seen the warnings and chosen to schedule anyway. */
export const WARNINGS_SEEN = 'warningsSeen';

const DATE_QUESTION: DateQuestion = {
  missing: 'Enter the date of the meeting',
  subject: 'The date of the meeting',
};

/** API field → input id. */
export const MEETING_FIELD_IDS: Readonly<Record<string, string>> = {
  bodyIds: 'bodyId',
  title: 'title',
  summary: 'summary',
  date: `${MEETING_DATE}-day`,
  startTime: 'startTime',
  endTime: 'endTime',
  location: 'location',
  onlineLink: 'onlineLink',
  support: 'support',
};

const ORDER = [
  'bodyId',
  JOINT_WITH,
  'title',
  'summary',
  MEETING_DATE,
  'startTime',
  'endTime',
  'location',
  'onlineLink',
  'support',
];

const FIELD_NAMES = [
  'bodyId',
  JOINT_WITH,
  'title',
  'summary',
  'startTime',
  'endTime',
  'location',
  'onlineLink',
  'support',
];

/**
 * Reads the meeting form into the API's MeetingInput, checked by the same schema the API uses.
 * The leading body comes first; a joint meeting adds a second.
 */
export function readMeetingForm(form: FormSource): FormResult<MeetingDetails> {
  const values: Record<string, string> = {};
  for (const name of FIELD_NAMES) values[name] = text(form, name);
  const errors: FieldError[] = [];
  const date = readDate(form, MEETING_DATE, DATE_QUESTION, values, errors);
  const bodyIds = [values['bodyId'], values[JOINT_WITH]].filter((id): id is string => Boolean(id));
  if (values[JOINT_WITH] && values[JOINT_WITH] === values['bodyId']) {
    errors.push({
      field: JOINT_WITH,
      message: 'Choose a different body for a joint meeting, or none',
    });
  }
  const parsed = meetingDetailsSchema.safeParse({
    bodyIds,
    title: values['title'],
    summary: values['summary'],
    date: date ?? '',
    startTime: values['startTime'],
    endTime: values['endTime'],
    location: values['location'],
    onlineLink: values['onlineLink'],
    support: values['support'],
  });
  if (!parsed.success) {
    errors.push(
      ...schemaErrors(
        parsed.error.issues,
        Object.keys(MEETING_FIELD_IDS),
        MEETING_FIELD_IDS,
        errors,
      ),
    );
  }
  if (errors.length || !parsed.success)
    return { ok: false, errors: inFormOrder(errors, ORDER), values };
  return { ok: true, input: parsed.data, values };
}

/** The form's values for a meeting as it stands (the edit form starts from these). */
export function meetingFormValues(meeting: {
  readonly bodyIds: readonly string[];
  readonly title: string;
  readonly summary: string;
  readonly date: string;
  readonly startTime: string;
  readonly endTime: string;
  readonly location: string | null;
  readonly onlineLink: string | null;
  readonly support: string | null;
}): Record<string, string> {
  return {
    bodyId: meeting.bodyIds[0] ?? '',
    [JOINT_WITH]: meeting.bodyIds[1] ?? '',
    title: meeting.title,
    summary: meeting.summary,
    ...dateValues(MEETING_DATE, meeting.date),
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    location: meeting.location ?? '',
    onlineLink: meeting.onlineLink ?? '',
    support: meeting.support ?? '',
  };
}
