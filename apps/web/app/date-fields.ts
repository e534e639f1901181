import type { DateInputItem } from '@boards/web/ui-govuk';
import type { FieldError } from './form-state';

/** The parts of a GOV.UK date input. */
export const DATE_PARTS = ['day', 'month', 'year'] as const;
export type DatePart = (typeof DATE_PARTS)[number];

/** What was typed into a date input, trimmed. */
export type DateFieldValues = Readonly<Record<DatePart, string>>;

export type DateFieldsResult =
  | { readonly ok: true; readonly value: string | null }
  | { readonly ok: false; readonly message: string; readonly parts: readonly DatePart[] };

export interface DateQuestion {
  /** For a date left blank, e.g. "Enter the date they gave consent". */
  readonly missing: string;
  /** The date as the subject of a sentence, e.g. "The date they gave consent". */
  readonly subject: string;
  /** A blank date is then `null`, not an error. */
  readonly optional?: boolean;
}

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The three fields of the date input named `prefix` ("from" reads from-day, from-month, from-year). */
export function readDateFields(
  source: { get(name: string): unknown },
  prefix: string,
): DateFieldValues {
  const read = (part: DatePart) => {
    const value = source.get(`${prefix}-${part}`);
    return typeof value === 'string' ? value.trim() : '';
  };
  return { day: read('day'), month: read('month'), year: read('year') };
}

/** A month as a number, from 1 to 12, "3", "03", "Mar" or "March"; NaN otherwise. */
function monthNumber(value: string): number {
  if (/^\d{1,2}$/.test(value)) return Number(value);
  const name = value.toLowerCase().replace(/\.$/, '');
  if (name.length < 3) return Number.NaN;
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(name));
  return index === -1 ? Number.NaN : index + 1;
}

function joinParts(parts: readonly DatePart[]): string {
  return parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * A date typed into a GOV.UK date input as `YYYY-MM-DD`, or the error to show in the GOV.UK
 * style: "Enter …" when blank, "… must include a month" when a part is missing, "Year must include
 * 4 numbers", and "… must be a real date" for 31 February and the like. Months may be numbers
 * or names ("3", "Mar", "March"). `parts` are the fields to mark as wrong.
 */
export function parseDateFields(values: DateFieldValues, question: DateQuestion): DateFieldsResult {
  const missing = DATE_PARTS.filter((part) => values[part] === '');
  if (missing.length === DATE_PARTS.length) {
    return question.optional
      ? { ok: true, value: null }
      : { ok: false, message: question.missing, parts: DATE_PARTS };
  }
  if (missing.length) {
    return {
      ok: false,
      message: `${question.subject} must include a ${joinParts(missing)}`,
      parts: missing,
    };
  }
  if (!/^\d{4}$/.test(values.year)) {
    return { ok: false, message: 'Year must include 4 numbers', parts: ['year'] };
  }
  const year = Number(values.year);
  const month = monthNumber(values.month);
  const day = /^\d{1,2}$/.test(values.day) ? Number(values.day) : Number.NaN;
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    Number.isInteger(day) &&
    Number.isInteger(month) &&
    year >= 1000 &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
  if (!real) {
    const wrong: DatePart[] = [];
    if (!(month >= 1 && month <= 12)) wrong.push('month');
    if (!(day >= 1 && day <= 31)) wrong.unshift('day');
    return {
      ok: false,
      message: `${question.subject} must be a real date`,
      parts: wrong.length ? wrong : DATE_PARTS,
    };
  }
  return {
    ok: true,
    value: `${values.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  };
}

/** The fields of a `YYYY-MM-DD` date, to fill in a date input. */
export function dateFieldsOf(value: string): DateFieldValues {
  const [year = '', month = '', day = ''] = value.split('-');
  return { day: String(Number(day)), month: String(Number(month)), year };
}

/**
 * A date input's error as form errors, one per wrong field (`prefix-day`…) with the same message:
 * the error summary lists it once, linking to the first, and every wrong field is marked.
 */
export function dateFieldErrors(
  prefix: string,
  message: string,
  parts: readonly DatePart[] = DATE_PARTS,
): FieldError[] {
  return parts.map((part) => ({ field: `${prefix}-${part}`, message }));
}

/** The error of the date input `prefix` among a form's errors, and the fields it marks. */
export function dateInputError(
  errors: readonly FieldError[],
  prefix: string,
): { readonly message?: string; readonly parts: readonly DatePart[] } {
  const parts = DATE_PARTS.filter((part) =>
    errors.some((error) => error.field === `${prefix}-${part}`),
  );
  const message = errors.find((error) => error.field === `${prefix}-${parts[0]}`)?.message;
  return { message, parts };
}

/**
 * The items of a date input whose id and name prefix are `prefix`, filled in with `values` (a
 * form's values keyed by field name), the parts named in `errorParts` marked as wrong.
 */
export function dateInputItems(
  prefix: string,
  values: Readonly<Record<string, string | undefined>>,
  errorParts: readonly DatePart[] = [],
): DateInputItem[] {
  return DATE_PARTS.map((part) => ({
    name: part,
    value: values[`${prefix}-${part}`],
    className: part === 'year' ? 'govuk-input--width-4' : 'govuk-input--width-2',
    error: errorParts.length ? errorParts.includes(part) : undefined,
  }));
}
