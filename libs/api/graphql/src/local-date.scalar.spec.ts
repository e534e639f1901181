import { Kind } from 'graphql';
import { LocalDateScalar } from './local-date.scalar';

describe('LocalDate scalar', () => {
  it.each(['2021-03-15', '2024-02-29', '1999-12-31'])('accepts %s', (value) => {
    expect(LocalDateScalar.parseValue(value)).toBe(value);
    expect(LocalDateScalar.serialize(value)).toBe(value);
    expect(LocalDateScalar.parseLiteral({ kind: Kind.STRING, value })).toBe(value);
  });

  it.each(['2023-02-29', '2021-13-01', '15/03/2021', '2021-03-15T00:00:00Z', '', 20210315, null])(
    'refuses %p as BAD_USER_INPUT',
    (value) => {
      expect(() => LocalDateScalar.parseValue(value)).toThrow(
        expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT' } }),
      );
    },
  );

  it('refuses a literal that is not a string', () => {
    expect(() => LocalDateScalar.parseLiteral({ kind: Kind.INT, value: '20210315' })).toThrow(
      'string',
    );
  });
});
