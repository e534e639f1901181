/**
 * London time: meetings are stored as UTC instants and shown, and entered, in Europe/London.
 *
 * The rules, in plain English:
 *
 * 1. The UK keeps Greenwich Mean Time (GMT, UTC+0) in winter and British Summer Time (BST,
 *    UTC+1) in summer. Since 1996 the clocks go forward at 01:00 UTC on the last Sunday of March
 *    (1am GMT becomes 2am BST) and back at 01:00 UTC on the last Sunday of October (2am BST
 *    becomes 1am GMT). The rules are read from the time zone database that Node's Intl carries
 *    (Europe/London), so a change in the law arrives with a Node update, not a code change.
 * 2. A London date and time entered by a person names one instant, except:
 *    - in the hour skipped when the clocks go forward (1am to 1:59am on the last Sunday of
 *      March), which does not exist: refused with BAD_USER_INPUT, the message saying why;
 *    - in the hour repeated when the clocks go back (1am to 1:59am on the last Sunday of
 *      October), which happens twice: the FIRST occurrence, in BST, is chosen. A meeting at
 *      "1:30am" that night is taken to be at 00:30 UTC, not 01:30 UTC. (Nobody meets then; the
 *      choice only has to be made, and be the same every time.)
 * 3. Times are written as GOV.UK writes them: 10am, 12:30pm, midday, midnight; dates as
 *    "Tuesday 31 March 2026".
 *
 * Only the years 1972 to 9999 are supported: since 1972 London has only ever been on GMT or BST.
 */
import { DomainError } from './domain-error';
import { addDays, formatLongDate, isIsoDate } from './iso-date';

/** A London wall-clock time in 24-hour form with two-digit hours and minutes, like `09:30`. */
const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

const MINUTE = 60_000;
const DAY = 86_400_000;

/** The first and last instants this module will convert (1972-01-01 to 9999-12-31 in UTC). */
const EARLIEST = Date.UTC(1972, 0, 1);
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** London's wall clock, to the second, as numbers. `h23` so that midnight is 00, never 24. */
const LONDON_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The name of a time zone London keeps. */
export type LondonZone = 'GMT' | 'BST';

/** A UTC instant as it reads on a London clock. */
export interface LondonDateTime {
  /** The London calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The London wall-clock time to the minute (seconds dropped), `HH:MM` from 00:00 to 23:59. */
  readonly time: string;
  /** How far London is ahead of UTC at that instant: 0 (GMT) or 60 (BST). */
  readonly offsetMinutes: number;
  readonly zoneAbbreviation: LondonZone;
}

/** Field names for the errors of `londonToUtc`, so that a form can show them by its own inputs. */
export interface LondonInputFields {
  readonly date?: string;
  readonly time?: string;
}

const HOUR = 3_600_000;

/**
 * London's offset in each UTC hour asked about so far. Reading the clock (Intl's formatToParts)
 * is slow and every meeting shown asks; London changes its clocks on the hour (UTC), so an hour
 * whose first and last seconds have one offset has it throughout, and is remembered. An hour in
 * which they differ is never remembered: each instant in it is read from the clock.
 */
const offsetByHour = new Map<number, number>();
/** Plenty for every meeting in the data (one hour each); emptied when full. */
const MOST_HOURS_REMEMBERED = 100_000;

/** How many minutes London is ahead of UTC at the instant `ms`. */
function offsetAt(ms: number): number {
  const hour = Math.floor(ms / HOUR);
  const remembered = offsetByHour.get(hour);
  if (remembered !== undefined) return remembered;
  const first = offsetOnTheClock(hour * HOUR);
  if (first !== offsetOnTheClock(hour * HOUR + HOUR - 1000)) return offsetOnTheClock(ms);
  if (offsetByHour.size >= MOST_HOURS_REMEMBERED) offsetByHour.clear();
  offsetByHour.set(hour, first);
  return first;
}

/** How many minutes London is ahead of UTC at the instant `ms`, read from London's clock. */
function offsetOnTheClock(ms: number): number {
  const parts: Record<string, number> = {};
  for (const part of LONDON_CLOCK.formatToParts(new Date(ms))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    parts['year'],
    parts['month'] - 1,
    parts['day'],
    parts['hour'],
    parts['minute'],
    parts['second'],
  );
  const wholeSecond = ms - (((ms % 1000) + 1000) % 1000);
  return Math.round((wall - wholeSecond) / MINUTE);
}

function zoneOf(offsetMinutes: number): LondonZone {
  if (offsetMinutes === 0) return 'GMT';
  if (offsetMinutes === 60) return 'BST';
  throw new RangeError(`London was neither on GMT nor on BST (UTC+${offsetMinutes} minutes)`);
}

function assertSupportedInstant(instant: Date, name: string): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`${name}: not a valid Date`);
  if (ms < EARLIEST || ms > LATEST) {
    throw new RangeError(`${name}: ${instant.toISOString()} is outside the years 1972 to 9999`);
  }
  return ms;
}

/**
 * The London date, time (to the minute), offset and zone at `instant`: 2026-07-01T09:00Z is
 * `{ date: '2026-07-01', time: '10:00', offsetMinutes: 60, zoneAbbreviation: 'BST' }`.
 * Throws a RangeError for an invalid Date or one outside the years 1972 to 9999.
 */
export function utcToLondon(instant: Date): LondonDateTime {
  const ms = assertSupportedInstant(instant, 'utcToLondon');
  const offsetMinutes = offsetAt(ms);
  const wall = new Date(ms + offsetMinutes * MINUTE).toISOString();
  return {
    date: wall.slice(0, 10),
    time: wall.slice(11, 16),
    offsetMinutes,
    zoneAbbreviation: zoneOf(offsetMinutes),
  };
}

/** Whether `value` is a wall-clock time written `HH:MM` in 24-hour form, from 00:00 to 23:59. */
export function isClockTime(value: unknown): value is string {
  return typeof value === 'string' && CLOCK_TIME.test(value);
}

/**
 * The instant at which London clocks show `time` (`HH:MM`, 24-hour) on `date` (`YYYY-MM-DD`).
 *
 * - A time in the hour skipped when the clocks go forward (1am to 1:59am on the last Sunday of
 *   March) does not exist: BAD_USER_INPUT on the time field, saying so.
 * - A time in the hour repeated when the clocks go back (1am to 1:59am on the last Sunday of
 *   October) happens twice: the first occurrence, in BST, is returned.
 * - A date that is not a real date, or outside the years 1972 to 9999: BAD_USER_INPUT on the
 *   date field; a time not written `HH:MM` from 00:00 to 23:59: BAD_USER_INPUT on the time field.
 *
 * `fields` names the form's inputs in the errors' `details.field` (`date` and `time` unless
 * told otherwise).
 */
export function londonToUtc(date: string, time: string, fields: LondonInputFields = {}): Date {
  const dateField = fields.date ?? 'date';
  const timeField = fields.time ?? 'time';
  if (!isIsoDate(date) || date < '1972-01-01') {
    throw new DomainError('BAD_USER_INPUT', 'The date must be a real date', { field: dateField });
  }
  const clock = isClockTime(time) ? CLOCK_TIME.exec(time) : null;
  if (clock === null) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'The time must be a real time in the 24-hour clock, like 09:30 or 14:00',
      { field: timeField },
    );
  }
  // The wall-clock reading as if it were UTC; the instant is this less London's offset then.
  const wall = Date.parse(`${date}T${time}:00Z`);
  const offsets = new Set([offsetAt(wall - DAY), offsetAt(wall), offsetAt(wall + DAY)]);
  const candidates = [...offsets]
    .map((offset) => wall - offset * MINUTE)
    .filter((ms) => offsetAt(ms) * MINUTE === wall - ms)
    .sort((a, b) => a - b);
  // The earliest is the first occurrence of a repeated time (BST, before the clocks go back).
  if (candidates.length > 0) return new Date(candidates[0]);
  throw new DomainError('BAD_USER_INPUT', skippedTimeMessage(wall, [...offsets]), {
    field: timeField,
  });
}

/** The message for a wall-clock time that London skips when the clocks go forward. */
function skippedTimeMessage(wall: number, offsets: number[]): string {
  const before = Math.min(...offsets);
  const after = Math.max(...offsets);
  // The clocks change at some minute in (wall - after, wall - before]: find the first minute on
  // the later offset.
  let lo = wall - after * MINUTE;
  let hi = wall - before * MINUTE;
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / MINUTE / 2) * MINUTE;
    if (offsetAt(mid) === after) hi = mid;
    else lo = mid;
  }
  const from = new Date(hi + before * MINUTE).toISOString();
  const to = new Date(hi + after * MINUTE).toISOString();
  const asked = new Date(wall).toISOString();
  return (
    `The clocks go forward from ${formatTimeOfDay(from.slice(11, 16))} to ` +
    `${formatTimeOfDay(to.slice(11, 16))} on ${formatLondonDate(from.slice(0, 10))}, so there ` +
    `is no ${formatTimeOfDay(asked.slice(11, 16))} that day. Enter a time before ` +
    `${formatTimeOfDay(from.slice(11, 16))} or from ${formatTimeOfDay(to.slice(11, 16))}`
  );
}

/**
 * A 24-hour `HH:MM` time as GOV.UK writes it: `00:00` is "midnight", `12:00` is "midday", `10:00`
 * is "10am", `12:30` is "12:30pm", `17:05` is "5:05pm". Throws a RangeError for anything else.
 */
export function formatTimeOfDay(time: string): string {
  const clock = CLOCK_TIME.exec(time);
  if (clock === null) throw new RangeError(`formatTimeOfDay: not an HH:MM time: ${String(time)}`);
  const hours = Number(clock[1]);
  const minutes = clock[2];
  if (hours === 0 && minutes === '00') return 'midnight';
  if (hours === 12 && minutes === '00') return 'midday';
  const suffix = hours < 12 ? 'am' : 'pm';
  const hour = hours % 12 === 0 ? 12 : hours % 12;
  return minutes === '00' ? `${hour}${suffix}` : `${hour}:${minutes}${suffix}`;
}

const WEEKDAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long' });

/**
 * A `YYYY-MM-DD` date with its weekday, as GOV.UK writes it: "Tuesday 31 March 2026" (no comma,
 * no leading zero). Throws a RangeError for anything that is not a real date.
 */
export function formatLondonDate(date: string): string {
  const long = formatLongDate(date);
  return `${WEEKDAY.format(new Date(`${date}T12:00:00Z`))} ${long}`;
}

/**
 * When a meeting runs, in London time, as GOV.UK writes it:
 * - on one day: "Tuesday 31 March 2026, 10am to 12:30pm";
 * - ending at midnight at the end of its first day: "Friday 3 April 2026, 7pm to midnight";
 * - across days: "Friday 3 April 2026, 10pm to Saturday 4 April 2026, 1am".
 * When the clocks change during the meeting, each time is followed by its zone ("12:30am BST to
 * 1:30am GMT") so that the hour repeated in October can be told apart.
 * Throws a RangeError for an invalid Date or one outside the years 1972 to 9999.
 */
export function formatMeetingTime(startsAt: Date, endsAt: Date): string {
  const start = utcToLondon(startsAt);
  const end = utcToLondon(endsAt);
  const zones = start.offsetMinutes !== end.offsetMinutes;
  const at = (point: LondonDateTime) =>
    formatTimeOfDay(point.time) + (zones ? ` ${point.zoneAbbreviation}` : '');
  const day = formatLondonDate(start.date);
  if (end.date === start.date) return `${day}, ${at(start)} to ${at(end)}`;
  if (end.time === '00:00' && end.date === addDays(start.date, 1)) {
    return `${day}, ${at(start)} to ${at(end)}`;
  }
  return `${day}, ${at(start)} to ${formatLondonDate(end.date)}, ${at(end)}`;
}
