const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const longDate = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/**
 * A calendar date from the API (`YYYY-MM-DD`, a day in Europe/London) in the GOV.UK style,
 * e.g. "15 March 2021". The same on the server and in any browser, whatever its time zone.
 */
export function formatLocalDate(value: string): string {
  const match = LOCAL_DATE.exec(value);
  if (!match) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(value)}`);
  const [year, month, day] = match.slice(1).map(Number);
  // Noon UTC falls on the same calendar day in London whether it is GMT or BST.
  const noon = new Date(Date.UTC(year, month - 1, day, 12));
  if (noon.getUTCMonth() !== month - 1 || noon.getUTCDate() !== day) {
    throw new RangeError(`Not a calendar date: ${value}`);
  }
  return longDate.format(noon);
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
});

/** The wall-clock time in Europe/London at an instant, as fields. */
function londonWallClock(
  instant: Date,
): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts = Object.fromEntries(
    londonParts
      .formatToParts(instant)
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts['year'],
    month: parts['month'],
    day: parts['day'],
    hour: parts['hour'],
    minute: parts['minute'],
    second: parts['second'],
  };
}

/** The calendar date in Europe/London at an instant, as `YYYY-MM-DD`. */
export function londonDateOf(instant: Date): string {
  const { year, month, day } = londonWallClock(instant);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * An instant from the API (ISO 8601) in Europe/London time, in the GOV.UK style: "3 March 2026 at
 * 2:05pm", with "midday" and "midnight" for 12:00 and 00:00.
 */
export function formatDateTime(value: string): string {
  const instant = instantOf(value);
  return `${formatLocalDate(londonDateOf(instant))} at ${formatTime(value)}`;
}

function instantOf(value: string): Date {
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime()))
    throw new RangeError(`Not an instant: ${JSON.stringify(value)}`);
  return instant;
}

/** The time of day in Europe/London at an instant, GOV.UK style: "2:05pm", "midday", "midnight". */
export function formatTime(value: string): string {
  const { hour, minute } = londonWallClock(instantOf(value));
  if (minute === 0 && hour === 12) return 'midday';
  if (minute === 0 && hour === 0) return 'midnight';
  return `${hour % 12 || 12}:${String(minute).padStart(2, '0')}${hour < 12 ? 'am' : 'pm'}`;
}

/** The time of day in Europe/London at an instant on the 24-hour clock, as a form asks: "14:05". */
export function londonClockTime(value: string): string {
  const { hour, minute } = londonWallClock(instantOf(value));
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/**
 * The instant a calendar day begins in Europe/London (midnight, GMT or BST), as ISO 8601: for
 * asking the API about a day the person typed in.
 */
export function londonDayStart(value: string): string {
  formatLocalDate(value); // checks the date
  const [year, month, day] = value.split('-').map(Number);
  const guess = Date.UTC(year, month - 1, day);
  // London is UTC or one hour ahead; the clocks never change at midnight.
  const clock = londonWallClock(new Date(guess));
  const offset =
    Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute, clock.second) -
    guess;
  return new Date(guess - offset).toISOString();
}

/** The calendar day after `value` (`YYYY-MM-DD`). */
export function nextDay(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/**
 * Two calendar dates as a span in the GOV.UK style, the year said once when both share it:
 * "21 April to 8 June 2021", "1 December 2021 to 31 January 2022"; one date when they are the same.
 */
export function formatDateRange(from: string, to: string): string {
  const first = formatLocalDate(from);
  const last = formatLocalDate(to);
  if (from === to) return first;
  const sameYear = from.slice(0, 4) === to.slice(0, 4);
  return `${sameYear ? first.replace(/ \d{4}$/, '') : first} to ${last}`;
}
