import {
  actionStatusChangeSchema,
  decisionSchema,
  meetingActionSchema,
  minutesCommentSchema,
  minutesSchema,
  MINUTES_LIMITS,
  type ActionStatus,
  type ActionStatusChange,
  type DecisionDetails,
  type MeetingActionDetails,
  type MinutesCommentDetails,
  type MinutesDetails,
} from '@boards/shared/contracts';
import type { FieldError } from '../form-state';
import {
  inFormOrder,
  readDate,
  schemaErrors,
  text,
  type FormResult,
  type FormSource,
} from '../secretariat/form-reading';

/** The opening part of the minutes. */
export const CONTENT_FIELD = 'content';
/** The notes of one agenda item: `notes-<itemId>` names the textarea and is its id. */
export const notesField = (itemId: string) => `notes-${itemId}`;
export const EXPECTED_VERSION = 'expectedVersion';

/** Shown when someone else saved the minutes between loading the form and posting it. */
export const MINUTES_CONFLICT_MESSAGE =
  'Someone else saved these minutes while you were working on them. The form now shows their version: your changes are below it, to copy in again before you save';

/**
 * The most a save of the minutes may post: the opening part and every item's notes at their
 * longest, URL-encoded (a character can take up to nine bytes), and room for the rest.
 */
export function maxMinutesFormBytes(itemCount: number): number {
  return (MINUTES_LIMITS.content + MINUTES_LIMITS.notes * Math.max(1, itemCount)) * 9 + 64 * 1024;
}

/** The minutes as the form holds them: field name → text. */
export type MinutesFormValues = Readonly<Record<string, string>>;

/** The form's field names, in the order of the page. */
export function minutesFieldNames(agenda: readonly { readonly id: string }[]): string[] {
  return [CONTENT_FIELD, ...agenda.map((item) => notesField(item.id))];
}

/** API field (`content`, `entries.2.notes`) → the id of the textarea it is about. */
export function minutesFieldIds(
  agenda: readonly { readonly id: string }[],
): Record<string, string> {
  const ids: Record<string, string> = { content: CONTENT_FIELD, entries: CONTENT_FIELD };
  agenda.forEach((item, index) => {
    ids[`entries.${index}.notes`] = notesField(item.id);
    ids[`entries.${index}.agendaItemId`] = notesField(item.id);
  });
  return ids;
}

export type MinutesFormResult =
  | { readonly ok: true; readonly input: MinutesDetails; readonly values: MinutesFormValues }
  | { readonly ok: false; readonly errors: FieldError[]; readonly values: MinutesFormValues };

/**
 * Reads the minutes editor: the opening part and a textarea for each item of the agenda (the
 * agenda as it is now, so an item added since the page was loaded is sent with no notes),
 * checked with the schema the API uses.
 */
export function readMinutesForm(
  form: FormSource,
  agenda: readonly { readonly id: string }[],
): MinutesFormResult {
  const values: Record<string, string> = {};
  for (const name of minutesFieldNames(agenda)) values[name] = text(form, name);
  const parsed = minutesSchema.safeParse({
    content: values[CONTENT_FIELD],
    entries: agenda.map((item) => ({
      agendaItemId: item.id,
      notes: values[notesField(item.id)],
    })),
  });
  if (parsed.success) return { ok: true, input: parsed.data, values };
  const ids = minutesFieldIds(agenda);
  const errors: FieldError[] = [];
  for (const issue of parsed.error.issues) {
    const field = ids[issue.path.join('.')] ?? CONTENT_FIELD;
    if (!errors.some((error) => error.field === field))
      errors.push({ field, message: issue.message });
  }
  return { ok: false, errors: inFormOrder(errors, minutesFieldNames(agenda)), values };
}

/** Saved minutes as the form's values (blank for items with no notes). */
export function minutesFormValues(
  minutes:
    | {
        readonly content: string;
        readonly entries: readonly {
          readonly agendaItem?: { readonly id: string } | null;
          readonly notes: string;
        }[];
      }
    | null
    | undefined,
  agenda: readonly { readonly id: string }[],
): MinutesFormValues {
  const values: Record<string, string> = { [CONTENT_FIELD]: minutes?.content ?? '' };
  for (const item of agenda) {
    values[notesField(item.id)] =
      minutes?.entries.find((entry) => entry.agendaItem?.id === item.id)?.notes ?? '';
  }
  return values;
}

/** The fields of `mine` that differ from `theirs`, ignoring spaces at the ends. */
export function changedMinutesFields(mine: MinutesFormValues, theirs: MinutesFormValues): string[] {
  return Object.keys(mine).filter(
    (name) => (mine[name] ?? '').trim() !== (theirs[name] ?? '').trim(),
  );
}

// ---- Decisions and actions ------------------------------------------------------------------

export const DECISION_FIELDS = {
  agendaItemId: 'decisionAgendaItemId',
  text: 'decisionText',
} as const;

/** Reads "Record a decision": on which item (blank: the meeting as a whole) and what. */
export function readDecisionForm(form: FormSource): FormResult<DecisionDetails> {
  const values: Record<string, string> = {};
  for (const id of Object.values(DECISION_FIELDS)) values[id] = text(form, id);
  const parsed = decisionSchema.safeParse({
    agendaItemId: values[DECISION_FIELDS.agendaItemId] || null,
    text: values[DECISION_FIELDS.text],
  });
  if (!parsed.success) {
    return {
      ok: false,
      errors: schemaErrors(parsed.error.issues, ['agendaItemId', 'text'], DECISION_FIELDS, []),
      values,
    };
  }
  return { ok: true, input: parsed.data, values };
}

export const ACTION_FIELDS = {
  agendaItemId: 'actionAgendaItemId',
  description: 'actionDescription',
  ownerId: 'actionOwnerId',
  dueOn: 'actionDueOn-day',
} as const;
/** The due date's date input (its id and name prefix). */
export const ACTION_DUE_ON = 'actionDueOn';

const ACTION_ORDER = ['actionAgendaItemId', 'actionDescription', 'actionOwnerId', ACTION_DUE_ON];

/** Reads "Record an action": the item, what is to be done, by whom and by when (both optional). */
export function readActionForm(form: FormSource): FormResult<MeetingActionDetails> {
  const values: Record<string, string> = {};
  for (const id of ['actionAgendaItemId', 'actionDescription', 'actionOwnerId'])
    values[id] = text(form, id);
  const errors: FieldError[] = [];
  const dueOn = readDate(
    form,
    ACTION_DUE_ON,
    {
      missing: 'Enter the date the action is due',
      subject: 'The date the action is due',
      optional: true,
    },
    values,
    errors,
  );
  const parsed = meetingActionSchema.safeParse({
    agendaItemId: values['actionAgendaItemId'] || null,
    description: values['actionDescription'],
    ownerId: values['actionOwnerId'] || null,
    dueOn: dueOn ?? null,
  });
  if (!parsed.success) {
    errors.push(
      ...schemaErrors(
        parsed.error.issues,
        ['agendaItemId', 'description', 'ownerId', 'dueOn'],
        ACTION_FIELDS,
        errors,
      ),
    );
  }
  if (errors.length || !parsed.success) {
    return { ok: false, errors: inFormOrder(errors, ACTION_ORDER), values };
  }
  return { ok: true, input: parsed.data, values };
}

// ---- What members send ----------------------------------------------------------------------

export const COMMENT_FIELDS = {
  agendaItemId: 'commentAgendaItemId',
  text: 'commentText',
} as const;

/** Reads a member's comment on circulated minutes: on which item (blank: the whole) and what. */
export function readCommentForm(form: FormSource): FormResult<MinutesCommentDetails> {
  const values: Record<string, string> = {};
  for (const id of Object.values(COMMENT_FIELDS)) values[id] = text(form, id);
  const parsed = minutesCommentSchema.safeParse({
    agendaItemId: values[COMMENT_FIELDS.agendaItemId] || null,
    text: values[COMMENT_FIELDS.text],
  });
  if (!parsed.success) {
    return {
      ok: false,
      errors: schemaErrors(parsed.error.issues, ['agendaItemId', 'text'], COMMENT_FIELDS, []),
      values,
    };
  }
  return { ok: true, input: parsed.data, values };
}

/** The radios and note of one action's form: ids unique on a page with several actions. */
export const actionStatusFieldId = (actionId: string) => `status-${actionId}`;
export const actionNoteFieldId = (actionId: string) => `note-${actionId}`;

/**
 * Reads a change of an action's status (`status`, `note`), for the action `actionId`: its
 * fields' ids on the page carry the id, so errors link to the right form.
 */
export function readActionStatusForm(
  form: FormSource,
  actionId: string,
): FormResult<ActionStatusChange & { status: ActionStatus }> {
  const ids = { status: actionStatusFieldId(actionId), note: actionNoteFieldId(actionId) };
  const values = { [ids.status]: text(form, 'status'), [ids.note]: text(form, 'note') };
  const parsed = actionStatusChangeSchema.safeParse({
    status: values[ids.status],
    note: values[ids.note],
  });
  if (!parsed.success) {
    const errors = schemaErrors(parsed.error.issues, ['status', 'note'], ids, []).map((error) =>
      error.field === ids.status
        ? { ...error, message: 'Choose what has happened to the action' }
        : error,
    );
    return { ok: false, errors, values };
  }
  return { ok: true, input: parsed.data, values };
}
