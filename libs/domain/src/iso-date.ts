import { DomainError } from './domain-error';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is a real calendar date written `YYYY-MM-DD` (so 2023-02-29 is not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const time = Date.parse(`${value}T00:00:00Z`);
  // Date.parse accepts 2023-02-30; round-tripping catches impossible dates.
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
}

/** Throws `BAD_USER_INPUT` naming `field` unless `value` is a real `YYYY-MM-DD` date. */
export function assertIsoDate(value: unknown, field: string): asserts value is string {
  if (!isIsoDate(value)) {
    throw new DomainError('BAD_USER_INPUT', `${field} must be a real date in the form YYYY-MM-DD`, {
      field,
    });
  }
}

const LONDON_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in Europe/London at `instant`, as `YYYY-MM-DD` (the portal's "today"). */
export function londonDate(instant: Date): string {
  return LONDON_DATE.format(instant);
}
