import { GraphQLError, Kind } from 'graphql';
import { DateTimeScalar } from './date-time.scalar';

describe('DateTimeScalar', () => {
  it.each([
    ['2026-12-07T09:30:00Z', '2026-12-07T09:30:00.000Z'],
    ['2026-12-07T09:30:00.123Z', '2026-12-07T09:30:00.123Z'],
    ['2026-12-07T09:30Z', '2026-12-07T09:30:00.000Z'],
    ['2026-07-01T10:00:00+01:00', '2026-07-01T09:00:00.000Z'],
    ['2026-12-31T23:30:00-01:00', '2027-01-01T00:30:00.000Z'],
    ['2024-02-29T12:00:00Z', '2024-02-29T12:00:00.000Z'],
  ])('reads %s as the instant %s', (sent, instant) => {
    expect(DateTimeScalar.parseValue(sent).toISOString()).toBe(instant);
    expect(DateTimeScalar.parseLiteral({ kind: Kind.STRING, value: sent }).toISOString()).toBe(
      instant,
    );
  });

  it.each([
    ['a date without a time', '2026-12-07'],
    ['a time without an offset', '2026-12-07T09:30:00'],
    ['a day the month does not have', '2026-02-30T09:30:00Z'],
    ['not a leap year', '2025-02-29T12:00:00Z'],
    ['hour 24', '2026-12-07T24:00:00Z'],
    ['a year past what a Date holds', '+275760-09-14T00:00:00Z'],
    ['words', 'yesterday'],
    ['other scripts', '󝹒􋣿񚈔𵫌'],
    ['an empty string', ''],
    ['a number', 1765099800000],
    ['null inside a list', [null]],
  ])('refuses %s with BAD_USER_INPUT', (_label, sent) => {
    let thrown: unknown;
    try {
      DateTimeScalar.parseValue(sent);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GraphQLError);
    expect((thrown as GraphQLError).extensions['code']).toBe('BAD_USER_INPUT');
  });

  it('refuses a literal that is not a string', () => {
    expect(() => DateTimeScalar.parseLiteral({ kind: Kind.INT, value: '1' })).toThrow(GraphQLError);
  });

  it('answers in UTC, and never writes an invalid date', () => {
    expect(DateTimeScalar.serialize(new Date(Date.UTC(2026, 11, 7, 9, 30)))).toBe(
      '2026-12-07T09:30:00.000Z',
    );
    expect(() => DateTimeScalar.serialize(new Date(Number.NaN))).toThrow(TypeError);
  });
});
