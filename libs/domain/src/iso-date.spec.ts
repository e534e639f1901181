import fc from 'fast-check';
import { DomainError } from './domain-error';
import { assertIsoDate, isIsoDate, londonDate } from './iso-date';

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
