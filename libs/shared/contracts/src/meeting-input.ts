import { z } from 'zod';
import { isoDateSchema } from './body';
import { PRESENTER_KINDS } from './meeting';
import { PRINTABLE_MULTILINE, optionalText, requiredText } from './text';

/** Longest texts a meeting and its agenda take, as the database allows them. */
export const MEETING_LIMITS = {
  title: 200,
  summary: 4000,
  location: 500,
  onlineLink: 2000,
  support: 4000,
  statusReason: 500,
  agendaTitle: 200,
  agendaDescription: 4000,
  presenter: 200,
  bodies: 10,
} as const;

/**
 * A time of day as people write it, as `HH:MM` on the 24-hour clock, or null when it is not one:
 * "14:00", "9:30" and "14.00"; GOV.UK's "9am", "2:30pm", "2.30 pm" (12am is midnight, 12pm
 * midday); and "midday", "noon" and "midnight". Case and spaces around do not matter.
 */
export function readTimeOfDay(text: string): string | null {
  const value = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const named: Record<string, string> = { midday: '12:00', noon: '12:00', midnight: '00:00' };
  if (named[value]) return named[value];
  const clock = /^(\d{1,2})[:.](\d{2})$/.exec(value);
  if (clock) {
    const [hours, minutes] = [Number(clock[1]), Number(clock[2])];
    return hours <= 23 && minutes <= 59 ? hhmm(hours, minutes) : null;
  }
  const twelve = /^(\d{1,2})(?:[:.](\d{2}))? ?([ap])\.?m\.?$/.exec(value);
  if (twelve) {
    const [hours, minutes] = [Number(twelve[1]), Number(twelve[2] ?? 0)];
    if (hours < 1 || hours > 12 || minutes > 59) return null;
    return hhmm((hours % 12) + (twelve[3] === 'p' ? 12 : 0), minutes);
  }
  return null;
}

const hhmm = (hours: number, minutes: number) =>
  `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;

/** A time of day as a form sends it (see `readTimeOfDay`), as `HH:MM`. */
export const timeOfDaySchema = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .refine((value) => readTimeOfDay(value) !== null, 'Enter a time like 9am, 2:30pm or 14:00')
    .transform((value) => readTimeOfDay(value) as string);

const uuid = z.string().uuid('Choose a body from the list');

/**
 * A meeting as the secretariat schedules or edits it. The date and times are Europe/London
 * wall-clock times (the service turns them into UTC instants); a meeting needs a place, an
 * online link, or both.
 */
export const meetingDetailsSchema = z
  .object({
    bodyIds: z
      .array(uuid, { error: 'Choose the body (or bodies) meeting' })
      .min(1, 'Choose the body (or bodies) meeting')
      .max(
        MEETING_LIMITS.bodies,
        `A joint meeting can have at most ${MEETING_LIMITS.bodies} bodies`,
      )
      .refine((ids) => new Set(ids).size === ids.length, 'Choose each body once'),
    title: requiredText(MEETING_LIMITS.title, 'Title', 'Enter a title for the meeting'),
    summary: optionalText(MEETING_LIMITS.summary, 'Summary', PRINTABLE_MULTILINE).transform(
      (value) => value ?? '',
    ),
    date: isoDateSchema('Enter the date of the meeting'),
    startTime: timeOfDaySchema('Enter the time the meeting starts'),
    endTime: timeOfDaySchema('Enter the time the meeting ends'),
    location: optionalText(MEETING_LIMITS.location, 'Location'),
    onlineLink: optionalText(MEETING_LIMITS.onlineLink, 'Online link').refine(
      (value) => value === null || /^https:\/\/[^\s/]+\.[^\s]+$/u.test(value),
      'Enter an online link that starts with https://',
    ),
    support: optionalText(MEETING_LIMITS.support, 'Support', PRINTABLE_MULTILINE).transform(
      (value) => value ?? '',
    ),
  })
  .superRefine((meeting, context) => {
    if (meeting.location === null && meeting.onlineLink === null) {
      context.addIssue({
        code: 'custom',
        path: ['location'],
        message: 'Enter where the meeting is, an online link, or both',
      });
    }
    if (meeting.endTime <= meeting.startTime) {
      context.addIssue({
        code: 'custom',
        path: ['endTime'],
        message: 'The end time must be after the start time',
      });
    }
  });
export type MeetingDetails = z.output<typeof meetingDetailsSchema>;

/** Why a meeting is postponed or cancelled: said to members and the public. */
export const meetingStatusReasonSchema = requiredText(
  MEETING_LIMITS.statusReason,
  'Reason',
  'Enter the reason',
);

/**
 * One agenda item as the secretariat adds or edits it. Its presenter is a person on the portal
 * (by id), the secretariat, or a guest named in free text; with no kind, nobody is named. A guest
 * name that names someone on the portal is refused by the API unless `presenterNameConfirmed`
 * says the guest is someone else.
 */
export const agendaItemSchema = z
  .object({
    title: requiredText(MEETING_LIMITS.agendaTitle, 'Title', 'Enter a title for the item'),
    description: optionalText(
      MEETING_LIMITS.agendaDescription,
      'Description',
      PRINTABLE_MULTILINE,
    ).transform((value) => value ?? ''),
    presenterKind: z
      .enum(PRESENTER_KINDS, { error: 'Choose who leads the item' })
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    presenterPersonId: z
      .string()
      .uuid('Choose the person who leads the item from the list')
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    presenterName: optionalText(MEETING_LIMITS.presenter, 'The guest’s name'),
    presenterNameConfirmed: z
      .boolean()
      .nullable()
      .optional()
      .transform((value) => value === true),
    durationMinutes: z
      .number({ error: 'Enter the length of the item in minutes, like 20' })
      .int('Enter the length of the item in whole minutes')
      .min(1, 'An item takes at least 1 minute')
      .max(720, 'An item can take at most 720 minutes (12 hours)')
      .nullable()
      .optional()
      .transform((value) => value ?? null),
    isPublic: z.boolean({ error: 'Say whether the item is public' }),
  })
  .superRefine((item, context) => {
    if (item.presenterKind === 'PERSON' && item.presenterPersonId === null) {
      context.addIssue({
        code: 'custom',
        path: ['presenterPersonId'],
        message: 'Choose the person who leads the item from the list',
      });
    }
    if (item.presenterKind === 'GUEST' && item.presenterName === null) {
      context.addIssue({
        code: 'custom',
        path: ['presenterName'],
        message: 'Enter the guest’s name',
      });
    }
  })
  // Only what the kind uses is kept: a person's id for a person, a name for a guest.
  .transform(({ presenterPersonId, presenterName, presenterNameConfirmed, ...item }) => ({
    ...item,
    presenterPersonId: item.presenterKind === 'PERSON' ? presenterPersonId : null,
    presenterName: item.presenterKind === 'GUEST' ? presenterName : null,
    presenterNameConfirmed: item.presenterKind === 'GUEST' && presenterNameConfirmed,
  }));
export type AgendaItemDetails = z.output<typeof agendaItemSchema>;
