import { z } from 'zod';
import { isoDateSchema } from './body';
import { ACTION_STATUSES, ATTENDANCE_STATUSES } from './meeting';
import { PRINTABLE_MULTILINE, optionalText, requiredText } from './text';

/**
 * What the secretariat records of a meeting (attendance, declarations of interest, minutes,
 * decisions and actions) and what members send (comments on circulated minutes, progress on
 * their actions), as the forms and the API both check it. Limits are the database's.
 */
export const MINUTES_LIMITS = {
  attendanceEntries: 500,
  attendanceNote: 500,
  declaration: 2000,
  content: 100_000,
  notes: 50_000,
  entries: 500,
  comment: 4000,
  decision: 4000,
  action: 2000,
  actionNote: 1000,
} as const;

const personId = (message: string) => z.string({ error: message }).uuid(message);
const optionalItem = z
  .string()
  .uuid('Choose an agenda item from the list')
  .nullable()
  .optional()
  .transform((value) => value ?? null);

/** Each person once in a list of `{ [key]: id }`, the repeat named at `path.[i].key`. */
function eachOnce<K extends string>(key: K, message: string) {
  return (rows: readonly Record<K, string>[], context: z.RefinementCtx) => {
    const seen = new Set<string>();
    rows.forEach((row, index) => {
      if (seen.has(row[key])) context.addIssue({ code: 'custom', path: [index, key], message });
      seen.add(row[key]);
    });
  };
}

/** One line of the register: a person, how they took part, and an optional note. */
export const attendanceEntrySchema = z.object({
  personId: personId('Choose a person from the list'),
  status: z.enum(ATTENDANCE_STATUSES, {
    error: 'Choose present, apologies, absent or observer',
  }),
  note: optionalText(MINUTES_LIMITS.attendanceNote, 'Note'),
});

/** The register for some of the people at a meeting; each person once. */
export const attendanceRegisterSchema = z.object({
  entries: z
    .array(attendanceEntrySchema, { error: 'Record the attendance of at least one person' })
    .min(1, 'Record the attendance of at least one person')
    .max(
      MINUTES_LIMITS.attendanceEntries,
      `Record at most ${MINUTES_LIMITS.attendanceEntries} people at once`,
    )
    .superRefine(eachOnce('personId', 'Record each person once')),
});
export type AttendanceRegister = z.output<typeof attendanceRegisterSchema>;

/** A member's own apologies: an optional short note to the secretariat. */
export const apologiesSchema = z.object({
  note: optionalText(MINUTES_LIMITS.attendanceNote, 'Your note'),
});
export type ApologiesDetails = z.output<typeof apologiesSchema>;

/** A declaration of interest, for one agenda item or (with none) the whole meeting. */
export const declarationSchema = z.object({
  personId: personId('Choose the person declaring an interest'),
  agendaItemId: optionalItem,
  description: requiredText(
    MINUTES_LIMITS.declaration,
    'Declaration',
    'Enter the interest declared',
    PRINTABLE_MULTILINE,
  ),
});
export type DeclarationDetails = z.output<typeof declarationSchema>;

/** The minutes as the secretariat saves a draft: the opening part and each item's notes. */
export const minutesSchema = z.object({
  content: optionalText(MINUTES_LIMITS.content, 'Minutes', PRINTABLE_MULTILINE).transform(
    (value) => value ?? '',
  ),
  entries: z
    .array(
      z.object({
        agendaItemId: z
          .string({ error: 'Choose an agenda item from the list' })
          .uuid('Choose an agenda item from the list'),
        notes: optionalText(MINUTES_LIMITS.notes, 'Notes', PRINTABLE_MULTILINE).transform(
          (value) => value ?? '',
        ),
      }),
      { error: 'Give the notes for each agenda item, or an empty list' },
    )
    .max(MINUTES_LIMITS.entries, `At most ${MINUTES_LIMITS.entries} agenda items`)
    .superRefine(eachOnce('agendaItemId', 'Give the notes for each agenda item once')),
});
export type MinutesDetails = z.output<typeof minutesSchema>;

/** A member's comment on circulated minutes, on one item or on the whole. */
export const minutesCommentSchema = z.object({
  agendaItemId: optionalItem,
  text: requiredText(MINUTES_LIMITS.comment, 'Comment', 'Enter your comment', PRINTABLE_MULTILINE),
});
export type MinutesCommentDetails = z.output<typeof minutesCommentSchema>;

/** A decision recorded in the minutes. */
export const decisionSchema = z.object({
  agendaItemId: optionalItem,
  text: requiredText(
    MINUTES_LIMITS.decision,
    'Decision',
    'Enter the decision',
    PRINTABLE_MULTILINE,
  ),
});
export type DecisionDetails = z.output<typeof decisionSchema>;

/** An action agreed at a meeting: what, who (optional) and by when (optional). */
export const meetingActionSchema = z.object({
  agendaItemId: optionalItem,
  description: requiredText(
    MINUTES_LIMITS.action,
    'Action',
    'Enter what is to be done',
    PRINTABLE_MULTILINE,
  ),
  ownerId: z
    .string()
    .uuid('Choose the person the action is for from the list')
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  dueOn: isoDateSchema('Enter the date the action is due')
    .nullable()
    .optional()
    .transform((value) => value ?? null),
});
export type MeetingActionDetails = z.output<typeof meetingActionSchema>;

/** A change of an action's status, with an optional note on progress. */
export const actionStatusChangeSchema = z.object({
  status: z.enum(ACTION_STATUSES, { error: 'Choose open, in progress, done or dropped' }),
  note: optionalText(MINUTES_LIMITS.actionNote, 'Note', PRINTABLE_MULTILINE),
});
export type ActionStatusChange = z.output<typeof actionStatusChangeSchema>;
