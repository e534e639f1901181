import fc from 'fast-check';
import { DomainError } from './domain-error';
import { addDays } from './iso-date';
import {
  formatLondonDate,
  formatMeetingTime,
  formatTimeOfDay,
  isClockTime,
  londonToUtc,
  utcToLondon,
} from './london-time';

function caught(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

const MINUTE = 60_000;
const at = (iso: string) => new Date(iso);

// An oracle written from the law, not from Intl: since 1996 the UK's clocks go forward at
// 01:00 UTC on the last Sunday of March and back at 01:00 UTC on the last Sunday of October.
function lastSunday(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}
const forward = (year: number) => Date.UTC(year, 2, lastSunday(year, 2), 1);
const back = (year: number) => Date.UTC(year, 9, lastSunday(year, 9), 1);
const ruleOffset = (ms: number) => {
  const year = new Date(ms).getUTCFullYear();
  return ms >= forward(year) && ms < back(year) ? 60 : 0;
};
/** Whether `ms` falls in the second occurrence of the repeated hour (01:00 to 01:59 GMT). */
const inSecondOccurrence = (ms: number) => {
  const year = new Date(ms).getUTCFullYear();
  return ms >= back(year) && ms < back(year) + 60 * MINUTE;
};

// Whole minutes from 1996 to 2099, often near a change of the clocks.
const FIRST = Date.UTC(1996, 0, 1) / MINUTE;
const LAST = Date.UTC(2099, 11, 31, 23, 59) / MINUTE;
const anyMinute = fc.integer({ min: FIRST, max: LAST }).map((m) => m * MINUTE);
const nearChange = fc
  .tuple(fc.integer({ min: 1996, max: 2099 }), fc.boolean(), fc.integer({ min: -180, max: 180 }))
  .map(([year, spring, minutes]) => (spring ? forward(year) : back(year)) + minutes * MINUTE);
const minuteArb = fc.oneof(anyMinute, nearChange);

describe('the oracle', () => {
  it.each([
    [2025, '2025-03-30', '2025-10-26'],
    [2026, '2026-03-29', '2026-10-25'],
    [2027, '2027-03-28', '2027-10-31'],
  ])('puts the changes of %i on the last Sundays of March and October', (year, march, october) => {
    expect(new Date(forward(year)).toISOString()).toBe(`${march}T01:00:00.000Z`);
    expect(new Date(back(year)).toISOString()).toBe(`${october}T01:00:00.000Z`);
  });
});

describe('utcToLondon', () => {
  it.each([
    // Winter and summer.
    ['2026-01-15T12:00:00Z', '2026-01-15', '12:00', 0, 'GMT'],
    ['2026-07-01T09:00:00Z', '2026-07-01', '10:00', 60, 'BST'],
    ['2026-06-30T23:30:00Z', '2026-07-01', '00:30', 60, 'BST'],
    ['2026-12-31T23:59:59Z', '2026-12-31', '23:59', 0, 'GMT'],
    // Clocks go forward: 1am GMT becomes 2am BST.
    ['2025-03-30T00:59:00Z', '2025-03-30', '00:59', 0, 'GMT'],
    ['2025-03-30T01:00:00Z', '2025-03-30', '02:00', 60, 'BST'],
    ['2026-03-29T00:59:00Z', '2026-03-29', '00:59', 0, 'GMT'],
    ['2026-03-29T01:00:00Z', '2026-03-29', '02:00', 60, 'BST'],
    ['2027-03-28T00:59:00Z', '2027-03-28', '00:59', 0, 'GMT'],
    ['2027-03-28T01:00:00Z', '2027-03-28', '02:00', 60, 'BST'],
    // Not on the Sunday before the last.
    ['2026-03-22T01:30:00Z', '2026-03-22', '01:30', 0, 'GMT'],
    // Clocks go back: 2am BST becomes 1am GMT, so 1am to 1:59am happens twice.
    ['2025-10-26T00:00:00Z', '2025-10-26', '01:00', 60, 'BST'],
    ['2025-10-26T00:59:00Z', '2025-10-26', '01:59', 60, 'BST'],
    ['2025-10-26T01:00:00Z', '2025-10-26', '01:00', 0, 'GMT'],
    ['2025-10-26T01:59:00Z', '2025-10-26', '01:59', 0, 'GMT'],
    ['2026-10-25T00:30:00Z', '2026-10-25', '01:30', 60, 'BST'],
    ['2026-10-25T01:30:00Z', '2026-10-25', '01:30', 0, 'GMT'],
    ['2027-10-30T23:00:00Z', '2027-10-31', '00:00', 60, 'BST'],
    ['2027-10-31T00:59:00Z', '2027-10-31', '01:59', 60, 'BST'],
    ['2027-10-31T01:00:00Z', '2027-10-31', '01:00', 0, 'GMT'],
    // Seconds are dropped, never rounded.
    ['2026-05-05T08:59:59.999Z', '2026-05-05', '09:59', 60, 'BST'],
  ])('%s is %s %s in London (UTC+%i, %s)', (instant, date, time, offsetMinutes, zone) => {
    expect(utcToLondon(at(instant))).toEqual({
      date,
      time,
      offsetMinutes,
      zoneAbbreviation: zone,
    });
  });

  it('agrees with the law for every minute from 1996 to 2099', () => {
    fc.assert(
      fc.property(minuteArb, (ms) => {
        const london = utcToLondon(new Date(ms));
        expect(london.offsetMinutes).toBe(ruleOffset(ms));
        const wall = new Date(ms + ruleOffset(ms) * MINUTE).toISOString();
        expect(`${london.date}T${london.time}`).toBe(wall.slice(0, 16));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    ['an invalid date', new Date(Number.NaN)],
    ['a date before 1972', at('1971-12-31T23:59:59Z')],
    ['a date after 9999', at('+010000-01-01T00:00:00Z')],
  ])('throws a RangeError for %s', (_name, instant) => {
    expect(() => utcToLondon(instant)).toThrow(RangeError);
  });
});

describe('londonToUtc', () => {
  it.each([
    ['2026-01-15', '12:00', '2026-01-15T12:00:00.000Z'],
    ['2026-07-01', '10:00', '2026-07-01T09:00:00.000Z'],
    ['2026-07-01', '00:30', '2026-06-30T23:30:00.000Z'],
    ['2026-12-31', '23:59', '2026-12-31T23:59:00.000Z'],
    ['2024-02-29', '09:00', '2024-02-29T09:00:00.000Z'],
    // Either side of the hour skipped when the clocks go forward.
    ['2025-03-30', '00:59', '2025-03-30T00:59:00.000Z'],
    ['2025-03-30', '02:00', '2025-03-30T01:00:00.000Z'],
    ['2026-03-29', '00:00', '2026-03-29T00:00:00.000Z'],
    ['2026-03-29', '00:59', '2026-03-29T00:59:00.000Z'],
    ['2026-03-29', '02:00', '2026-03-29T01:00:00.000Z'],
    ['2026-03-29', '03:00', '2026-03-29T02:00:00.000Z'],
    ['2027-03-28', '00:59', '2027-03-28T00:59:00.000Z'],
    ['2027-03-28', '02:00', '2027-03-28T01:00:00.000Z'],
    // A Sunday in March that is not the last has no gap.
    ['2026-03-22', '01:30', '2026-03-22T01:30:00.000Z'],
    // The repeated hour when the clocks go back: the first occurrence, in BST.
    ['2025-10-26', '00:59', '2025-10-25T23:59:00.000Z'],
    ['2025-10-26', '01:00', '2025-10-26T00:00:00.000Z'],
    ['2025-10-26', '01:59', '2025-10-26T00:59:00.000Z'],
    ['2025-10-26', '02:00', '2025-10-26T02:00:00.000Z'],
    ['2026-10-25', '01:30', '2026-10-25T00:30:00.000Z'],
    ['2026-10-25', '02:00', '2026-10-25T02:00:00.000Z'],
    ['2027-10-31', '00:00', '2027-10-30T23:00:00.000Z'],
    ['2027-10-31', '01:00', '2027-10-31T00:00:00.000Z'],
    ['2027-10-31', '01:59', '2027-10-31T00:59:00.000Z'],
    ['2027-10-31', '02:00', '2027-10-31T02:00:00.000Z'],
    ['2027-10-31', '23:59', '2027-10-31T23:59:00.000Z'],
  ])('%s %s in London is %s', (date, time, expected) => {
    expect(londonToUtc(date, time).toISOString()).toBe(expected);
  });

  it.each([
    ['2025-03-30', '01:00', 'Sunday 30 March 2025', '1am'],
    ['2025-03-30', '01:59', 'Sunday 30 March 2025', '1:59am'],
    ['2026-03-29', '01:00', 'Sunday 29 March 2026', '1am'],
    ['2026-03-29', '01:30', 'Sunday 29 March 2026', '1:30am'],
    ['2027-03-28', '01:45', 'Sunday 28 March 2027', '1:45am'],
  ])('refuses %s %s, skipped when the clocks go forward', (date, time, day, shown) => {
    const error = caught(() => londonToUtc(date, time));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(
      `The clocks go forward from 1am to 2am on ${day}, so there is no ${shown} that day. ` +
        'Enter a time before 1am or from 2am',
    );
    expect(error.details).toEqual({ field: 'time' });
  });

  it.each([
    ['an impossible date', '2026-02-29', '10:00', 'date', 'The date must be a real date'],
    ['a date in another form', '29/03/2026', '10:00', 'date', 'The date must be a real date'],
    ['a date before 1972', '1971-12-31', '10:00', 'date', 'The date must be a real date'],
    ['hour 24', '2026-03-29', '24:00', 'time', /^The time must be a real time/],
    ['minute 60', '2026-03-29', '10:60', 'time', /^The time must be a real time/],
    ['a one-digit hour', '2026-03-29', '9:30', 'time', /^The time must be a real time/],
    ['seconds', '2026-03-29', '09:30:00', 'time', /^The time must be a real time/],
    ['12-hour time', '2026-03-29', '10am', 'time', /^The time must be a real time/],
  ])('refuses %s with BAD_USER_INPUT', (_name, date, time, field, message) => {
    const error = caught(() => londonToUtc(date, time));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
    expect(error.details).toEqual({ field });
  });

  it('names the form fields it is given', () => {
    const fields = { date: 'startsOn', time: 'startTime' };
    expect(caught(() => londonToUtc('2026-02-30', '10:00', fields)).details).toEqual({
      field: 'startsOn',
    });
    expect(caught(() => londonToUtc('2026-03-29', '01:15', fields)).details).toEqual({
      field: 'startTime',
    });
  });

  it('gives back every whole-minute instant, except in the second occurrence of the repeated hour', () => {
    fc.assert(
      fc.property(minuteArb, (ms) => {
        const { date, time } = utcToLondon(new Date(ms));
        const back = londonToUtc(date, time).getTime();
        if (inSecondOccurrence(ms)) expect(back).toBe(ms - 60 * MINUTE);
        else expect(back).toBe(ms);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back as the date and time given, for every time that exists, and refuses only the skipped hour', () => {
    const dateArb = fc.oneof(
      fc.integer({ min: 0, max: 37_000 }).map((n) => addDays('1996-01-01', n)),
      fc
        .integer({ min: 1996, max: 2099 })
        .chain((year) =>
          fc.constantFrom(
            new Date(forward(year)).toISOString().slice(0, 10),
            new Date(back(year)).toISOString().slice(0, 10),
          ),
        ),
    );
    const timeArb = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(dateArb, timeArb, (date, time) => {
        const skipped =
          date === new Date(forward(Number(date.slice(0, 4)))).toISOString().slice(0, 10) &&
          time.startsWith('01:');
        if (skipped) {
          expect(caught(() => londonToUtc(date, time)).code).toBe('BAD_USER_INPUT');
        } else {
          const london = utcToLondon(londonToUtc(date, time));
          expect([london.date, london.time]).toEqual([date, time]);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('isClockTime', () => {
  it.each([
    ['00:00', true],
    ['09:30', true],
    ['23:59', true],
    ['24:00', false],
    ['9:30', false],
    ['09:3', false],
    ['09:30 ', false],
    [930, false],
    [null, false],
  ])('%p is %p', (value, expected) => {
    expect(isClockTime(value)).toBe(expected);
  });
});

describe('formatTimeOfDay', () => {
  it.each([
    ['00:00', 'midnight'],
    ['00:30', '12:30am'],
    ['01:00', '1am'],
    ['09:05', '9:05am'],
    ['10:00', '10am'],
    ['11:59', '11:59am'],
    ['12:00', 'midday'],
    ['12:30', '12:30pm'],
    ['13:00', '1pm'],
    ['17:30', '5:30pm'],
    ['23:59', '11:59pm'],
  ])('%s is %s', (time, text) => {
    expect(formatTimeOfDay(time)).toBe(text);
  });

  it('throws a RangeError for anything but HH:MM', () => {
    expect(() => formatTimeOfDay('24:00')).toThrow(RangeError);
  });
});

describe('formatLondonDate', () => {
  it.each([
    ['2026-03-31', 'Tuesday 31 March 2026'],
    ['2026-03-29', 'Sunday 29 March 2026'],
    ['2024-02-29', 'Thursday 29 February 2024'],
    ['2027-01-01', 'Friday 1 January 2027'],
  ])('%s is %s', (date, text) => {
    expect(formatLondonDate(date)).toBe(text);
  });
});

describe('formatMeetingTime', () => {
  it.each([
    [
      'a morning meeting in summer time',
      '2026-03-31T09:00:00Z',
      '2026-03-31T11:30:00Z',
      'Tuesday 31 March 2026, 10am to 12:30pm',
    ],
    [
      'a meeting in winter',
      '2026-01-13T14:00:00Z',
      '2026-01-13T15:45:00Z',
      'Tuesday 13 January 2026, 2pm to 3:45pm',
    ],
    [
      'a meeting ending at midday',
      '2026-06-02T09:00:00Z',
      '2026-06-02T11:00:00Z',
      'Tuesday 2 June 2026, 10am to midday',
    ],
    [
      'a meeting starting at midday',
      '2026-01-06T12:00:00Z',
      '2026-01-06T13:00:00Z',
      'Tuesday 6 January 2026, midday to 1pm',
    ],
    [
      'a meeting ending at midnight',
      '2026-04-03T18:00:00Z',
      '2026-04-03T23:00:00Z',
      'Friday 3 April 2026, 7pm to midnight',
    ],
    [
      'a meeting over midnight',
      '2026-04-03T21:00:00Z',
      '2026-04-04T00:00:00Z',
      'Friday 3 April 2026, 10pm to Saturday 4 April 2026, 1am',
    ],
    [
      'a meeting that is on another day in London than in UTC',
      '2026-06-30T23:00:00Z',
      '2026-07-01T01:00:00Z',
      'Wednesday 1 July 2026, midnight to 2am',
    ],
    [
      'a meeting across the clocks going back',
      '2026-10-24T23:30:00Z',
      '2026-10-25T01:15:00Z',
      'Sunday 25 October 2026, 12:30am BST to 1:15am GMT',
    ],
    [
      'a meeting across the clocks going forward',
      '2026-03-29T00:30:00Z',
      '2026-03-29T01:30:00Z',
      'Sunday 29 March 2026, 12:30am GMT to 2:30am BST',
    ],
  ])('writes %s', (_name, startsAt, endsAt, text) => {
    expect(formatMeetingTime(at(startsAt), at(endsAt))).toBe(text);
  });
});
