import fc from 'fast-check';
import { DomainError } from './domain-error';
import { addDays } from './iso-date';
import {
  type Term,
  assertNoOverlap,
  coverage,
  describeTerm,
  endTerm,
  extendTerm,
  findOverlap,
  firstUncoveredDay,
  isActiveOn,
  splitTermAt,
  termCovers,
  termStatus,
  termsOverlap,
  validateTerm,
} from './membership-term.rule';

const t = (startsOn: string, endsOn: string | null = null): Term => ({ startsOn, endsOn });

/** The DomainError that `fn` throws; fails the test if it throws nothing or something else. */
function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

// Properties work in a small window of days (over a leap day), so that terms often touch,
// overlap or abut. Day n is BASE + n; finite terms end by day 55; the window runs to day 60,
// past every finite end, so an open term shows in the oracle as running to the window's end.
const BASE = '2024-02-20';
const WINDOW = 60;
const day = (n: number) => addDays(BASE, n);
const dayIndex = fc.integer({ min: 0, max: 40 });
const termArb: fc.Arbitrary<Term> = fc
  .tuple(dayIndex, fc.option(fc.integer({ min: 0, max: 15 }), { freq: 5 }))
  .map(([start, length]) => t(day(start), length === null ? null : day(start + length)));
const termsArb = fc.array(termArb, { maxLength: 8 });

/** The day numbers (0..WINDOW) on which `term` is active, by brute force. */
function days(term: Term): Set<number> {
  const result = new Set<number>();
  for (let n = 0; n <= WINDOW; n++) if (isActiveOn(term, day(n))) result.add(n);
  return result;
}
function daysOfAll(terms: readonly Term[]): Set<number> {
  return new Set(terms.flatMap((term) => [...days(term)]));
}
const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);

describe('validateTerm', () => {
  it.each([
    ['an open-ended term', t('2021-04-14')],
    ['a one-day term', t('2021-04-14', '2021-04-14')],
    ['a term over a leap day', t('2024-02-28', '2024-03-01')],
  ])('accepts %s', (_name, term) => {
    expect(() => validateTerm(term)).not.toThrow();
  });

  it.each([
    ['an impossible start', t('2023-02-29'), 'startsOn', 'Start date must be a real date'],
    ['a start in another form', t('14/04/2021'), 'startsOn', 'Start date must be a real date'],
    ['an impossible end', t('2021-04-14', '2021-04-31'), 'endsOn', 'End date must be a real date'],
    [
      'an end before the start',
      t('2021-04-14', '2021-04-13'),
      'endsOn',
      'End date must be the same as or after the start date, 14 April 2021',
    ],
  ])('refuses %s with BAD_USER_INPUT', (_name, term, field, message) => {
    const error = caught(() => validateTerm(term));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(message);
    expect(error.details).toEqual({ field });
  });
});

describe('isActiveOn and termStatus', () => {
  const term = t('2021-04-14', '2024-04-13');
  it.each([
    ['the day before it starts', term, '2021-04-13', false, 'FUTURE'],
    ['its first day', term, '2021-04-14', true, 'CURRENT'],
    ['a day in the middle', term, '2022-01-01', true, 'CURRENT'],
    ['its last day', term, '2024-04-13', true, 'CURRENT'],
    ['the day after its last day', term, '2024-04-14', false, 'PAST'],
    ['the day before an open term starts', t('2021-04-14'), '2021-04-13', false, 'FUTURE'],
    ['long after an open term starts', t('2021-04-14'), '2099-12-31', true, 'CURRENT'],
    [
      'the only day of a one-day term',
      t('2021-04-14', '2021-04-14'),
      '2021-04-14',
      true,
      'CURRENT',
    ],
  ] as const)('on %s: active %p, status %s', (_name, tm, on, active, status) => {
    expect(isActiveOn(tm, on)).toBe(active);
    expect(termStatus(tm, on)).toBe(status);
  });
});

describe('termsOverlap and termCovers', () => {
  it.each([
    ['apart', t('2021-01-01', '2021-01-31'), t('2021-03-01', '2021-03-31'), false],
    ['back to back', t('2021-01-01', '2021-01-31'), t('2021-02-01', '2021-02-28'), false],
    ['sharing one day', t('2021-01-01', '2021-02-01'), t('2021-02-01', '2021-02-28'), true],
    ['one inside the other', t('2021-01-01', '2021-12-31'), t('2021-06-01', '2021-06-01'), true],
    ['an open term and a later one', t('2021-01-01'), t('2030-01-01', '2030-12-31'), true],
    ['an open term and an earlier one', t('2021-01-01'), t('2020-01-01', '2020-12-31'), false],
    ['two open terms', t('2021-01-01'), t('2025-01-01'), true],
  ])('%s: overlap %p, either way round', (_name, a, b, expected) => {
    expect(termsOverlap(a, b)).toBe(expected);
    expect(termsOverlap(b, a)).toBe(expected);
  });

  it.each([
    ['itself', t('2021-01-01', '2021-12-31'), t('2021-01-01', '2021-12-31'), true],
    ['a term inside', t('2021-01-01', '2021-12-31'), t('2021-02-01', '2021-11-30'), true],
    [
      'a term starting a day early',
      t('2021-01-01', '2021-12-31'),
      t('2020-12-31', '2021-06-30'),
      false,
    ],
    [
      'a term ending a day late',
      t('2021-01-01', '2021-12-31'),
      t('2021-06-01', '2022-01-01'),
      false,
    ],
    ['an open term, from a closed one', t('2021-01-01', '2099-12-31'), t('2021-06-01'), false],
    ['a closed term, from an open one', t('2021-01-01'), t('2021-06-01', '2099-12-31'), true],
    ['a later open term, from an open one', t('2021-01-01'), t('2021-06-01'), true],
    ['an earlier open term, from an open one', t('2021-06-01'), t('2021-01-01'), false],
  ])('covers %s: %p', (_name, outer, inner, expected) => {
    expect(termCovers(outer, inner)).toBe(expected);
  });

  it('overlap is symmetric and agrees with sharing a day', () => {
    fc.assert(
      fc.property(termArb, termArb, (a, b) => {
        const shared = [...days(a)].some((n) => days(b).has(n));
        expect(termsOverlap(a, b)).toBe(shared);
        expect(termsOverlap(b, a)).toBe(shared);
      }),
    );
  });

  it('covers agrees with every day of the inner term being a day of the outer', () => {
    fc.assert(
      fc.property(termArb, termArb, (outer, inner) => {
        const outerDays = days(outer);
        expect(termCovers(outer, inner)).toBe([...days(inner)].every((n) => outerDays.has(n)));
      }),
    );
  });
});

describe('assertNoOverlap and findOverlap', () => {
  const existing = [
    { id: 'b', ...t('2022-01-01') },
    { id: 'a', ...t('2019-04-14', '2021-04-13') },
  ];

  it.each([
    ['a term between the two', t('2021-04-14', '2021-12-31')],
    ['a term before both', t('2010-01-01', '2019-04-13')],
    [
      'the same dates as its own entry, when changing it',
      { id: 'a', ...t('2019-04-14', '2021-12-31') },
    ],
  ])('lets through %s', (_name, candidate) => {
    expect(() => assertNoOverlap(candidate, existing)).not.toThrow();
  });

  it('lets through anything when there is nothing else', () => {
    expect(() => assertNoOverlap(t('2000-01-01'), [])).not.toThrow();
  });

  it.each([
    [
      'a term starting inside a closed one',
      t('2021-04-13', '2021-06-30'),
      'a',
      'startsOn',
      'This person already has a membership of this body from 14 April 2019 to 13 April 2021. ' +
        'Memberships of the same body cannot overlap.',
    ],
    [
      'a term running into an open one',
      t('2021-06-01', '2022-01-01'),
      'b',
      'endsOn',
      'This person already has a membership of this body from 1 January 2022, with no end date. ' +
        'Memberships of the same body cannot overlap.',
    ],
    [
      'a term over both, naming the earlier',
      t('2018-01-01'),
      'a',
      'endsOn',
      'This person already has a membership of this body from 14 April 2019 to 13 April 2021. ' +
        'Memberships of the same body cannot overlap.',
    ],
    [
      'a new term with no id the same as an existing one',
      t('2019-04-14', '2021-04-13'),
      'a',
      'startsOn',
      'This person already has a membership of this body from 14 April 2019 to 13 April 2021. ' +
        'Memberships of the same body cannot overlap.',
    ],
    [
      'a changed term overlapping another',
      { id: 'a', ...t('2019-04-14', '2022-01-01') },
      'b',
      'endsOn',
      'This person already has a membership of this body from 1 January 2022, with no end date. ' +
        'Memberships of the same body cannot overlap.',
    ],
  ])('refuses %s with MEMBERSHIP_OVERLAP', (_name, candidate, id, field, message) => {
    const error = caught(() => assertNoOverlap(candidate, existing));
    expect(error.code).toBe('MEMBERSHIP_OVERLAP');
    expect(error.message).toBe(message);
    expect(error.details).toEqual({ field, membershipId: id });
    expect(findOverlap(candidate, existing)?.id).toBe(id);
  });

  it('refuses exactly when some other entry shares a day', () => {
    const entries = fc
      .array(termArb, { maxLength: 5 })
      .map((ts) => ts.map((term, i) => ({ id: `m${i}`, ...term })));
    fc.assert(
      fc.property(termArb, fc.option(fc.integer({ min: 0, max: 4 })), entries, (term, self, es) => {
        const id = self === null ? undefined : `m${self}`;
        const candidate = { id, ...term };
        const clash = es.some((e) => e.id !== id && [...days(e)].some((n) => days(term).has(n)));
        if (clash)
          expect(caught(() => assertNoOverlap(candidate, es)).code).toBe('MEMBERSHIP_OVERLAP');
        else expect(() => assertNoOverlap(candidate, es)).not.toThrow();
      }),
    );
  });
});

describe('describeTerm', () => {
  it.each([
    [t('2021-04-14', '2024-04-13'), 'from 14 April 2021 to 13 April 2024'],
    [t('2021-04-14'), 'from 14 April 2021, with no end date'],
  ])('%o is %s', (term, text) => {
    expect(describeTerm(term)).toBe(text);
  });
});

describe('endTerm', () => {
  it.each([
    ['an open term', t('2021-04-14'), '2024-04-13'],
    ['an open term on its first day', t('2021-04-14'), '2021-04-14'],
    ['a term ending later', t('2021-04-14', '2025-01-01'), '2024-04-13'],
    ['a term ending the day after', t('2021-04-14', '2024-04-14'), '2024-04-13'],
  ])('ends %s', (_name, term, endsOn) => {
    const before = { ...term };
    expect(endTerm(term, endsOn)).toEqual({ startsOn: term.startsOn, endsOn });
    expect(term).toEqual(before);
  });

  it.each([
    [
      'before it starts',
      t('2021-04-14'),
      '2021-04-13',
      'BAD_USER_INPUT',
      'End date must be the same as or after the start date, 14 April 2021',
    ],
    [
      'on an impossible date',
      t('2021-04-14'),
      '2021-02-30',
      'BAD_USER_INPUT',
      'End date must be a real date',
    ],
    [
      'on the day it already ends',
      t('2021-04-14', '2024-04-13'),
      '2024-04-13',
      'INVALID_TRANSITION',
      'This membership already ends on 13 April 2024. To end it later, extend it instead.',
    ],
    [
      'after the day it already ends',
      t('2021-04-14', '2024-04-13'),
      '2025-01-01',
      'INVALID_TRANSITION',
      'This membership already ends on 13 April 2024. To end it later, extend it instead.',
    ],
    [
      'before it starts, when it has already ended (the date is checked first)',
      t('2021-04-14', '2024-04-13'),
      '2020-01-01',
      'BAD_USER_INPUT',
      'End date must be the same as or after the start date, 14 April 2021',
    ],
  ])('refuses to end a term %s', (_name, term, endsOn, code, message) => {
    const error = caught(() => endTerm(term, endsOn));
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
    expect(error.details).toEqual({ field: 'endsOn' });
  });
});

describe('extendTerm', () => {
  it.each([
    ['to a later date', t('2021-04-14', '2024-04-13'), '2027-04-13'],
    ['by one day', t('2021-04-14', '2024-04-13'), '2024-04-14'],
    ['with no end date', t('2021-04-14', '2024-04-13'), null],
  ])('extends a term %s', (_name, term, endsOn) => {
    expect(extendTerm(term, endsOn)).toEqual({ startsOn: term.startsOn, endsOn });
  });

  it.each([
    [
      'an open term',
      t('2021-04-14'),
      '2030-01-01',
      'INVALID_TRANSITION',
      'This membership has no end date, so it cannot be extended',
      undefined,
    ],
    [
      'an open term, to no end date',
      t('2021-04-14'),
      null,
      'INVALID_TRANSITION',
      'This membership has no end date, so it cannot be extended',
      undefined,
    ],
    [
      'to the day it already ends',
      t('2021-04-14', '2024-04-13'),
      '2024-04-13',
      'BAD_USER_INPUT',
      'New end date must be after 13 April 2024, when the membership now ends',
      { field: 'endsOn' },
    ],
    [
      'to an earlier day',
      t('2021-04-14', '2024-04-13'),
      '2023-01-01',
      'BAD_USER_INPUT',
      'New end date must be after 13 April 2024, when the membership now ends',
      { field: 'endsOn' },
    ],
    [
      'to an impossible date',
      t('2021-04-14', '2024-04-13'),
      '2025-02-29',
      'BAD_USER_INPUT',
      'End date must be a real date',
      { field: 'endsOn' },
    ],
  ])('refuses to extend %s', (_name, term, endsOn, code, message, details) => {
    const error = caught(() => extendTerm(term, endsOn));
    expect(error.code).toBe(code);
    expect(error.message).toBe(message);
    expect(error.details).toEqual(details);
  });
});

describe('splitTermAt', () => {
  it.each([
    [
      'a closed term in the middle',
      t('2021-04-14', '2024-04-13'),
      '2022-01-01',
      [t('2021-04-14', '2021-12-31'), t('2022-01-01', '2024-04-13')],
    ],
    [
      'a closed term on its last day',
      t('2021-04-14', '2024-04-13'),
      '2024-04-13',
      [t('2021-04-14', '2024-04-12'), t('2024-04-13', '2024-04-13')],
    ],
    [
      'a term on its second day',
      t('2021-04-14', '2024-04-13'),
      '2021-04-15',
      [t('2021-04-14', '2021-04-14'), t('2021-04-15', '2024-04-13')],
    ],
    [
      'an open term',
      t('2021-04-14'),
      '2024-03-01',
      [t('2021-04-14', '2024-02-29'), t('2024-03-01')],
    ],
  ])('splits %s', (_name, term, on, parts) => {
    expect(splitTermAt(term, on)).toEqual(parts);
  });

  it.each([
    [
      'on its first day',
      t('2021-04-14', '2024-04-13'),
      '2021-04-14',
      'Date of the change must be after 14 April 2021, when the membership starts',
    ],
    [
      'before it starts',
      t('2021-04-14'),
      '2020-01-01',
      'Date of the change must be after 14 April 2021, when the membership starts',
    ],
    [
      'after it ends',
      t('2021-04-14', '2024-04-13'),
      '2024-04-14',
      'Date of the change must be on or before 13 April 2024, when the membership ends',
    ],
    [
      'on an impossible date',
      t('2021-04-14'),
      '2022-13-01',
      'Date of the change must be a real date',
    ],
  ])('refuses to split a term %s', (_name, term, on, message) => {
    const error = caught(() => splitTermAt(term, on));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(message);
    expect(error.details).toEqual({ field: 'on' });
  });

  it('splits into two terms that share no day, meet without a gap and cover the same days', () => {
    fc.assert(
      fc.property(termArb, fc.integer({ min: 1, max: 15 }), (term, offset) => {
        const on = addDays(term.startsOn, offset);
        fc.pre(isActiveOn(term, on));
        const [first, second] = splitTermAt(term, on);
        expect(() => validateTerm(first)).not.toThrow();
        expect(() => validateTerm(second)).not.toThrow();
        expect(termsOverlap(first, second)).toBe(false);
        expect(second.startsOn).toBe(on);
        expect(addDays(first.endsOn as string, 1)).toBe(on);
        expect(coverage([first, second])).toEqual([term]);
      }),
    );
  });
});

describe('coverage', () => {
  it.each([
    ['nothing', [], []],
    ['one term', [t('2021-01-01', '2021-12-31')], [t('2021-01-01', '2021-12-31')]],
    [
      'two terms apart, out of order',
      [t('2023-01-01', '2023-12-31'), t('2021-01-01', '2021-12-31')],
      [t('2021-01-01', '2021-12-31'), t('2023-01-01', '2023-12-31')],
    ],
    [
      'two terms back to back',
      [t('2021-01-01', '2021-12-31'), t('2022-01-01', '2022-06-30')],
      [t('2021-01-01', '2022-06-30')],
    ],
    [
      'two terms a day apart',
      [t('2021-01-01', '2021-12-30'), t('2022-01-01', '2022-06-30')],
      [t('2021-01-01', '2021-12-30'), t('2022-01-01', '2022-06-30')],
    ],
    [
      'a term inside another',
      [t('2021-01-01', '2021-12-31'), t('2021-03-01', '2021-03-31')],
      [t('2021-01-01', '2021-12-31')],
    ],
    [
      'an open term swallowing later ones',
      [t('2022-01-01', '2022-12-31'), t('2021-01-01'), t('2030-01-01', '2030-01-31')],
      [t('2021-01-01')],
    ],
    [
      'a closed term running into an open one',
      [t('2021-01-01', '2021-06-30'), t('2021-07-01')],
      [t('2021-01-01')],
    ],
    [
      'overlapping terms over a leap day',
      [t('2024-02-01', '2024-02-29'), t('2024-02-15', '2024-03-10'), t('2024-03-11', '2024-03-11')],
      [t('2024-02-01', '2024-03-11')],
    ],
    ['a term that ends before it starts', [t('2021-01-02', '2021-01-01')], []],
  ])('of %s', (_name, terms, expected) => {
    expect(coverage(terms)).toEqual(expected);
  });

  it('does not change its input', () => {
    const terms = [t('2021-01-01', '2021-06-30'), t('2021-07-01', '2021-12-31')];
    coverage(terms);
    expect(terms).toEqual([t('2021-01-01', '2021-06-30'), t('2021-07-01', '2021-12-31')]);
  });

  it('covers exactly the days its inputs cover', () => {
    fc.assert(
      fc.property(termsArb, (terms) => {
        expect(sorted(daysOfAll(coverage(terms)))).toEqual(sorted(daysOfAll(terms)));
      }),
    );
  });

  it('is sorted, with gaps of at least a day between its terms, and at most one open term, last', () => {
    fc.assert(
      fc.property(termsArb, (terms) => {
        const merged = coverage(terms);
        merged.forEach((term, i) => {
          expect(() => validateTerm(term)).not.toThrow();
          const next = merged[i + 1];
          if (next === undefined) return;
          expect(term.endsOn).not.toBeNull();
          expect(addDays(term.endsOn as string, 1) < next.startsOn).toBe(true);
        });
      }),
    );
  });

  it('is idempotent and does not depend on the order of its inputs', () => {
    fc.assert(
      fc.property(
        termsArb.chain((ts) =>
          fc.tuple(fc.constant(ts), fc.shuffledSubarray(ts, { minLength: ts.length })),
        ),
        ([terms, shuffled]) => {
          const merged = coverage(terms);
          expect(coverage(merged)).toEqual(merged);
          expect(coverage(shuffled)).toEqual(merged);
        },
      ),
    );
  });

  it('covers each of its inputs, by termCovers', () => {
    fc.assert(
      fc.property(termsArb, (terms) => {
        const merged = coverage(terms);
        for (const term of terms) expect(merged.some((m) => termCovers(m, term))).toBe(true);
      }),
    );
  });
});

describe('firstUncoveredDay', () => {
  it.each([
    ['nothing covers it', [], t('2021-01-01', '2021-12-31'), '2021-01-01'],
    ['one term covers it', [t('2020-01-01')], t('2021-01-01', '2021-12-31'), null],
    ['an open term is covered by an open term', [t('2020-01-01')], t('2021-01-01'), null],
    [
      'terms back to back cover it',
      [t('2022-01-01', '2022-12-31'), t('2020-01-01', '2021-12-31')],
      t('2021-01-01', '2022-12-31'),
      null,
    ],
    [
      'covering ends a day early',
      [t('2020-01-01', '2021-12-30')],
      t('2021-01-01', '2021-12-31'),
      '2021-12-31',
    ],
    ['covering starts a day late', [t('2021-01-02')], t('2021-01-01', '2021-12-31'), '2021-01-01'],
    [
      'a gap in the middle',
      [t('2020-01-01', '2021-03-31'), t('2021-04-02')],
      t('2021-01-01', '2021-12-31'),
      '2021-04-01',
    ],
    [
      'an open term past a closed cover',
      [t('2020-01-01', '2030-12-31')],
      t('2021-01-01'),
      '2031-01-01',
    ],
    ['a cover to the last day there is', [t('2020-01-01', '9999-12-31')], t('2021-01-01'), null],
  ])('when %s', (_name, terms, term, expected) => {
    expect(firstUncoveredDay(terms, term)).toBe(expected);
  });

  it('is the first day of the term that no term covers, by brute force', () => {
    fc.assert(
      fc.property(termsArb, termArb, (terms, term) => {
        const covered = daysOfAll(terms);
        const first = sorted(days(term)).find((n) => !covered.has(n));
        const result = firstUncoveredDay(terms, term);
        if (first === undefined) {
          // Every day of the window is covered; an open term may still run past the covers.
          if (result !== null) expect(result > day(WINDOW)).toBe(true);
        } else {
          expect(result).toBe(day(first));
        }
        expect(result === null).toBe(coverage(terms).some((m) => termCovers(m, term)));
      }),
    );
  });
});
