import {
  dateFieldErrors,
  parseDateFields,
  readDateFields,
  type DateQuestion,
} from '../date-fields';
import type { FieldError } from '../form-state';

/** A posted form or a query string: anything with `get`. */
export type FormSource = { get(name: string): unknown };

/** The outcome of reading a form: the API's input, or the errors; the values either way. */
export type FormResult<T> =
  | { readonly ok: true; readonly input: T; readonly values: Record<string, string> }
  | { readonly ok: false; readonly errors: FieldError[]; readonly values: Record<string, string> };

/** A field as text (as typed, untrimmed); missing or a file gives ''. */
export function text(form: FormSource, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

/**
 * Reads the date input `prefix` into `values` (its three fields) and gives the date, or adds its
 * error to `errors`. `null` for a blank optional date; `undefined` when it is wrong.
 */
export function readDate(
  form: FormSource,
  prefix: string,
  question: DateQuestion,
  values: Record<string, string>,
  errors: FieldError[],
): string | null | undefined {
  const fields = readDateFields(form, prefix);
  values[`${prefix}-day`] = fields.day;
  values[`${prefix}-month`] = fields.month;
  values[`${prefix}-year`] = fields.year;
  const date = parseDateFields(fields, question);
  if (!date.ok) {
    errors.push(...dateFieldErrors(prefix, date.message, date.parts));
    return undefined;
  }
  return date.value;
}

/** The fields of a date input holding `date` (`YYYY-MM-DD`), or blank ones for null. */
export function dateValues(
  prefix: string,
  date: string | null | undefined,
): Record<string, string> {
  const [year = '', month = '', day = ''] = date ? date.split('-') : [];
  return {
    [`${prefix}-day`]: day ? String(Number(day)) : '',
    [`${prefix}-month`]: month ? String(Number(month)) : '',
    [`${prefix}-year`]: year,
  };
}

/** A field id without a date input's part: "startsOn-day" gives "startsOn". */
function fieldPrefix(id: string): string {
  return id.replace(/-(day|month|year)$/, '');
}

/**
 * The issues of a shared zod schema as form errors, one per field, in the order of `order`
 * (the API's field names), each against the input id `fieldIds` gives it. Fields that already
 * have an error (a date the form could not read) are left alone.
 */
export function schemaErrors(
  issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[],
  order: readonly string[],
  fieldIds: Readonly<Record<string, string>>,
  existing: readonly FieldError[],
): FieldError[] {
  const errors: FieldError[] = [];
  const taken = (id: string) =>
    existing.some((error) => fieldPrefix(error.field) === fieldPrefix(id));
  for (const field of order) {
    const issue = issues.find((candidate) => candidate.path[0] === field);
    const id = fieldIds[field] ?? field;
    if (issue && !taken(id)) errors.push({ field: id, message: issue.message });
  }
  return errors;
}

/** Puts errors in the order their fields come in the form (`order` lists input ids or prefixes). */
export function inFormOrder(errors: readonly FieldError[], order: readonly string[]): FieldError[] {
  const rank = (field: string) => {
    const index = order.indexOf(fieldPrefix(field));
    return index === -1 ? order.length : index;
  };
  return [...errors].sort((a, b) => rank(a.field) - rank(b.field));
}

/**
 * The `expectedVersion` (or any other whole number) a form carries in a hidden field: a page
 * never posts anything else, so anything else is a bad request (400), never a crash.
 */
export function readWholeNumber(form: FormSource, name: string): number {
  const value = text(form, name);
  if (!/^\d{1,9}$/.test(value)) throw new Response(null, { status: 400 });
  return Number(value);
}
