import {
  formatTime,
  londonClockTime,
  formatDateRange,
  formatDateTime,
  formatLocalDate,
  londonDateOf,
  londonDayStart,
  nextDay,
} from './dates';

describe('formatLocalDate', () => {
  it.each([
    ['2021-03-15', '15 March 2021'],
    ['2021-03-28', '28 March 2021'], // the day the clocks go forward
    ['2021-10-31', '31 October 2021'], // the day the clocks go back
    ['2024-02-29', '29 February 2024'],
    ['2021-01-01', '1 January 2021'],
    ['2021-12-31', '31 December 2021'],
  ])('shows %s as %s', (value, expected) => {
    expect(formatLocalDate(value)).toBe(expected);
  });

  it.each(['2021-3-15', '15/03/2021', '2021-03-15T00:00:00Z', '', '2021-02-29', '2021-13-01'])(
    'rejects %p',
    (value) => {
      expect(() => formatLocalDate(value)).toThrow(RangeError);
    },
  );
});

describe('formatDateTime', () => {
  it.each([
    ['2026-01-15T14:05:00Z', '15 January 2026 at 2:05pm'], // GMT
    ['2026-07-15T14:05:00Z', '15 July 2026 at 3:05pm'], // BST
    ['2026-07-15T11:00:00Z', '15 July 2026 at midday'],
    ['2026-01-15T00:00:00Z', '15 January 2026 at midnight'],
    ['2026-07-14T23:30:00Z', '15 July 2026 at 12:30am'], // the next day in London
    ['2026-01-15T09:00:59.999Z', '15 January 2026 at 9:00am'],
  ])('shows %s as %s', (value, expected) => {
    expect(formatDateTime(value)).toBe(expected);
  });

  it('rejects what is not an instant', () => {
    expect(() => formatDateTime('yesterday')).toThrow(RangeError);
  });
});

describe('londonDateOf', () => {
  it.each([
    ['2026-07-14T23:30:00Z', '2026-07-15'],
    ['2026-01-14T23:30:00Z', '2026-01-14'],
  ])('gives the London date at %s', (value, expected) => {
    expect(londonDateOf(new Date(value))).toBe(expected);
  });
});

describe('londonDayStart', () => {
  it.each([
    ['2026-01-15', '2026-01-15T00:00:00.000Z'],
    ['2026-07-15', '2026-07-14T23:00:00.000Z'],
    ['2026-03-29', '2026-03-29T00:00:00.000Z'], // the clocks go forward at 1am
    ['2026-03-30', '2026-03-29T23:00:00.000Z'],
    ['2026-10-25', '2026-10-24T23:00:00.000Z'], // the clocks go back at 2am
    ['2026-10-26', '2026-10-26T00:00:00.000Z'],
  ])('starts %s at %s', (value, expected) => {
    expect(londonDayStart(value)).toBe(expected);
  });

  it('rejects what is not a date', () => {
    expect(() => londonDayStart('2026-02-30')).toThrow(RangeError);
  });
});

describe('nextDay', () => {
  it.each([
    ['2026-02-28', '2026-03-01'],
    ['2024-02-28', '2024-02-29'],
    ['2026-12-31', '2027-01-01'],
  ])('after %s comes %s', (value, expected) => {
    expect(nextDay(value)).toBe(expected);
  });
});

describe('formatDateRange', () => {
  it.each([
    ['2021-04-21', '2021-06-08', '21 April to 8 June 2021'],
    ['2021-12-01', '2022-01-31', '1 December 2021 to 31 January 2022'],
    ['2021-06-08', '2021-06-08', '8 June 2021'],
  ])('shows %s to %s as %s', (from, to, expected) => {
    expect(formatDateRange(from, to)).toBe(expected);
  });

  it('rejects what is not a date', () => {
    expect(() => formatDateRange('2021-04-21', 'June')).toThrow(RangeError);
  });
});

describe('times of day in London', () => {
  it.each([
    ['2026-03-29T00:30:00Z', '12:30am', '00:30'],
    ['2026-03-29T01:30:00Z', '2:30am', '02:30'],
    ['2026-10-25T00:30:00Z', '1:30am', '01:30'],
    ['2026-10-25T01:30:00Z', '1:30am', '01:30'],
    ['2026-12-08T12:00:00Z', 'midday', '12:00'],
    ['2026-07-08T23:00:00Z', 'midnight', '00:00'],
  ])('%s is %s, %s on the 24-hour clock', (instant, words, clock) => {
    expect(formatTime(instant)).toBe(words);
    expect(londonClockTime(instant)).toBe(clock);
  });
});
