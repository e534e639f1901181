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

/** A time of day on the 24-hour clock, as a form sends it: 9:30, 09:30 or 14:00. */
export const timeOfDaySchema = (missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, 'Enter a time on the 24-hour clock, like 09:30 or 14:00')
    .transform((value) => value.padStart(5, '0'));

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
