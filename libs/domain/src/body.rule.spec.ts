import fc from 'fast-check';
import {
  bodyDays,
  bodyExistsOn,
  bodyExistsOnOrAfter,
  bodyLastDay,
  validateBodyLifespan,
} from './body.rule';
import { addDays } from './iso-date';
import { isActiveOn } from './membership-term.rule';
import { DomainError } from './domain-error';

describe('validateBodyLifespan', () => {
  it.each([
    [{ establishedOn: '2021-03-15', dissolvedOn: null }],
    [{ establishedOn: '2021-03-15', dissolvedOn: '2022-05-23' }],
    // One day: established on the 15th, its last day the 15th, gone from the 16th.
    [{ establishedOn: '2021-03-15', dissolvedOn: '2021-03-16' }],
    [{ establishedOn: '2024-02-29', dissolvedOn: null }],
  ])('accepts %o', (lifespan) => {
    expect(() => validateBodyLifespan(lifespan)).not.toThrow();
  });

  it.each([
    [{ establishedOn: '2021-3-15', dissolvedOn: null }, 'establishedOn'],
    [{ establishedOn: '2023-02-29', dissolvedOn: null }, 'establishedOn'],
    [{ establishedOn: 'yesterday', dissolvedOn: null }, 'establishedOn'],
    [{ establishedOn: '2021-03-15', dissolvedOn: '2021-03-14' }, 'dissolvedOn'],
    // Zero days: dissolved on the day it was established, it would never have existed.
    [{ establishedOn: '2021-03-15', dissolvedOn: '2021-03-15' }, 'dissolvedOn'],
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

describe('validateBodyLifespan, blaming the date being changed', () => {
  it.each([
    [{ establishedOn: '2021-03-15', dissolvedOn: '2021-03-15' }, 'dissolvedOn', 'dissolvedOn'],
    [{ establishedOn: '2021-03-15', dissolvedOn: '2021-03-15' }, 'establishedOn', 'establishedOn'],
    [{ establishedOn: '2021-03-16', dissolvedOn: '2021-03-15' }, 'establishedOn', 'establishedOn'],
    // A date that is no date is named as it is, whichever is being changed.
    [{ establishedOn: '2021-02-30', dissolvedOn: '2021-03-15' }, 'dissolvedOn', 'establishedOn'],
  ] as const)('refuses %o, changing %s, on %s', (lifespan, change, field) => {
    expect(() => validateBodyLifespan(lifespan, change)).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field } }),
    );
  });

  it('accepts a lifespan exactly when the body exists on at least one day', () => {
    const day = fc
      .integer({ min: 0, max: 20000 })
      .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, day, fc.constantFrom('establishedOn', 'dissolvedOn'), (a, b, change) => {
        const lifespan = { establishedOn: a, dissolvedOn: b };
        let accepted = true;
        try {
          validateBodyLifespan(lifespan, change);
        } catch {
          accepted = false;
        }
        expect(accepted).toBe(bodyExistsOn(lifespan, a));
      }),
    );
  });
});

describe('bodyExistsOn', () => {
  const body = { establishedOn: '2021-03-15', dissolvedOn: '2022-05-23' };
  it.each([
    [body, '2021-03-14', false],
    [body, '2021-03-15', true],
    [body, '2022-05-22', true],
    // dissolvedOn is the first day the body no longer exists.
    [body, '2022-05-23', false],
    [body, '2022-05-24', false],
    [{ establishedOn: '2021-03-15', dissolvedOn: null }, '2021-03-14', false],
    [{ establishedOn: '2021-03-15', dissolvedOn: null }, '2021-03-15', true],
    [{ establishedOn: '2021-03-15', dissolvedOn: null }, '9999-12-31', true],
    // Dissolved on the day it was established: it never existed.
    [{ establishedOn: '2021-03-15', dissolvedOn: '2021-03-15' }, '2021-03-15', false],
  ])('%o on %s is %p', (lifespan, on, expected) => {
    expect(bodyExistsOn(lifespan, on)).toBe(expected);
  });

  const day = fc
    .integer({ min: 0, max: 20000 })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
  const lifespan = fc
    .tuple(day, fc.option(day, { nil: null }))
    .map(([a, b]) =>
      b === null
        ? { establishedOn: a, dissolvedOn: null }
        : { establishedOn: a <= b ? a : b, dissolvedOn: a <= b ? b : a },
    );

  it('is active on every day from establishment when never dissolved', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [establishedOn, on] = a <= b ? [a, b] : [b, a];
        return bodyExistsOn({ establishedOn, dissolvedOn: null }, on);
      }),
    );
  });

  it('exists exactly on the days from its establishment to its last day, both included', () => {
    fc.assert(
      fc.property(lifespan, day, (body, on) => {
        const last = bodyLastDay(body);
        const within = body.establishedOn <= on && (last === null || on <= last);
        expect(bodyExistsOn(body, on)).toBe(within);
      }),
    );
  });

  it('exists exactly on the days of bodyDays, the interval the cross-seating rules take', () => {
    fc.assert(
      fc.property(lifespan, day, (body, on) => {
        const { from, to } = bodyDays(body);
        expect(isActiveOn({ startsOn: from, endsOn: to }, on)).toBe(bodyExistsOn(body, on));
      }),
    );
  });

  it('exists on its last day and not on the day it is dissolved', () => {
    fc.assert(
      fc.property(lifespan, (body) => {
        fc.pre(body.dissolvedOn !== null && body.dissolvedOn > body.establishedOn);
        expect(bodyExistsOn(body, bodyLastDay(body) as string)).toBe(true);
        expect(bodyExistsOn(body, body.dissolvedOn as string)).toBe(false);
      }),
    );
  });
});

describe('bodyExistsOnOrAfter', () => {
  const body = { establishedOn: '2021-03-15', dissolvedOn: '2027-04-01' };
  it.each([
    [body, '2021-01-01', true],
    [body, '2026-11-24', true],
    // Its last day, then the day it is dissolved.
    [body, '2027-03-31', true],
    [body, '2027-04-01', false],
    [{ establishedOn: '2030-01-01', dissolvedOn: null }, '2026-11-24', true],
    [{ establishedOn: '2021-03-15', dissolvedOn: null }, '9999-12-31', true],
    // A body recorded as dissolved on its first day never exists.
    [{ establishedOn: '2021-03-15', dissolvedOn: '2021-03-15' }, '2021-01-01', false],
  ])('%o from %s is %p', (lifespan, on, expected) => {
    expect(bodyExistsOnOrAfter(lifespan, on)).toBe(expected);
  });

  it('is true exactly when the body exists on that day or on a later one', () => {
    const day = fc.integer({ min: 0, max: 60 }).map((n) => addDays('2024-01-01', n));
    const lifespan = fc.record({
      establishedOn: day,
      dissolvedOn: fc.option(day, { nil: null }),
    });
    fc.assert(
      fc.property(lifespan, day, (body, on) => {
        // Past the later of its dates, whether it exists no longer changes.
        const horizon = addDays('2024-01-01', 62);
        let exists = false;
        for (let d = on; d <= horizon; d = addDays(d, 1)) exists ||= bodyExistsOn(body, d);
        expect(bodyExistsOnOrAfter(body, on)).toBe(exists);
      }),
    );
  });
});

describe('bodyLastDay', () => {
  it.each([
    [{ dissolvedOn: null }, null],
    [{ dissolvedOn: '2022-05-23' }, '2022-05-22'],
    [{ dissolvedOn: '2024-03-01' }, '2024-02-29'],
    [{ dissolvedOn: '2023-01-01' }, '2022-12-31'],
  ])('of %o is %p', (lifespan, expected) => {
    expect(bodyLastDay(lifespan)).toBe(expected);
  });
});
