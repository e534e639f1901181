import fc from 'fast-check';
import { isBodyActiveOn, validateBodyLifespan } from './body.rule';
import { DomainError } from './domain-error';

describe('validateBodyLifespan', () => {
  it.each([
    [{ establishedOn: '2021-03-15', dissolvedOn: null }],
    [{ establishedOn: '2021-03-15', dissolvedOn: '2022-05-23' }],
    [{ establishedOn: '2021-03-15', dissolvedOn: '2021-03-15' }],
    [{ establishedOn: '2024-02-29', dissolvedOn: null }],
  ])('accepts %o', (lifespan) => {
    expect(() => validateBodyLifespan(lifespan)).not.toThrow();
  });

  it.each([
    [{ establishedOn: '2021-3-15', dissolvedOn: null }, 'establishedOn'],
    [{ establishedOn: '2023-02-29', dissolvedOn: null }, 'establishedOn'],
    [{ establishedOn: 'yesterday', dissolvedOn: null }, 'establishedOn'],
    [{ establishedOn: '2021-03-15', dissolvedOn: '2021-03-14' }, 'dissolvedOn'],
    [{ establishedOn: '2021-03-15', dissolvedOn: '2021-13-01' }, 'dissolvedOn'],
  ])('refuses %o on %s with BAD_USER_INPUT', (lifespan, field) => {
    try {
      validateBodyLifespan(lifespan);
      throw new Error('expected a DomainError');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      expect((error as DomainError).details).toEqual({ field });
    }
  });
});

describe('isBodyActiveOn', () => {
  const body = { establishedOn: '2021-03-15', dissolvedOn: '2022-05-23' };
  it.each([
    ['2021-03-14', false],
    ['2021-03-15', true],
    ['2022-05-22', true],
    ['2022-05-23', false],
  ])('on %s is %p', (on, expected) => {
    expect(isBodyActiveOn(body, on)).toBe(expected);
  });

  it('is active on every day from establishment when never dissolved', () => {
    const day = fc
      .integer({ min: 0, max: 20000 })
      .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [establishedOn, on] = a <= b ? [a, b] : [b, a];
        return isBodyActiveOn({ establishedOn, dissolvedOn: null }, on);
      }),
    );
  });
});
