import {
  ATTENDANCE_STATUSES,
  attendanceRegisterSchema,
  declarationSchema,
  type AttendanceRegister,
  type AttendanceStatus,
  type DeclarationDetails,
} from '@boards/shared/contracts';
import type { FieldError } from '../form-state';
import {
  inFormOrder,
  schemaErrors,
  text,
  type FormResult,
  type FormSource,
} from '../secretariat/form-reading';

/** A posted form read field by field, in the order posted (FormData and URLSearchParams are). */
export type FormEntries = Iterable<readonly [string, unknown]>;

/** The register's radios for a person: `attendance.<personId>`, one of the statuses. */
const STATUS_PREFIX = 'attendance.';
/** What was recorded for the person when the page was loaded, to send only what changed. */
const RECORDED_PREFIX = 'recorded.';
/** The note recorded with the person's line, kept when their status changes. */
const NOTE_PREFIX = 'note.';

export const registerFieldName = (personId: string) => `${STATUS_PREFIX}${personId}`;
export const recordedFieldName = (personId: string) => `${RECORDED_PREFIX}${personId}`;
export const noteFieldName = (personId: string) => `${NOTE_PREFIX}${personId}`;
/** The id of a person's radios (and of their first radio), for the error summary's link. */
export const registerFieldId = (personId: string) => `attendance-${personId}`;

export const NOTHING_CHOSEN = 'Choose present, sent apologies or absent for at least one person';

const isStatus = (value: string): value is AttendanceStatus =>
  (ATTENDANCE_STATUSES as readonly string[]).includes(value);

/** The register form: the statuses chosen, and the entries to send (only those that changed). */
export type RegisterFormResult =
  | {
      readonly ok: true;
      /** Null when nothing changed: there is nothing to send. */
      readonly input: AttendanceRegister | null;
      readonly values: Record<string, string>;
      /** API field (`entries.0.status`) → the id of the person's radios. */
      readonly fieldIds: Record<string, string>;
    }
  | { readonly ok: false; readonly errors: FieldError[]; readonly values: Record<string, string> };

/**
 * Reads the register: each person's radios (`attendance.<id>`), what was recorded when the page
 * was loaded (`recorded.<id>`) and their note (`note.<id>`). Only the people whose status
 * changed are sent, with their note kept. Anything but a status the page offers is refused.
 */
export function readRegisterForm(form: FormEntries): RegisterFormResult {
  const values: Record<string, string> = {};
  const chosen: { personId: string; status: AttendanceStatus }[] = [];
  const recorded = new Map<string, string>();
  const notes = new Map<string, string>();
  const errors: FieldError[] = [];
  for (const [name, raw] of form) {
    const value = typeof raw === 'string' ? raw : '';
    if (name.startsWith(STATUS_PREFIX)) {
      const personId = name.slice(STATUS_PREFIX.length);
      values[name] = value;
      if (isStatus(value)) chosen.push({ personId, status: value });
      else errors.push({ field: registerFieldId(personId), message: 'Choose from the list' });
    } else if (name.startsWith(RECORDED_PREFIX)) {
      recorded.set(name.slice(RECORDED_PREFIX.length), value);
    } else if (name.startsWith(NOTE_PREFIX)) {
      notes.set(name.slice(NOTE_PREFIX.length), value);
    }
  }
  if (errors.length) return { ok: false, errors, values };
  if (!chosen.length)
    return { ok: false, errors: [{ field: 'register', message: NOTHING_CHOSEN }], values };
  const changed = chosen.filter((entry) => recorded.get(entry.personId) !== entry.status);
  if (!changed.length) return { ok: true, input: null, values, fieldIds: {} };
  const entries = changed.map((entry) => ({ ...entry, note: notes.get(entry.personId) || null }));
  const parsed = attendanceRegisterSchema.safeParse({ entries });
  const fieldIds: Record<string, string> = { entries: 'register' };
  entries.forEach((entry, index) => {
    fieldIds[`entries.${index}.status`] = registerFieldId(entry.personId);
    fieldIds[`entries.${index}.personId`] = registerFieldId(entry.personId);
    fieldIds[`entries.${index}.note`] = registerFieldId(entry.personId);
  });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({
      field: fieldIds[issue.path.join('.')] ?? 'register',
      message: issue.message,
    }));
    const once = issues.filter(
      (issue, index) => issues.findIndex((other) => other.field === issue.field) === index,
    );
    return { ok: false, errors: once, values };
  }
  return { ok: true, input: parsed.data, values, fieldIds };
}

/** The observer form: the person found by the search, added to the register as an observer. */
export const OBSERVER_FIELD = 'observerId';

/** The declaration form's fields: input ids, in the order of the form. */
export const DECLARATION_FIELDS = {
  personId: 'declarationPersonId',
  agendaItemId: 'declarationAgendaItemId',
  description: 'declarationDescription',
} as const;

const DECLARATION_ORDER = ['personId', 'agendaItemId', 'description'];

/** Reads a declaration of interest: who, on which item (blank: the whole meeting) and what. */
export function readDeclarationForm(form: FormSource): FormResult<DeclarationDetails> {
  const values: Record<string, string> = {};
  for (const id of Object.values(DECLARATION_FIELDS)) values[id] = text(form, id);
  const parsed = declarationSchema.safeParse({
    personId: values[DECLARATION_FIELDS.personId],
    agendaItemId: values[DECLARATION_FIELDS.agendaItemId] || null,
    description: values[DECLARATION_FIELDS.description],
  });
  if (!parsed.success) {
    const errors = schemaErrors(parsed.error.issues, DECLARATION_ORDER, DECLARATION_FIELDS, []);
    return { ok: false, errors: inFormOrder(errors, Object.values(DECLARATION_FIELDS)), values };
  }
  return { ok: true, input: parsed.data, values };
}
