import fc from 'fast-check';
import { TERMS_OF_REFERENCE_STATUSES, quorumSchema } from '@boards/shared/contracts';
import { DomainError } from './domain-error';
import {
  TERMS_OF_REFERENCE_ACTIONS,
  TERMS_OF_REFERENCE_TRANSITIONS,
  describeQuorum,
  inForcePeriod,
  publicHistory,
  quorumRequired,
  termsOfReferenceTransition,
  validateEffectiveFrom,
  validatePublishable,
  validateQuorum,
  versionInForce,
  versionStanding,
  type DatedVersion,
  type Quorum,
} from './terms-of-reference.rule';

function caught(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

describe('termsOfReferenceTransition', () => {
  it.each([
    ['DRAFT', 'SAVE', 'DRAFT'],
    ['DRAFT', 'PUBLISH', 'PUBLISHED'],
    ['DRAFT', 'DISCARD', 'DISCARDED'],
    ['PUBLISHED', 'SUPERSEDE', 'SUPERSEDED'],
  ] as const)('%s + %s → %s', (status, action, expected) => {
    expect(termsOfReferenceTransition(status, action)).toBe(expected);
  });

  it.each([
    ['DRAFT', 'SUPERSEDE', /Only a published version can be superseded/],
    ['PUBLISHED', 'SAVE', /published and cannot be changed/],
    ['PUBLISHED', 'PUBLISH', /published and cannot be changed/],
    ['PUBLISHED', 'DISCARD', /published and cannot be changed/],
    ['SUPERSEDED', 'SAVE', /superseded and cannot be changed/],
    ['SUPERSEDED', 'PUBLISH', /superseded and cannot be changed/],
    ['SUPERSEDED', 'SUPERSEDE', /superseded and cannot be changed/],
    ['SUPERSEDED', 'DISCARD', /superseded and cannot be changed/],
  ] as const)('refuses %s + %s with INVALID_TRANSITION', (status, action, message) => {
    const error = caught(() => termsOfReferenceTransition(status, action));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toMatch(message);
    expect(error.details).toEqual({ status, action });
  });

  it('has a row for every status and every pair is either a step or a refusal', () => {
    expect(Object.keys(TERMS_OF_REFERENCE_TRANSITIONS).sort()).toEqual(
      [...TERMS_OF_REFERENCE_STATUSES].sort(),
    );
    for (const status of TERMS_OF_REFERENCE_STATUSES) {
      for (const action of TERMS_OF_REFERENCE_ACTIONS) {
        const step = TERMS_OF_REFERENCE_TRANSITIONS[status][action];
        if (step) expect(termsOfReferenceTransition(status, action)).toBe(step);
        else
          expect(caught(() => termsOfReferenceTransition(status, action)).code).toBe(
            'INVALID_TRANSITION',
          );
      }
    }
  });

  it('never leads back to a draft from a published or superseded version (publishing is final)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...TERMS_OF_REFERENCE_ACTIONS), { maxLength: 12 }),
        (actions) => {
          let status = 'DRAFT' as string;
          let published = false;
          for (const action of actions) {
            if (status === 'DISCARDED') break;
            const step = TERMS_OF_REFERENCE_TRANSITIONS[status as 'DRAFT'][action];
            if (!step) continue;
            status = step;
            if (status === 'PUBLISHED') published = true;
            if (published) expect(['PUBLISHED', 'SUPERSEDED']).toContain(status);
          }
        },
      ),
    );
  });
});

describe('validateQuorum', () => {
  it.each<Quorum>([
    { kind: 'COUNT', count: 1 },
    { kind: 'COUNT', count: 4 },
    { kind: 'COUNT', count: 500 },
    { kind: 'FRACTION', numerator: 1, denominator: 2 },
    { kind: 'FRACTION', numerator: 2, denominator: 3 },
    { kind: 'FRACTION', numerator: 1, denominator: 1 },
    { kind: 'FRACTION', numerator: 1, denominator: 100 },
  ])('accepts %o', (quorum) => {
    expect(() => validateQuorum(quorum)).not.toThrow();
  });

  it.each([
    ['no quorum', null, 'quorum.kind'],
    ['an unknown kind', { kind: 'PERCENT', count: 50 }, 'quorum.kind'],
    ['a count of nobody', { kind: 'COUNT', count: 0 }, 'quorum.count'],
    ['a negative count', { kind: 'COUNT', count: -3 }, 'quorum.count'],
    ['a fraction of a member', { kind: 'COUNT', count: 2.5 }, 'quorum.count'],
    ['a count over 500', { kind: 'COUNT', count: 501 }, 'quorum.count'],
    ['a count as text', { kind: 'COUNT', count: '4' }, 'quorum.count'],
    ['a fraction over one', { kind: 'FRACTION', numerator: 3, denominator: 2 }, 'quorum.numerator'],
    ['a zero numerator', { kind: 'FRACTION', numerator: 0, denominator: 2 }, 'quorum.numerator'],
    [
      'a zero denominator',
      { kind: 'FRACTION', numerator: 1, denominator: 0 },
      'quorum.denominator',
    ],
    [
      'a denominator over 100',
      { kind: 'FRACTION', numerator: 1, denominator: 101 },
      'quorum.denominator',
    ],
    [
      'a fractional numerator',
      { kind: 'FRACTION', numerator: 0.5, denominator: 2 },
      'quorum.numerator',
    ],
    ['a fraction without a denominator', { kind: 'FRACTION', numerator: 1 }, 'quorum.denominator'],
  ])('refuses %s with BAD_USER_INPUT on %s', (_label, quorum, field) => {
    const error = caught(() => validateQuorum(quorum));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ field });
  });

  it('agrees with the shared form schema on every quorum', () => {
    const candidate = fc.oneof(
      fc.record({ kind: fc.constant('COUNT'), count: fc.integer({ min: -5, max: 600 }) }),
      fc.record({
        kind: fc.constant('FRACTION'),
        numerator: fc.integer({ min: -2, max: 120 }),
        denominator: fc.integer({ min: -2, max: 120 }),
      }),
    );
    fc.assert(
      fc.property(candidate, (quorum) => {
        let ruleAccepts = true;
        try {
          validateQuorum(quorum);
        } catch {
          ruleAccepts = false;
        }
        expect(quorumSchema.safeParse(quorum).success).toBe(ruleAccepts);
      }),
    );
  });
});

describe('quorumRequired', () => {
  it.each([
    [{ kind: 'COUNT', count: 4 }, 10, 4],
    [{ kind: 'COUNT', count: 4 }, 3, 4],
    [{ kind: 'FRACTION', numerator: 1, denominator: 2 }, 10, 5],
    [{ kind: 'FRACTION', numerator: 1, denominator: 2 }, 11, 6],
    [{ kind: 'FRACTION', numerator: 1, denominator: 3 }, 9, 3],
    [{ kind: 'FRACTION', numerator: 1, denominator: 3 }, 10, 4],
    [{ kind: 'FRACTION', numerator: 2, denominator: 3 }, 12, 8],
    [{ kind: 'FRACTION', numerator: 2, denominator: 3 }, 13, 9],
    [{ kind: 'FRACTION', numerator: 1, denominator: 1 }, 7, 7],
    [{ kind: 'FRACTION', numerator: 1, denominator: 2 }, 1, 1],
    [{ kind: 'FRACTION', numerator: 1, denominator: 2 }, 0, 1],
    [{ kind: 'FRACTION', numerator: 1, denominator: 100 }, 3, 1],
  ] as [Quorum, number, number][])('%o of %i voting members needs %i', (quorum, members, need) => {
    expect(quorumRequired(quorum, members)).toBe(need);
  });

  it.each([-1, 2.5, Number.NaN])('refuses %p voting members', (members) => {
    expect(() => quorumRequired({ kind: 'COUNT', count: 2 }, members)).toThrow(RangeError);
  });

  it('is the smallest number of members that is at least the fraction (and at least one)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100 }).chain((denominator) =>
          fc.record({
            denominator: fc.constant(denominator),
            numerator: fc.integer({ min: 1, max: denominator }),
          }),
        ),
        fc.integer({ min: 0, max: 1000 }),
        ({ numerator, denominator }, members) => {
          const need = quorumRequired({ kind: 'FRACTION', numerator, denominator }, members);
          expect(need).toBeGreaterThanOrEqual(1);
          // need/members ≥ n/d, and one fewer would not be (unless the floor of one applies).
          expect(need * denominator).toBeGreaterThanOrEqual(members * numerator);
          if (need > 1) expect((need - 1) * denominator).toBeLessThan(members * numerator);
          expect(need).toBeLessThanOrEqual(Math.max(1, members));
        },
      ),
    );
  });
});

describe('describeQuorum', () => {
  it.each<[Quorum, string]>([
    [{ kind: 'COUNT', count: 1 }, 'At least 1 voting member'],
    [{ kind: 'COUNT', count: 4 }, 'At least 4 voting members'],
    [
      { kind: 'FRACTION', numerator: 1, denominator: 2 },
      'At least half of the voting members, rounded up',
    ],
    [
      { kind: 'FRACTION', numerator: 2, denominator: 3 },
      'At least two thirds of the voting members, rounded up',
    ],
    [{ kind: 'FRACTION', numerator: 3, denominator: 3 }, 'All the voting members'],
    [
      { kind: 'FRACTION', numerator: 5, denominator: 8 },
      'At least 5/8 of the voting members, rounded up',
    ],
  ])('%o is “%s”', (quorum, words) => {
    expect(describeQuorum(quorum)).toBe(words);
  });
});

describe('validatePublishable', () => {
  const complete = {
    content: '## Purpose\n\nAdvises the review.',
    quorum: { kind: 'COUNT', count: 4 } as Quorum,
    meetingFrequency: 'Every six weeks',
    composition: 'Up to 12 members.',
  };

  it('accepts a complete draft', () => {
    expect(() => validatePublishable(complete)).not.toThrow();
  });

  it.each([
    [{ content: '   ' }, { content: 'Write the text of the terms of reference' }],
    [{ quorum: null }, { quorum: 'Set the quorum' }],
    [
      { meetingFrequency: '', composition: '\n' },
      { meetingFrequency: 'Say how often it meets', composition: 'Describe who sits on it' },
    ],
  ])('refuses a draft missing %o, listing each part', (missing, fields) => {
    const error = caught(() => validatePublishable({ ...complete, ...missing }));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ field: Object.keys(fields)[0], fields });
    expect(error.message).toMatch(/^The draft is not finished: /);
  });
});

describe('validateEffectiveFrom', () => {
  const context = {
    establishedOn: '2021-04-14',
    dissolvedOn: null,
    previousEffectiveFrom: '2021-04-14',
  };

  it.each([
    ['the day after the previous version', '2021-04-15', context],
    ['years later', '2026-01-01', context],
    [
      'the day the body was established, for a first version',
      '2021-04-14',
      { ...context, previousEffectiveFrom: null },
    ],
    ['the day before dissolution', '2022-05-22', { ...context, dissolvedOn: '2022-05-23' }],
    ['a leap day', '2024-02-29', context],
  ])('accepts %s', (_label, date, ctx) => {
    expect(() => validateEffectiveFrom(date, ctx)).not.toThrow();
  });

  it.each([
    ['an impossible date', '2023-02-29', context, /must be a real date/],
    ['another format', '14/04/2022', context, /must be a real date/],
    ['nothing', undefined, context, /must be a real date/],
    [
      'a day before the body was established',
      '2021-04-13',
      { ...context, previousEffectiveFrom: null },
      /on or after 14 April 2021, when the body was established/,
    ],
    [
      'the same day as the previous version',
      '2021-04-14',
      context,
      /after 14 April 2021, when the current version came into force/,
    ],
    [
      'a day before the previous version',
      '2022-01-01',
      { ...context, previousEffectiveFrom: '2023-06-01' },
      /after 1 June 2023/,
    ],
    [
      'the day the body was dissolved',
      '2022-05-23',
      { ...context, dissolvedOn: '2022-05-23' },
      /before 23 May 2022, when the body was dissolved/,
    ],
  ])('refuses %s with BAD_USER_INPUT on effectiveFrom', (_label, date, ctx, message) => {
    const error = caught(() => validateEffectiveFrom(date, ctx));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ field: 'effectiveFrom' });
    expect(error.message).toMatch(message);
  });
});

describe('versionInForce and publicHistory', () => {
  const v = (number: number, status: DatedVersion['status'], effectiveFrom: string | null) => ({
    number,
    status,
    effectiveFrom,
  });
  const versions = [
    v(2, 'SUPERSEDED', '2023-01-01'),
    v(1, 'SUPERSEDED', '2021-04-14'),
    v(3, 'PUBLISHED', '2026-06-01'), // published ahead of the day it comes into force
    v(4, 'DRAFT', null),
  ];

  it.each([
    ['2021-04-13', null],
    ['2021-04-14', 1],
    ['2022-12-31', 1],
    ['2023-01-01', 2],
    ['2026-05-31', 2],
    ['2026-06-01', 3],
    ['2099-01-01', 3],
  ])('on %s version %p is in force', (on, number) => {
    expect(versionInForce(versions, on)?.number ?? null).toBe(number);
  });

  it('never picks a draft, and nothing is in force without published versions', () => {
    expect(versionInForce([v(1, 'DRAFT', null)], '2030-01-01')).toBeNull();
    expect(versionInForce([], '2030-01-01')).toBeNull();
  });

  it('lists published and superseded versions, newest first, without the draft', () => {
    expect(publicHistory(versions).map((x) => x.number)).toEqual([3, 2, 1]);
  });

  it('picks, for any day, the latest version that came into force by then', () => {
    const day = fc
      .integer({ min: 18_000, max: 22_000 })
      .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    const historyOf = (dates: string[]) =>
      [...dates]
        .sort()
        .map((date, i, all) => v(i + 1, i === all.length - 1 ? 'PUBLISHED' : 'SUPERSEDED', date));
    const shuffledHistory = fc
      .uniqueArray(day, { minLength: 1, maxLength: 8 })
      .chain((dates) =>
        fc.shuffledSubarray(historyOf(dates), { minLength: dates.length, maxLength: dates.length }),
      );
    fc.assert(
      fc.property(shuffledHistory, day, (history, on) => {
        const expected = history.filter((version) => (version.effectiveFrom ?? '') <= on).length;
        expect(versionInForce(history, on)?.number ?? 0).toBe(expected);
      }),
    );
  });
});

describe('inForcePeriod and versionStanding', () => {
  const v = (number: number, status: DatedVersion['status'], effectiveFrom: string | null) => ({
    number,
    status,
    effectiveFrom,
  });
  const versions = [
    v(2, 'SUPERSEDED', '2023-01-01'),
    v(1, 'SUPERSEDED', '2021-04-14'),
    v(3, 'PUBLISHED', '2026-06-01'), // published ahead of the day it comes into force
    v(4, 'DRAFT', null),
  ];

  it.each([
    [1, { from: '2021-04-14', to: '2022-12-31' }],
    [2, { from: '2023-01-01', to: '2026-05-31' }],
    [3, { from: '2026-06-01', to: null }],
    [4, null],
  ])('version %p is in force over %o', (number, period) => {
    const version = versions.find((x) => x.number === number) as DatedVersion;
    expect(inForcePeriod(version, versions)).toEqual(period);
  });

  it.each([
    // Today, 1 March 2026: version 2 in force, version 3 waiting for its day.
    ['2026-03-01', { 1: 'PAST', 2: 'CURRENT', 3: 'FUTURE', 4: 'DRAFT' }],
    ['2026-06-01', { 1: 'PAST', 2: 'PAST', 3: 'CURRENT', 4: 'DRAFT' }],
    ['2021-04-13', { 1: 'FUTURE', 2: 'FUTURE', 3: 'FUTURE', 4: 'DRAFT' }],
    ['2021-04-14', { 1: 'CURRENT', 2: 'FUTURE', 3: 'FUTURE', 4: 'DRAFT' }],
  ])('on %s the versions stand %o', (on, standings) => {
    expect(
      Object.fromEntries(versions.map((x) => [x.number, versionStanding(x, versions, on)])),
    ).toEqual(standings);
  });

  it('names no period for a version overtaken on its first day', () => {
    const tied = [v(1, 'SUPERSEDED', '2024-01-01'), v(2, 'PUBLISHED', '2024-01-01')];
    expect(inForcePeriod(tied[0], tied)).toBeNull();
    expect(versionStanding(tied[0], tied, '2024-01-01')).toBe('PAST');
    expect(versionStanding(tied[1], tied, '2024-01-01')).toBe('CURRENT');
  });

  it('agrees with versionInForce on every day, for any versions', () => {
    const day = fc
      .integer({ min: 18_000, max: 18_400 })
      .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
    const version = fc.record({
      status: fc.constantFrom('DRAFT', 'PUBLISHED', 'SUPERSEDED' as const),
      effectiveFrom: fc.option(day, { nil: null }),
    });
    const history = fc
      .array(version, { maxLength: 6 })
      .map((list) => list.map((x, i) => ({ ...x, number: i + 1 }) as DatedVersion));
    fc.assert(
      fc.property(history, day, (all, on) => {
        const inForce = versionInForce(all, on);
        for (const x of all) {
          const period = inForcePeriod(x, all);
          const within =
            period !== null && period.from <= on && (period.to === null || on <= period.to);
          expect(within).toBe(inForce === x);
          expect(versionStanding(x, all, on) === 'CURRENT').toBe(inForce === x);
        }
      }),
    );
  });
});
