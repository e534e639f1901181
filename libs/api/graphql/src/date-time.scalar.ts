import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/**
 * An instant written as ISO 8601 with a date, a time and an offset (`Z` or `±HH:MM`):
 * `2026-12-07T09:30:00Z`, `2026-12-07T09:30:00.123+01:00`. Seconds and fractions are optional.
 */
const INSTANT =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

function refuse(): never {
  throw new GraphQLError(
    'A date and time must be written as ISO 8601 with its offset, such as 2026-12-07T09:30:00Z',
    { extensions: { code: 'BAD_USER_INPUT' } },
  );
}

function parse(value: unknown): Date {
  if (typeof value !== 'string' || !INSTANT.test(value)) refuse();
  const instant = new Date(value);
  // The pattern lets through days a month does not have (2026-02-30): the date must be real.
  if (Number.isNaN(instant.getTime()) || !sameCalendarDay(value, instant)) refuse();
  return instant;
}

/** Whether the date written in `value` is the calendar date of `instant` at the offset given. */
function sameCalendarDay(value: string, instant: Date): boolean {
  const offset = value.endsWith('Z') ? 0 : offsetMinutes(value.slice(-6));
  const local = new Date(instant.getTime() + offset * 60_000);
  return local.toISOString().slice(0, 10) === value.slice(0, 10);
}

function offsetMinutes(offset: string): number {
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

/**
 * The API's instants (Nest's default for `Date`, named DateTime, made strict): answers are
 * written in UTC, `2026-12-07T09:30:00.000Z`; what is sent must be a real date and time with
 * its offset, or it is refused with BAD_USER_INPUT (the default took any string and let an
 * invalid date reach the database).
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description:
    'An instant, written as ISO 8601 with its offset (answers in UTC), such as 2019-12-03T09:54:33Z',
  serialize: (value) => {
    const instant = value instanceof Date ? value : new Date(value as string);
    if (Number.isNaN(instant.getTime())) throw new TypeError('Not a valid date and time');
    return instant.toISOString();
  },
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? parse(ast.value) : refuse()),
});
