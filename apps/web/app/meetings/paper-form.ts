import { newPaperSchema, type NewPaper } from '@boards/shared/contracts';
import type { FieldError } from '../form-state';
import { inFormOrder, schemaErrors, text, type FormResult } from '../secretariat/form-reading';

/** The file input of the add-a-paper form, and the multipart field the API takes the file from. */
export const PAPER_FILE_FIELD = 'file';
/** The named people's checkboxes (the first one's id). */
export const NAMED_PEOPLE_FIELD = 'namedPersonIds';

/** The form's fields in the order they are on the page, the file last (see paper-upload.server.ts). */
export const PAPER_FORM_ORDER = [
  'title',
  'agendaItemId',
  'visibility',
  NAMED_PEOPLE_FIELD,
  'contentNote',
  'easyReadOf',
  'supersedes',
  PAPER_FILE_FIELD,
] as const;

/** The API's input fields are named as the form's inputs. */
export const PAPER_FIELD_IDS: Readonly<Record<string, string>> = Object.fromEntries(
  PAPER_FORM_ORDER.map((field) => [field, field]),
);

/** A posted form: one value or every value of a field. */
export interface MultiFormSource {
  get(name: string): unknown;
  getAll(name: string): unknown[];
}

/** The named people as kept in the form's values (to tick them again): ids, comma-separated. */
export function namedPeopleOf(values: Readonly<Record<string, string | undefined>>): Set<string> {
  return new Set((values[NAMED_PEOPLE_FIELD] ?? '').split(',').filter(Boolean));
}

/**
 * Reads the add-a-paper form's fields (not its file) into the API's NewPaperInput for the
 * meeting, checked by the shared schema. Blank choices are none; the named people count only
 * for a paper for named people.
 */
export function readPaperForm(form: MultiFormSource, meetingId: string): FormResult<NewPaper> {
  const values: Record<string, string> = {};
  for (const name of [
    'title',
    'agendaItemId',
    'visibility',
    'contentNote',
    'easyReadOf',
    'supersedes',
  ]) {
    values[name] = text(form, name);
  }
  const named = form
    .getAll(NAMED_PEOPLE_FIELD)
    .filter((value): value is string => typeof value === 'string' && value !== '');
  values[NAMED_PEOPLE_FIELD] = named.join(',');
  const errors: FieldError[] = [];
  const visibility = values['visibility'];
  if (visibility !== 'PUBLIC' && visibility !== 'MEMBERS' && visibility !== 'NAMED') {
    errors.push({ field: 'visibility', message: 'Choose who can open the paper' });
  }
  const optional = (name: string) => (values[name] ? values[name] : null);
  const parsed = newPaperSchema.safeParse({
    meetingId,
    title: values['title'],
    agendaItemId: optional('agendaItemId'),
    visibility,
    namedPersonIds: named,
    contentNote: values['contentNote'],
    easyReadOf: optional('easyReadOf'),
    supersedes: optional('supersedes'),
  });
  if (!parsed.success) {
    errors.push(...schemaErrors(parsed.error.issues, PAPER_FORM_ORDER, PAPER_FIELD_IDS, errors));
  }
  if (errors.length || !parsed.success) {
    return { ok: false, errors: inFormOrder(errors, [...PAPER_FORM_ORDER]), values };
  }
  return { ok: true, input: parsed.data, values };
}

/** One of the people a paper may be named for. */
export interface PersonChoice {
  readonly id: string;
  readonly name: string;
  /** The bodies they sit on at the meeting: "Evidence Group (cross-seat)". */
  readonly hint: string;
}

interface ExpectedMemberOption {
  readonly crossSeat: boolean;
  readonly body?: { readonly name: string } | null;
  readonly person: { readonly id?: string | null; readonly displayName?: string | null };
}

/**
 * The people to name a paper for: everyone who sits on the meeting's bodies on its day, once
 * each (a joint meeting may list someone twice), by name, with the bodies they sit on.
 */
export function namedPeopleChoices(members: readonly ExpectedMemberOption[]): PersonChoice[] {
  const byId = new Map<string, { name: string; seats: string[] }>();
  for (const member of members) {
    const { id, displayName } = member.person;
    if (!id || !displayName) continue;
    const seat = member.body
      ? `${member.body.name}${member.crossSeat ? ' (cross-seat)' : ''}`
      : null;
    const entry = byId.get(id) ?? { name: displayName, seats: [] };
    if (seat && !entry.seats.includes(seat)) entry.seats.push(seat);
    byId.set(id, entry);
  }
  return [...byId.entries()]
    .map(([id, entry]) => ({ id, name: entry.name, hint: entry.seats.join(', ') }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
}
