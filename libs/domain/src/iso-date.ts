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

const ISO_DATE_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** The `YYYY-MM-DD` date `days` days after 1970-01-01 (H. Hinnant's civil_from_days). */
function civilFromDays(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) return '';
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The date `days` days after `iso` (before it when negative), by calendar arithmetic with no
 * time of day, so there are no clock-change surprises: `addDays('2024-02-28', 1)` is
 * `'2024-02-29'`. Cheap enough to call for every holding of a long timeline.
 * Throws a RangeError for a date that is not a real `YYYY-MM-DD` date, a `days` that is not a
 * whole number, or a result outside the years 0000 to 9999 (where string order is date order).
 */
export function addDays(iso: string, days: number): string {
  const parts = typeof iso === 'string' ? ISO_DATE_PARTS.exec(iso) : null;
  const from =
    parts === null
      ? Number.NaN
      : daysFromCivil(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  // Round-tripping catches impossible dates such as 2023-02-29 or 2023-13-01.
  if (parts === null || civilFromDays(from) !== iso) {
    throw new RangeError(`addDays: not a real YYYY-MM-DD date: ${String(iso)}`);
  }
  if (!Number.isSafeInteger(days)) throw new RangeError(`addDays: not a whole number of days`);
  const text = civilFromDays(from + days);
  if (text === '') throw new RangeError(`addDays: ${iso} + ${days} days is out of range`);
  return text;
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});

/**
 * A `YYYY-MM-DD` date as people write it in GOV.UK services: `'2021-04-14'` is
 * `'14 April 2021'` (no leading zero, no weekday). Throws a RangeError for anything that is not
 * a real date, so that a malformed date never reaches a message shown to a user.
 */
export function formatLongDate(iso: string): string {
  if (!isIsoDate(iso)) {
    throw new RangeError(`formatLongDate: not a real YYYY-MM-DD date: ${String(iso)}`);
  }
  return LONG_DATE.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * Throws `BAD_USER_INPUT` naming `field`, with a message for the GOV.UK error summary such as
 * "End date must be a real date", unless `value` is a real `YYYY-MM-DD` date.
 */
export function assertRealDate(
  value: unknown,
  field: string,
  label: string,
): asserts value is string {
  if (!isIsoDate(value)) {
    throw new DomainError('BAD_USER_INPUT', `${label} must be a real date`, { field });
  }
}
