import fc from 'fast-check';
import { DomainError } from './domain-error';
import {
  addDays,
  assertIsoDate,
  assertRealDate,
  formatLongDate,
  isIsoDate,
  londonDate,
} from './iso-date';

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-28', true],
    ['0001-01-01', true],
    ['2023-02-29', false],
    ['2023-04-31', false],
    ['2023-13-01', false],
    ['2023-00-10', false],
    ['2023-1-01', false],
    ['2023-01-01T00:00:00Z', false],
    [' 2023-01-01', false],
    ['', false],
    [null, false],
    [20230101, false],
  ])('%p is %p', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });

  it('accepts every day a Date can name from 1970 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 47_482 }), (n) =>
        isIsoDate(new Date(n * 86_400_000).toISOString().slice(0, 10)),
      ),
    );
  });
});

describe('assertIsoDate', () => {
  it('throws BAD_USER_INPUT naming the field', () => {
    expect(() => assertIsoDate('2023-02-30', 'on')).toThrow(DomainError);
    try {
      assertIsoDate('2023-02-30', 'on');
    } catch (error) {
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      expect((error as DomainError).details).toEqual({ field: 'on' });
    }
  });
});

describe('londonDate', () => {
  it.each([
    ['2024-06-30T23:30:00Z', '2024-07-01', 'summer time: UTC+1 is already the next day'],
    ['2024-12-31T23:30:00Z', '2024-12-31', 'winter: London is on UTC'],
    ['2024-03-31T00:59:59Z', '2024-03-31', 'the night the clocks go forward'],
    ['2024-10-26T23:00:00Z', '2024-10-27', 'the night the clocks go back, still BST'],
  ])('%s is %s in London (%s)', (instant, expected) => {
    expect(londonDate(new Date(instant))).toBe(expected);
  });
});

describe('addDays', () => {
  it.each([
    ['2024-02-28', 1, '2024-02-29', 'into a leap day'],
    ['2023-02-28', 1, '2023-03-01', 'over the end of February in a common year'],
    ['2024-12-31', 1, '2025-01-01', 'over the end of a year'],
    ['2025-01-01', -1, '2024-12-31', 'back over the start of a year'],
    ['2024-03-30', 1, '2024-03-31', 'into the day the London clocks go forward'],
    ['2024-03-31', 1, '2024-04-01', 'out of the day the London clocks go forward'],
    ['2024-10-27', 1, '2024-10-28', 'out of the day the London clocks go back'],
    ['2024-01-15', 0, '2024-01-15', 'by nothing'],
    ['2000-01-01', 366, '2001-01-01', 'over a whole leap year'],
    ['2021-04-14', -365, '2020-04-14', 'back a year over a leap day'],
    ['9999-12-30', 1, '9999-12-31', 'to the last representable day'],
    ['0001-01-02', -1, '0001-01-01', 'to the first day of year 1'],
  ])('%s + %p is %s (%s)', (iso, days, expected) => {
    expect(addDays(iso, days)).toBe(expected);
  });

  it.each([
    ['2023-02-29', 1, 'an impossible date'],
    ['14/04/2021', 1, 'a date in another form'],
    ['2021-04-14', 1.5, 'a fraction of a day'],
    ['2021-04-14', Number.NaN, 'NaN days'],
    ['9999-12-31', 1, 'a result past year 9999'],
    ['0000-01-01', -1, 'a result before year 0'],
  ])('refuses %s + %p (%s)', (iso, days) => {
    expect(() => addDays(iso, days)).toThrow(RangeError);
  });

  const day = fc.integer({ min: -719_162, max: 2_932_896 - 1 }); // 0001-01-01 .. 9999-12-31
  const toIso = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

  it('agrees with counting days since 1970', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -1000, max: 1000 }), (n, k) => {
        fc.pre(n + k >= -719_162 && n + k < 2_932_896);
        expect(addDays(toIso(n), k)).toBe(toIso(n + k));
      }),
    );
  });

  it('is undone by adding the opposite, and keeps string order as date order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 47_482 }),
        fc.integer({ min: -400, max: 400 }),
        (n, k) => {
          const iso = toIso(n);
          const moved = addDays(iso, k);
          expect(addDays(moved, -k)).toBe(iso);
          expect(Math.sign(moved.localeCompare(iso))).toBe(Math.sign(k));
        },
      ),
    );
  });
});

describe('formatLongDate', () => {
  it.each([
    ['2021-04-14', '14 April 2021'],
    ['2024-02-29', '29 February 2024'],
    ['2024-01-01', '1 January 2024'],
    ['2024-12-31', '31 December 2024'],
    ['2024-03-31', '31 March 2024'],
    ['2024-10-27', '27 October 2024'],
  ])('%s is written %s', (iso, expected) => {
    expect(formatLongDate(iso)).toBe(expected);
  });

  it.each([['2023-02-29'], ['2021-4-14'], [''], ['today']])('refuses %p', (iso) => {
    expect(() => formatLongDate(iso)).toThrow(RangeError);
  });

  it('writes every day from 1970 to 2100 as day, month name and year of that date', () => {
    const months =
      'January February March April May June July August September October November December'.split(
        ' ',
      );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 47_482 }), (n) => {
        const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
        const [y, m, d] = iso.split('-').map(Number);
        expect(formatLongDate(iso)).toBe(`${d} ${months[m - 1]} ${y}`);
      }),
    );
  });
});

describe('assertRealDate', () => {
  it('passes a real date', () => {
    expect(() => assertRealDate('2024-02-29', 'endsOn', 'End date')).not.toThrow();
  });

  it.each([['2023-02-29'], ['29/02/2024'], [null], [undefined], [20240229]])(
    'refuses %p with a plain-English BAD_USER_INPUT naming the field',
    (value) => {
      try {
        assertRealDate(value, 'endsOn', 'End date');
        throw new Error('expected a DomainError');
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        expect((error as DomainError).code).toBe('BAD_USER_INPUT');
        expect((error as DomainError).message).toBe('End date must be a real date');
        expect((error as DomainError).details).toEqual({ field: 'endsOn' });
      }
    },
  );
});
