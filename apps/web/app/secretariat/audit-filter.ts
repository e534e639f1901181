import {
  dateFieldErrors,
  parseDateFields,
  readDateFields,
  type DateQuestion,
} from '../date-fields';
import { londonDayStart, nextDay } from '../dates';
import type { FieldError } from '../form-state';

export const FROM = 'from';
export const TO = 'to';

const FROM_QUESTION: DateQuestion = {
  missing: 'Enter the date to start from',
  subject: 'The date to start from',
  optional: true,
};

const TO_QUESTION: DateQuestion = {
  missing: 'Enter the date to end on',
  subject: 'The date to end on',
  optional: true,
};

const LIMITS = { action: 100, objectType: 60, objectId: 100 } as const;

const LABELS = { action: 'Action', objectType: 'Object type', objectId: 'Object ID' } as const;

export interface AuditFilterInput {
  readonly action?: string;
  readonly objectType?: string;
  readonly objectId?: string;
  /** From the start of this day in London (inclusive), ISO 8601. */
  readonly from?: string;
  /** Up to the start of the day after the "to" date in London (exclusive), ISO 8601. */
  readonly to?: string;
}

export interface AuditFilterResult {
  /** The query's fields, as typed, to fill in the form again and to keep when paging. */
  readonly values: Readonly<Record<string, string>>;
  /** What to ask the API for; undefined when the form has errors. */
  readonly filter?: AuditFilterInput;
  readonly errors: readonly FieldError[];
}

/**
 * Reads the audit trail's filter from the page's query string (a GET form): action, object type
 * and ID, and a range of days in Europe/London, both ends included.
 */
export function readAuditFilter(query: URLSearchParams): AuditFilterResult {
  const values: Record<string, string> = {};
  const errors: FieldError[] = [];
  const filter: Record<string, string> = {};
  for (const field of ['action', 'objectType', 'objectId'] as const) {
    const value = (query.get(field) ?? '').trim();
    if (!value) continue;
    values[field] = value;
    if (value.length > LIMITS[field]) {
      errors.push({
        field,
        message: `${LABELS[field]} must be ${LIMITS[field]} characters or fewer`,
      });
    } else {
      filter[field] = value;
    }
  }
  const dates: Partial<Record<typeof FROM | typeof TO, string>> = {};
  for (const [prefix, question] of [
    [FROM, FROM_QUESTION],
    [TO, TO_QUESTION],
  ] as const) {
    const fields = readDateFields(query, prefix);
    for (const part of ['day', 'month', 'year'] as const) {
      if (fields[part]) values[`${prefix}-${part}`] = fields[part];
    }
    const date = parseDateFields(fields, question);
    if (!date.ok) errors.push(...dateFieldErrors(prefix, date.message, date.parts));
    else if (date.value) dates[prefix] = date.value;
  }
  if (dates.from && dates.to && dates.from > dates.to) {
    errors.push(
      ...dateFieldErrors(
        TO,
        'The date to end on must be the same as or after the date to start from',
      ),
    );
  }
  if (errors.length) return { values, errors };
  if (dates.from) filter['from'] = londonDayStart(dates.from);
  if (dates.to) filter['to'] = londonDayStart(nextDay(dates.to));
  return { values, filter, errors };
}
