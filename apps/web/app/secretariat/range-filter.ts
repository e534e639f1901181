import type { DateQuestion } from '../date-fields';
import type { FieldError } from '../form-state';
import { dateFieldErrors } from '../date-fields';
import { readDate } from './form-reading';

export const RANGE_FROM = 'from';
export const RANGE_TO = 'to';

const FROM_QUESTION: DateQuestion = {
  missing: 'Enter the first day to show',
  subject: 'The first day to show',
  optional: true,
};

const TO_QUESTION: DateQuestion = {
  missing: 'Enter the last day to show',
  subject: 'The last day to show',
  optional: true,
};

export interface RangeFilter {
  /** The query's date fields as typed, to fill the form in again. */
  readonly values: Readonly<Record<string, string>>;
  /** The range to ask for (`YYYY-MM-DD`, either end open); undefined when the form has errors. */
  readonly range?: { readonly from: string | null; readonly to: string | null };
  readonly errors: readonly FieldError[];
}

/** A range of days from a GET form's query string: both ends optional and included. */
export function readRangeFilter(query: URLSearchParams): RangeFilter {
  const values: Record<string, string> = {};
  const errors: FieldError[] = [];
  const from = readDate(query, RANGE_FROM, FROM_QUESTION, values, errors);
  const to = readDate(query, RANGE_TO, TO_QUESTION, values, errors);
  for (const name of Object.keys(values)) if (!values[name]) delete values[name];
  if (from && to && from > to) {
    errors.push(
      ...dateFieldErrors(RANGE_TO, 'The last day to show must be the same as or after the first'),
    );
  }
  if (errors.length || from === undefined || to === undefined) return { values, errors };
  return { values, range: { from, to }, errors };
}
