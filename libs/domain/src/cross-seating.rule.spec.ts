import fc from 'fast-check';
import {
  type CascadeAction,
  type CrossSeatRuleHistory,
  type CrossSeatRuleVersion,
  type CrossSeatRuleSpec,
  type Lifespan,
  type NonCompliantPeriod,
  type SeatHolding,
  assertCrossSeat,
  changeRule,
  checkCrossSeat,
  complianceUnderHistory,
  crossSeatCascade,
  crossSeatCompliance,
  crossSeatsRestingOn,
  nonCompliantPeriods,
  nonCompliantPeriodsUnderHistory,
  removedFrom,
  ruleVersionStandings,
  ruleWindows,
  termsAsOf,
  validateCrossSeatRule,
} from './cross-seating.rule';
import { DomainError } from './domain-error';
import { addDays } from './iso-date';
import { type Term, coverage, isActiveOn, termCovers } from './membership-term.rule';

const EBE = 'experts-by-experience-board';
const EVIDENCE = 'evidence-group';
const DESIGN = 'design-group';
const OTHER = 'another-board';

const evidenceRule: CrossSeatRuleSpec = {
  targetBodyId: EVIDENCE,
  fromBodyId: EBE,
  minSeats: 2,
  maxSeats: 2,
};
const rules = [evidenceRule, { targetBodyId: DESIGN, fromBodyId: EBE, minSeats: 2, maxSeats: 2 }];

let counter = 0;
/** A cross-seat on `body` from `from` (EVIDENCE from EBE unless told). */
function cross(
  personId: string,
  startsOn: string,
  endsOn: string | null = null,
  more: Partial<SeatHolding> = {},
): SeatHolding {
  counter += 1;
  return {
    membershipId: `cs${counter}`,
    personId,
    bodyId: EVIDENCE,
    seat: 'CROSS_SEAT',
    fromBodyId: EBE,
    startsOn,
    endsOn,
    ...more,
  };
}
/** An ordinary membership of `bodyId` (EBE unless told). */
function ordinary(
  personId: string,
  startsOn: string,
  endsOn: string | null = null,
  bodyId = EBE,
): SeatHolding {
  counter += 1;
  return {
    membershipId: `m${counter}`,
    personId,
    bodyId,
    seat: 'ORDINARY',
    fromBodyId: null,
    startsOn,
    endsOn,
  };
}

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

describe('validateCrossSeatRule', () => {
  const base = { targetBodyId: EVIDENCE, fromBodyId: EBE };
  it.each([
    ['2 to 2', 2, 2],
    ['0 to 0', 0, 0],
    ['0 to 20', 0, 20],
    ['20 to 20', 20, 20],
  ])('accepts %s seats', (_name, minSeats, maxSeats) => {
    expect(() => validateCrossSeatRule({ ...base, minSeats, maxSeats })).not.toThrow();
  });

  it.each([
    [
      'a body from itself',
      { ...base, fromBodyId: EVIDENCE, minSeats: 2, maxSeats: 2 },
      'fromBodyId',
    ],
    ['a negative least number', { ...base, minSeats: -1, maxSeats: 2 }, 'minSeats'],
    ['a fractional least number', { ...base, minSeats: 1.5, maxSeats: 2 }, 'minSeats'],
    [
      'a least number that is not a number',
      { ...base, minSeats: Number.NaN, maxSeats: 2 },
      'minSeats',
    ],
    ['a most number over 20', { ...base, minSeats: 0, maxSeats: 21 }, 'maxSeats'],
    ['a fractional most number', { ...base, minSeats: 0, maxSeats: 2.5 }, 'maxSeats'],
    ['an infinite most number', { ...base, minSeats: 0, maxSeats: Infinity }, 'maxSeats'],
    ['a most number below the least', { ...base, minSeats: 3, maxSeats: 2 }, 'maxSeats'],
  ])('refuses %s with BAD_USER_INPUT', (_name, rule, field) => {
    const error = caught(() => validateCrossSeatRule(rule));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ field });
    expect(error.message).not.toMatch(/minSeats|maxSeats|fromBodyId/);
  });
});

describe('checkCrossSeat', () => {
  // Ann and Bob, EBE members, hold the Evidence Group's two cross-seats; Bob's ends at the end
  // of 2022.
  // Cat is an EBE member from 2020 to mid-2023 and has an ordinary Evidence Group seat from 2024.
  const ann = cross('ann', '2021-01-01');
  const bob = cross('bob', '2021-01-01', '2022-12-31');
  const holdings: SeatHolding[] = [
    ordinary('ann', '2019-01-01'),
    ann,
    ordinary('bob', '2019-01-01'),
    bob,
    ordinary('cat', '2020-01-01', '2023-06-30'),
    ordinary('cat', '2024-01-01', null, EVIDENCE),
    // Noise that must not count: another target body, another from body, an ordinary seat.
    cross('dan', '2020-01-01', null, { bodyId: DESIGN }),
    cross('eve', '2020-01-01', null, { fromBodyId: OTHER }),
    ordinary('fay', '2020-01-01', null, EVIDENCE),
  ];
  const candidate = (startsOn: string, endsOn: string | null, more: Partial<SeatHolding> = {}) =>
    cross('cat', startsOn, endsOn, { membershipId: '', ...more });

  it.each([
    ['before anyone holds a seat', candidate('2020-01-01', '2020-12-31'), 0],
    ['after Bob leaves', candidate('2023-01-01', '2023-06-30'), 1],
    ['Bob, extending his own seat with no end date', { ...bob, endsOn: null }, 1],
    ['Ann, moving her own seat earlier', { ...ann, startsOn: '2019-06-01' }, 0],
  ])('allows a cross-seat %s', (_name, cand, seatsBefore) => {
    expect(checkCrossSeat(cand, holdings, rules)).toEqual({
      allowed: true,
      refusals: [],
      seatsBefore,
      seatsAfter: seatsBefore + 1,
      rule: evidenceRule,
    });
    expect(() => assertCrossSeat(cand, holdings, rules)).not.toThrow();
  });

  it.each([
    [
      'with no from body',
      candidate('2020-01-01', '2020-12-31', { fromBodyId: null }),
      [
        {
          code: 'CROSS_SEAT_RULE',
          reason: 'NO_RULE',
          field: 'fromBodyId',
          message: 'Choose the body the cross-seat comes from',
        },
      ],
    ],
    [
      'with no rule for the pair of bodies',
      candidate('2020-01-01', '2020-12-31', { bodyId: DESIGN, fromBodyId: EVIDENCE }),
      [
        {
          code: 'CROSS_SEAT_RULE',
          reason: 'NO_RULE',
          field: 'fromBodyId',
          message:
            'There is no cross-seating rule for this body and the body the cross-seat comes ' +
            'from, so the cross-seat cannot be added',
        },
        // Cat is not a member of the Evidence Group in 2020 either.
        {
          code: 'CROSS_SEAT_RULE',
          reason: 'NOT_COVERED',
          field: 'startsOn',
          on: '2020-01-01',
          message: expect.stringContaining('From 1 January 2020 this person is not a member'),
        },
      ],
    ],
    [
      'starting before the person joins the from body',
      candidate('2019-06-01', '2019-12-31'),
      [
        {
          code: 'CROSS_SEAT_RULE',
          reason: 'NOT_COVERED',
          field: 'startsOn',
          on: '2019-06-01',
          message:
            'From 1 June 2019 this person is not a member of the body the cross-seat comes from. ' +
            'A cross-seat can only be held by a member of that body.',
        },
      ],
    ],
    [
      'running past the end of the from-body membership',
      candidate('2023-01-01', '2023-07-01'),
      [
        {
          code: 'CROSS_SEAT_RULE',
          reason: 'NOT_COVERED',
          field: 'endsOn',
          on: '2023-07-01',
          message: expect.stringContaining('From 1 July 2023'),
        },
      ],
    ],
    [
      'starting when both seats are taken',
      candidate('2022-06-01', '2022-12-31'),
      [
        {
          code: 'CROSS_SEAT_RULE',
          reason: 'SEATS_FULL',
          field: 'startsOn',
          on: '2022-06-01',
          message:
            'On 1 June 2022 there are already 2 cross-seats from that body, and the ' +
            'cross-seating rule allows no more than 2.',
        },
      ],
    ],
    [
      'running into a time when both seats are taken',
      candidate('2020-06-01', '2021-06-30'),
      [
        {
          code: 'CROSS_SEAT_RULE',
          reason: 'SEATS_FULL',
          field: 'endsOn',
          on: '2021-01-01',
          message: expect.stringContaining('On 1 January 2021 there are already 2 cross-seats'),
        },
      ],
    ],
    [
      'whose last day is the first day both seats are taken',
      candidate('2020-06-01', '2021-01-01'),
      [expect.objectContaining({ reason: 'SEATS_FULL', field: 'endsOn', on: '2021-01-01' })],
    ],
    [
      'overlapping the person’s ordinary seat on the target body',
      candidate('2023-01-01', '2024-03-31'),
      [
        expect.objectContaining({ reason: 'NOT_COVERED', on: '2023-07-01' }),
        {
          code: 'MEMBERSHIP_OVERLAP',
          reason: 'OVERLAP',
          field: 'endsOn',
          on: '2024-01-01',
          message:
            'This person already has a membership of this body from 1 January 2024, with no end ' +
            'date. Memberships of the same body cannot overlap.',
        },
      ],
    ],
    [
      'that breaks every rule at once, listing every refusal in order',
      candidate('2019-06-01', null),
      [
        expect.objectContaining({ reason: 'NOT_COVERED', on: '2019-06-01', field: 'startsOn' }),
        expect.objectContaining({ reason: 'SEATS_FULL', on: '2021-01-01', field: 'endsOn' }),
        expect.objectContaining({ reason: 'OVERLAP', on: '2024-01-01', field: 'endsOn' }),
      ],
    ],
  ])('refuses a cross-seat %s', (_name, cand, refusals) => {
    const check = checkCrossSeat(cand, holdings, rules);
    expect(check.allowed).toBe(false);
    expect(check.refusals).toEqual(refusals);

    const error = caught(() => assertCrossSeat(cand, holdings, rules));
    const [first] = check.refusals;
    expect(error.code).toBe(first.code);
    expect(error.message).toBe(first.message);
    expect(error.details).toEqual({
      field: first.field,
      ...(first.on === undefined ? {} : { on: first.on }),
      refusals: check.refusals,
    });
  });

  it('says "there is already 1 cross-seat" when the rule allows one', () => {
    const oneSeat = [{ ...evidenceRule, minSeats: 0, maxSeats: 1 }];
    const check = checkCrossSeat(
      candidate('2021-06-01', '2021-06-30'),
      holdings.filter((h) => h !== bob),
      oneSeat,
    );
    expect(check.refusals.map((r) => r.message)).toEqual([
      'On 1 June 2021 there is already 1 cross-seat from that body, and the cross-seating rule ' +
        'allows no more than 1.',
    ]);
  });

  it('says a rule of no seats allows none', () => {
    const noSeats = [{ ...evidenceRule, minSeats: 0, maxSeats: 0 }];
    const check = checkCrossSeat(candidate('2020-01-01', '2020-12-31'), holdings, noSeats);
    expect(check.refusals).toEqual([
      expect.objectContaining({
        reason: 'SEATS_FULL',
        on: '2020-01-01',
        message:
          'The cross-seating rule does not allow any cross-seats on this body from that body',
      }),
    ]);
    expect(check).toMatchObject({ seatsBefore: 0, seatsAfter: 1 });
  });

  it('counts seats held on the start date, before and with the candidate', () => {
    expect(checkCrossSeat(candidate('2022-06-01', '2022-12-31'), holdings, rules)).toMatchObject({
      seatsBefore: 2,
      seatsAfter: 3,
      rule: evidenceRule,
    });
    expect(
      checkCrossSeat(candidate('2022-06-01', '2022-12-31', { bodyId: DESIGN }), holdings, rules),
    ).toMatchObject({ seatsBefore: 1, seatsAfter: 2 });
  });

  it('is covered by from-body memberships back to back, of any seat', () => {
    const backToBack = [
      ordinary('gus', '2020-01-01', '2020-12-31'),
      cross('gus', '2021-01-01', '2021-12-31', { bodyId: EBE, fromBodyId: OTHER }),
      ordinary('gus', '2022-01-01', '2022-03-31'),
    ];
    const check = checkCrossSeat(cross('gus', '2020-06-01', '2022-03-31'), backToBack, rules);
    expect(check.refusals).toEqual([]);
  });

  it.each([
    ['an impossible start date', candidate('2023-02-29', null), 'startsOn'],
    ['an end before the start', candidate('2023-02-28', '2023-02-27'), 'endsOn'],
  ])('throws BAD_USER_INPUT for %s', (_name, cand, field) => {
    const error = caught(() => checkCrossSeat(cand, holdings, rules));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ field });
  });
});

// ---------------------------------------------------------------------------------------------
// Properties over random timelines in a small window of days. Day n is BASE + n. Finite terms
// end by day 55, so every change point (a start, or the day after an end) is by day 56, and the
// window runs to day 60: an open term shows as running to the window's end.
const BASE = '2024-02-20';
const WINDOW = 60;
const day = (n: number) => addDays(BASE, n);
const windowDays = Array.from({ length: WINDOW + 1 }, (_, n) => day(n));
const termArb: fc.Arbitrary<Term> = fc
  .tuple(fc.integer({ min: 0, max: 40 }), fc.option(fc.integer({ min: 0, max: 15 }), { freq: 5 }))
  .map(([start, length]) => ({
    startsOn: day(start),
    endsOn: length === null ? null : day(start + length),
  }));
const personArb = fc.constantFrom('p1', 'p2', 'p3', 'p4');

/** Holdings of every kind: mostly cross-seats under the Evidence rule, plus noise. */
const holdingsArb: fc.Arbitrary<SeatHolding[]> = fc
  .array(
    fc.tuple(
      termArb,
      personArb,
      fc.constantFrom(
        { bodyId: EVIDENCE, seat: 'CROSS_SEAT' as const, fromBodyId: EBE },
        { bodyId: EVIDENCE, seat: 'CROSS_SEAT' as const, fromBodyId: EBE },
        { bodyId: EVIDENCE, seat: 'CROSS_SEAT' as const, fromBodyId: EBE },
        { bodyId: EVIDENCE, seat: 'ORDINARY' as const, fromBodyId: null },
        { bodyId: EVIDENCE, seat: 'CROSS_SEAT' as const, fromBodyId: OTHER },
        { bodyId: DESIGN, seat: 'CROSS_SEAT' as const, fromBodyId: EBE },
        { bodyId: EBE, seat: 'ORDINARY' as const, fromBodyId: null },
      ),
    ),
    { maxLength: 12 },
  )
  .map((rows) =>
    rows.map(([term, personId, kind], i) => ({
      membershipId: `h${i}`,
      personId,
      ...kind,
      ...term,
    })),
  );
const ruleArb: fc.Arbitrary<CrossSeatRuleSpec> = fc
  .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }))
  .map(([minSeats, extra]) => ({ ...evidenceRule, minSeats, maxSeats: minSeats + extra }));
const lifespanArb: fc.Arbitrary<Lifespan> = fc
  .tuple(fc.integer({ min: 0, max: 30 }), fc.option(fc.integer({ min: 0, max: 30 })))
  .map(([from, length]) => ({
    from: day(from),
    to: length === null ? null : day(from + length),
  }));

/** Brute force: the cross-seats under the Evidence rule, other than `exceptId`, active on `on`. */
const heldOn = (holdings: readonly SeatHolding[], on: string, exceptId = '') =>
  holdings.filter(
    (h) =>
      h.seat === 'CROSS_SEAT' &&
      h.bodyId === EVIDENCE &&
      h.fromBodyId === EBE &&
      h.membershipId !== exceptId &&
      isActiveOn(h, on),
  ).length;
const statusOn = (rule: CrossSeatRuleSpec, held: number, lifespan: Lifespan, on: string) =>
  !isActiveOn({ startsOn: lifespan.from, endsOn: lifespan.to }, on)
    ? 'NOT_IN_FORCE'
    : held < rule.minSeats
      ? 'VACANCY'
      : held > rule.maxSeats
        ? 'OVER'
        : 'COMPLIANT';

describe('checkCrossSeat properties', () => {
  // The candidate is either new, or one of the holdings (a cross-seat whose term is changed).
  const scenario = fc
    .tuple(holdingsArb, ruleArb, termArb, personArb, fc.option(fc.nat()))
    .map(([holdings, rule, term, personId, pick]) => {
      const own = pick === null || holdings.length === 0 ? '' : `h${pick % holdings.length}`;
      const candidate: SeatHolding = {
        membershipId: own,
        personId,
        bodyId: EVIDENCE,
        seat: 'CROSS_SEAT',
        fromBodyId: EBE,
        ...term,
      };
      return { holdings, rule, candidate };
    });
  const refusal = (check: ReturnType<typeof checkCrossSeat>, reason: string) =>
    check.refusals.find((r) => r.reason === reason);

  it('refuses for seats on the first day of its term when a seat would be one too many', () => {
    fc.assert(
      fc.property(scenario, ({ holdings, rule, candidate }) => {
        const check = checkCrossSeat(candidate, holdings, [rule]);
        const full = windowDays.find(
          (d) =>
            isActiveOn(candidate, d) &&
            heldOn(holdings, d, candidate.membershipId) + 1 > rule.maxSeats,
        );
        expect(refusal(check, 'SEATS_FULL')?.on).toBe(full);
        expect(check.seatsBefore).toBe(
          heldOn(holdings, candidate.startsOn, candidate.membershipId),
        );
        expect(check.seatsAfter).toBe(check.seatsBefore + 1);
      }),
    );
  });

  it('refuses for from-body membership on the first day of its term the person is not a member', () => {
    fc.assert(
      fc.property(scenario, ({ holdings, rule, candidate }) => {
        const check = checkCrossSeat(candidate, holdings, [rule]);
        const member = (d: string) =>
          holdings.some(
            (h) =>
              h.personId === candidate.personId &&
              h.bodyId === EBE &&
              h.membershipId !== candidate.membershipId &&
              isActiveOn(h, d),
          );
        const uncovered = windowDays.find((d) => isActiveOn(candidate, d) && !member(d));
        expect(refusal(check, 'NOT_COVERED')?.on).toBe(uncovered);
      }),
    );
  });

  it('refuses for overlap exactly when another membership of the target body shares a day', () => {
    fc.assert(
      fc.property(scenario, ({ holdings, rule, candidate }) => {
        const check = checkCrossSeat(candidate, holdings, [rule]);
        const shared = windowDays.find((d) =>
          holdings.some(
            (h) =>
              h.personId === candidate.personId &&
              h.bodyId === EVIDENCE &&
              h.membershipId !== candidate.membershipId &&
              isActiveOn(h, d) &&
              isActiveOn(candidate, d),
          ),
        );
        const overlap = refusal(check, 'OVERLAP');
        expect(overlap?.on).toBe(shared);
        if (overlap !== undefined) expect(overlap.code).toBe('MEMBERSHIP_OVERLAP');
        expect(check.allowed).toBe(check.refusals.length === 0);
        expect(check.refusals.some((r) => r.reason === 'NO_RULE')).toBe(false);
      }),
    );
  });
});

describe('crossSeatsRestingOn', () => {
  const board = ordinary('ann', '2021-03-15');
  const seat = (membershipId: string, endsOn: string | null, more: Partial<SeatHolding> = {}) =>
    cross('ann', '2021-04-14', endsOn, { membershipId, ...more });

  it.each([
    ['an open cross-seat from the body', seat('a', null), true],
    ['one that ends later', seat('a', '2026-12-31'), true],
    ['one whose last day is today', seat('a', '2026-11-23'), true],
    ['not one that ended yesterday', seat('a', '2026-11-22'), false],
    ['not a cross-seat from another body', seat('a', null, { fromBodyId: DESIGN }), false],
    ['not an ordinary membership', ordinary('ann', '2021-04-14', null, EVIDENCE), false],
    ['not someone else’s', seat('a', null, { personId: 'bob' }), false],
  ])('keeps %s', (_, holding, kept) => {
    expect(crossSeatsRestingOn(board, [board, holding], '2026-11-23')).toEqual(
      kept ? [holding] : [],
    );
  });
});

describe('crossSeatCascade', () => {
  const seat = (membershipId: string, startsOn: string, endsOn: string | null) =>
    cross('ann', startsOn, endsOn, { membershipId });

  it.each([
    [
      'leaves alone a cross-seat still covered',
      [{ startsOn: '2020-01-01', endsOn: null }],
      [seat('a', '2021-01-01', '2022-12-31')],
      [],
    ],
    [
      'ends an open cross-seat with the from-body membership',
      [{ startsOn: '2020-01-01', endsOn: '2023-03-31' }],
      [seat('a', '2021-01-01', null)],
      [{ membershipId: 'a', action: 'END', endsOn: '2023-03-31' }],
    ],
    [
      'shortens a cross-seat that outlasts the from-body membership',
      [{ startsOn: '2020-01-01', endsOn: '2023-03-31' }],
      [seat('a', '2021-01-01', '2024-12-31')],
      [{ membershipId: 'a', action: 'END', endsOn: '2023-03-31' }],
    ],
    [
      'ends a cross-seat at the first gap, even if membership resumes later',
      [
        { startsOn: '2020-01-01', endsOn: '2021-06-30' },
        { startsOn: '2021-07-02', endsOn: null },
      ],
      [seat('a', '2021-01-01', null)],
      [{ membershipId: 'a', action: 'END', endsOn: '2021-06-30' }],
    ],
    [
      'keeps a cross-seat resting on memberships back to back',
      [
        { startsOn: '2021-07-01', endsOn: null },
        { startsOn: '2020-01-01', endsOn: '2021-06-30' },
      ],
      [seat('a', '2021-01-01', null)],
      [],
    ],
    [
      'ends a cross-seat on its first day when only that day is covered',
      [{ startsOn: '2020-01-01', endsOn: '2021-01-01' }],
      [seat('a', '2021-01-01', null)],
      [{ membershipId: 'a', action: 'END', endsOn: '2021-01-01' }],
    ],
    [
      'cancels a cross-seat starting after the from-body membership ended',
      [{ startsOn: '2020-01-01', endsOn: '2020-12-31' }],
      [seat('a', '2021-01-01', null)],
      [{ membershipId: 'a', action: 'CANCEL' }],
    ],
    [
      'cancels a cross-seat starting before a corrected, later from-body start',
      [{ startsOn: '2021-02-01', endsOn: null }],
      [seat('a', '2021-01-01', '2021-12-31')],
      [{ membershipId: 'a', action: 'CANCEL' }],
    ],
    [
      'cancels every cross-seat when the from-body membership is removed',
      [],
      [seat('a', '2021-01-01', null), seat('b', '2019-01-01', '2019-12-31')],
      [
        { membershipId: 'a', action: 'CANCEL' },
        { membershipId: 'b', action: 'CANCEL' },
      ],
    ],
    [
      'acts on each cross-seat in turn, in the order given',
      [{ startsOn: '2020-01-01', endsOn: '2022-06-30' }],
      [
        seat('past', '2020-02-01', '2020-12-31'),
        seat('later', '2023-01-01', null),
        seat('current', '2022-01-01', null),
      ],
      [
        { membershipId: 'later', action: 'CANCEL' },
        { membershipId: 'current', action: 'END', endsOn: '2022-06-30' },
      ],
    ],
  ])('%s', (_name, fromBodyTerms, crossSeats, expected) => {
    expect(crossSeatCascade(fromBodyTerms, crossSeats)).toEqual(expected);
  });

  const seatsArb = fc
    .array(termArb, { maxLength: 6 })
    .map((terms) => terms.map((term, i) => seat(`s${i}`, term.startsOn, term.endsOn)));
  const apply = (crossSeats: readonly SeatHolding[], actions: readonly CascadeAction[]) =>
    crossSeats.flatMap((s) => {
      const action = actions.find((a) => a.membershipId === s.membershipId);
      if (action === undefined) return [s];
      return action.action === 'CANCEL' ? [] : [{ ...s, endsOn: action.endsOn }];
    });

  it('leaves every remaining cross-seat covered by the from body', () => {
    fc.assert(
      fc.property(fc.array(termArb, { maxLength: 5 }), seatsArb, (fromTerms, seats) => {
        const covered = coverage(fromTerms);
        for (const s of apply(seats, crossSeatCascade(fromTerms, seats))) {
          expect(covered.some((c) => termCovers(c, s))).toBe(true);
        }
      }),
    );
  });

  it('changes only uncovered cross-seats, as little as it can, by brute force', () => {
    fc.assert(
      fc.property(fc.array(termArb, { maxLength: 5 }), seatsArb, (fromTerms, seats) => {
        const actions = crossSeatCascade(fromTerms, seats);
        const member = (d: string) => fromTerms.some((t) => isActiveOn(t, d));
        for (const s of seats) {
          const uncovered = windowDays.find((d) => isActiveOn(s, d) && !member(d));
          const action = actions.find((a) => a.membershipId === s.membershipId);
          if (uncovered === undefined) expect(action).toBeUndefined();
          else if (uncovered === s.startsOn)
            expect(action).toEqual({ membershipId: s.membershipId, action: 'CANCEL' });
          else
            expect(action).toEqual({
              membershipId: s.membershipId,
              action: 'END',
              endsOn: addDays(uncovered, -1),
            });
        }
        expect(actions).toHaveLength(new Set(actions.map((a) => a.membershipId)).size);
      }),
    );
  });
});

describe('crossSeatCompliance', () => {
  // Under the 2..2 Evidence rule, from the body's start on 1 January 2020:
  //   2020-01-01 .. 2020-02-29  1 held  VACANCY
  //   2020-03-01 .. 2021-12-31  2 held  COMPLIANT
  //   2022-01-01 .. 2022-05-31  1 held  VACANCY
  //   2022-06-01 .. 2023-12-31  2 held  COMPLIANT (Cat hands over to Dan on 1 January 2023)
  //   2024-01-01 .. 2024-06-30  3 held  OVER
  //   2024-07-01 ..             2 held  COMPLIANT
  const a = cross('ann', '2020-01-01', '2021-12-31', { membershipId: 'a' });
  const b = cross('bob', '2020-03-01', null, { membershipId: 'b' });
  const c = cross('cat', '2022-06-01', '2022-12-31', { membershipId: 'c' });
  const d = cross('dan', '2023-01-01', null, { membershipId: 'd' });
  const e = cross('eve', '2024-01-01', '2024-06-30', { membershipId: 'e' });
  const holdings = [
    e,
    d,
    c,
    b,
    a,
    cross('fay', '2020-01-01', null, { bodyId: DESIGN }),
    cross('gus', '2020-01-01', null, { fromBodyId: OTHER }),
    ordinary('hal', '2020-01-01', null, EVIDENCE),
  ];
  const lifespan: Lifespan = { from: '2020-01-01', to: null };

  it.each([
    ['the day before the body starts', '2019-12-31', 'NOT_IN_FORCE', [], null],
    ['the body’s first day', '2020-01-01', 'VACANCY', [a], '2020-01-01'],
    ['the last day of the first vacancy', '2020-02-29', 'VACANCY', [a], '2020-01-01'],
    ['the first day with both seats', '2020-03-01', 'COMPLIANT', [a, b], '2020-03-01'],
    ['a later day with both seats', '2021-12-31', 'COMPLIANT', [a, b], '2020-03-01'],
    ['the day Ann has gone', '2022-01-01', 'VACANCY', [b], '2022-01-01'],
    ['the day Cat arrives', '2022-06-01', 'COMPLIANT', [b, c], '2022-06-01'],
    ['after Cat hands over to Dan', '2023-06-01', 'COMPLIANT', [b, d], '2022-06-01'],
    ['the first day with three', '2024-01-01', 'OVER', [b, d, e], '2024-01-01'],
    ['the last day with three', '2024-06-30', 'OVER', [b, d, e], '2024-01-01'],
    ['long after', '2090-01-01', 'COMPLIANT', [b, d], '2024-07-01'],
  ])('on %s (%s) is %s', (_name, on, status, holders, since) => {
    expect(crossSeatCompliance(evidenceRule, holdings, lifespan, on)).toEqual({
      status,
      held: holders.length,
      holders,
      since,
    });
  });

  it('starts no run before the body itself starts', () => {
    const later = { from: '2020-02-01', to: null };
    expect(crossSeatCompliance(evidenceRule, holdings, later, '2020-02-15')).toMatchObject({
      status: 'VACANCY',
      since: '2020-02-01',
    });
    expect(crossSeatCompliance(evidenceRule, [], later, '2030-01-01')).toMatchObject({
      status: 'VACANCY',
      held: 0,
      since: '2020-02-01',
    });
  });

  it('is not in force after the body’s last day, but still says who held seats', () => {
    const ended = { from: '2020-01-01', to: '2023-12-31' };
    expect(crossSeatCompliance(evidenceRule, holdings, ended, '2023-12-31').status).toBe(
      'COMPLIANT',
    );
    expect(crossSeatCompliance(evidenceRule, holdings, ended, '2024-01-01')).toEqual({
      status: 'NOT_IN_FORCE',
      held: 3,
      holders: [b, d, e],
      since: null,
    });
  });

  it('dates a vacancy from when it began, however it deepens', () => {
    const leaving = [
      cross('ann', '2020-01-01', '2021-12-31'),
      cross('bob', '2020-01-01', '2022-06-30'),
    ];
    expect(crossSeatCompliance(evidenceRule, leaving, lifespan, '2023-01-01')).toMatchObject({
      status: 'VACANCY',
      held: 0,
      since: '2022-01-01',
    });
  });

  it('refuses a date that is not a real date', () => {
    const error = caught(() => crossSeatCompliance(evidenceRule, holdings, lifespan, '2023-02-29'));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ field: 'on' });
  });

  it('agrees with counting each day, and its `since` with walking back day by day', () => {
    fc.assert(
      fc.property(
        ruleArb,
        holdingsArb,
        lifespanArb,
        fc.integer({ min: 0, max: WINDOW }),
        (rule, hs, life, n) => {
          const on = day(n);
          const result = crossSeatCompliance(rule, hs, life, on);
          const status = statusOn(rule, heldOn(hs, on), life, on);
          expect(result.status).toBe(status);
          expect(result.held).toBe(heldOn(hs, on));
          expect(result.holders).toHaveLength(result.held);
          let since: string | null = null;
          if (status !== 'NOT_IN_FORCE') {
            let k = n;
            while (
              k > 0 &&
              day(k - 1) >= life.from &&
              statusOn(rule, heldOn(hs, day(k - 1)), life, day(k - 1)) === status
            )
              k -= 1;
            since = day(k);
          }
          expect(result.since).toBe(since);
        },
      ),
    );
  });
});

describe('nonCompliantPeriods', () => {
  const a = cross('ann', '2020-01-01', '2021-12-31');
  const b = cross('bob', '2020-03-01', null);
  const c = cross('cat', '2022-06-01', '2022-12-31');
  const d = cross('dan', '2023-01-01', null);
  const e = cross('eve', '2024-01-01', '2024-06-30');
  const holdings = [a, b, c, d, e, cross('fay', '2020-01-01', null, { bodyId: DESIGN })];
  const lifespan: Lifespan = { from: '2020-01-01', to: null };
  const minThree = { ...evidenceRule, minSeats: 3, maxSeats: 3 };
  const p = (
    status: 'VACANCY' | 'OVER',
    from: string,
    to: string | null,
    held: number,
  ): NonCompliantPeriod => ({ status, from, to, held });

  it.each([
    [
      'over all time',
      holdings,
      evidenceRule,
      lifespan,
      { from: '2000-01-01', to: null },
      [
        p('VACANCY', '2020-01-01', '2020-02-29', 1),
        p('VACANCY', '2022-01-01', '2022-05-31', 1),
        p('OVER', '2024-01-01', '2024-06-30', 3),
      ],
    ],
    [
      'over a range cutting into two periods',
      holdings,
      evidenceRule,
      lifespan,
      { from: '2022-03-01', to: '2024-02-01' },
      [p('VACANCY', '2022-03-01', '2022-05-31', 1), p('OVER', '2024-01-01', '2024-02-01', 3)],
    ],
    [
      'over a range of one compliant day',
      holdings,
      evidenceRule,
      lifespan,
      { from: '2023-01-01', to: '2023-01-01' },
      [],
    ],
    [
      'over a range of one day in a vacancy',
      holdings,
      evidenceRule,
      lifespan,
      { from: '2022-02-01', to: '2022-02-01' },
      [p('VACANCY', '2022-02-01', '2022-02-01', 1)],
    ],
    [
      'for a body that ended while over',
      holdings,
      evidenceRule,
      { from: '2020-01-01', to: '2024-03-31' },
      { from: '2023-01-01', to: null },
      [p('OVER', '2024-01-01', '2024-03-31', 3)],
    ],
    [
      'for a range wholly before the body',
      holdings,
      evidenceRule,
      lifespan,
      { from: '2010-01-01', to: '2019-12-31' },
      [],
    ],
    [
      'for a range wholly after the body',
      holdings,
      evidenceRule,
      { from: '2020-01-01', to: '2021-12-31' },
      { from: '2022-01-01', to: null },
      [],
    ],
    [
      'splitting a vacancy where the count changes, and leaving the last one open',
      holdings,
      minThree,
      lifespan,
      { from: '2020-01-01', to: null },
      [
        p('VACANCY', '2020-01-01', '2020-02-29', 1),
        p('VACANCY', '2020-03-01', '2021-12-31', 2),
        p('VACANCY', '2022-01-01', '2022-05-31', 1),
        p('VACANCY', '2022-06-01', '2023-12-31', 2),
        p('VACANCY', '2024-07-01', null, 2),
      ],
    ],
    [
      'with nobody ever holding a seat',
      [],
      evidenceRule,
      { from: '2020-01-01', to: null },
      { from: '2019-01-01', to: null },
      [p('VACANCY', '2020-01-01', null, 0)],
    ],
  ])('%s', (_name, hs, rule, life, range, expected) => {
    expect(nonCompliantPeriods(rule, hs, life, range)).toEqual(expected);
  });

  it('counts a holding that ends before it starts on no day', () => {
    const broken = cross('zed', '2022-03-10', '2022-03-05');
    const range = { from: '2022-01-01', to: '2022-12-31' };
    expect(nonCompliantPeriods(evidenceRule, [...holdings, broken], lifespan, range)).toEqual(
      nonCompliantPeriods(evidenceRule, holdings, lifespan, range),
    );
    expect(
      crossSeatCompliance(evidenceRule, [...holdings, broken], lifespan, '2022-03-07'),
    ).toEqual(crossSeatCompliance(evidenceRule, holdings, lifespan, '2022-03-07'));
  });

  it.each([
    [{ from: '2023-02-29', to: null }, 'from', 'Start of the period must be a real date'],
    [{ from: '2023-01-01', to: '2023-13-01' }, 'to', 'End of the period must be a real date'],
    [
      { from: '2023-01-01', to: '2022-12-31' },
      'to',
      'End of the period must be the same as or after 1 January 2023',
    ],
  ])('refuses the range %o with BAD_USER_INPUT on %s', (range, field, message) => {
    const error = caught(() => nonCompliantPeriods(evidenceRule, holdings, lifespan, range));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(message);
    expect(error.details).toEqual({ field });
  });

  /** Brute force: walk each day of [from, to], grouping days of one non-compliant status and count. */
  function bruteForce(
    rule: CrossSeatRuleSpec,
    hs: readonly SeatHolding[],
    life: Lifespan,
    from: number,
    to: number,
  ): NonCompliantPeriod[] {
    const periods: NonCompliantPeriod[] = [];
    let open: NonCompliantPeriod | null = null;
    for (let n = from; n <= to; n++) {
      const { status, held } = crossSeatCompliance(rule, hs, life, day(n));
      const same: boolean = open !== null && open.status === status && open.held === held;
      if (open !== null && !same) {
        periods.push(open);
        open = null;
      }
      if (!same && (status === 'VACANCY' || status === 'OVER')) {
        open = { status, from: day(n), to: day(n), held };
      } else if (same && open !== null) {
        open.to = day(n);
      }
    }
    if (open !== null) periods.push(open);
    return periods;
  }

  const rangeArb = fc
    .tuple(fc.integer({ min: 0, max: WINDOW }), fc.integer({ min: 0, max: WINDOW }))
    .map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as const);

  it('agrees with judging each day of a closed range by crossSeatCompliance', () => {
    fc.assert(
      fc.property(ruleArb, holdingsArb, lifespanArb, rangeArb, (rule, hs, life, [from, to]) => {
        expect(nonCompliantPeriods(rule, hs, life, { from: day(from), to: day(to) })).toEqual(
          bruteForce(rule, hs, life, from, to),
        );
      }),
    );
  });

  it('with an open range, agrees with a range past every change point, the last period open', () => {
    fc.assert(
      fc.property(
        ruleArb,
        holdingsArb,
        lifespanArb,
        fc.integer({ min: 0, max: WINDOW }),
        (rule, hs, life, from) => {
          const expected = bruteForce(rule, hs, life, from, WINDOW).map((period) =>
            period.to === day(WINDOW) && life.to === null ? { ...period, to: null } : period,
          );
          expect(nonCompliantPeriods(rule, hs, life, { from: day(from), to: null })).toEqual(
            expected,
          );
        },
      ),
    );
  });
});

describe('working from change points, not days', () => {
  // 5,000 cross-seats over two centuries: judged day by day, that would be some 365 million
  // checks for one answer, far beyond the time allowed here; by change points it is 10,000.
  const many: SeatHolding[] = Array.from({ length: 5_000 }, (_, i) =>
    cross(
      `p${i}`,
      addDays('1900-01-01', i * 13),
      i % 7 === 0 ? null : addDays('1900-01-01', i * 13 + 400),
    ),
  );
  const wide = { ...evidenceRule, minSeats: 30, maxSeats: 33 };
  const lifespan: Lifespan = { from: '1900-01-01', to: null };

  it('answers for thousands of holdings over a long range', () => {
    const periods = nonCompliantPeriods(wide, many, lifespan, { from: '1900-01-01', to: null });
    expect(periods.length).toBeGreaterThan(10);
    for (const period of periods.filter((_, i) => i % Math.ceil(periods.length / 10) === 0)) {
      expect(crossSeatCompliance(wide, many, lifespan, period.from)).toMatchObject({
        status: period.status,
        held: period.held,
      });
    }
    expect(periods[periods.length - 1]).toMatchObject({ status: 'OVER', to: null });
    const check = checkCrossSeat(cross('p1', '1950-01-01', null, { membershipId: '' }), many, [
      wide,
    ]);
    expect(check.refusals.map((r) => r.reason)).toEqual(['NOT_COVERED', 'SEATS_FULL']);
  }, 20_000);
});

// ---------------------------------------------------------------------------------------------
// Rules that take effect from a date: each day is judged by the terms in force that day.
describe('rules over time', () => {
  const seats = (minSeats: number, maxSeats: number) => ({ minSeats, maxSeats });
  const history = (
    ...versions: [string, { minSeats: number; maxSeats: number } | null][]
  ): CrossSeatRuleHistory => ({
    targetBodyId: EVIDENCE,
    fromBodyId: EBE,
    versions: versions.map(([effectiveFrom, terms]) => ({ effectiveFrom, seats: terms })),
  });
  const lifespan: Lifespan = { from: '2020-01-01', to: null };
  // Two seats held from 2020; the rule asks for 2 from 2020, 3 from 2023, and is removed in 2025.
  const ann = cross('ann', '2020-01-01');
  const ben = cross('ben', '2020-01-01');
  const holdings = [ann, ben];
  const changed = history(
    ['2025-01-01', null],
    ['2020-01-01', seats(2, 2)],
    ['2023-01-01', seats(3, 3)],
  );

  it('gives each version the days up to the next one, within the body’s life', () => {
    expect(ruleWindows(changed, lifespan)).toEqual([
      { ...evidenceRule, inForce: { from: '2020-01-01', to: '2022-12-31' } },
      { ...evidenceRule, ...seats(3, 3), inForce: { from: '2023-01-01', to: '2024-12-31' } },
    ]);
    expect(ruleWindows(changed, { from: '2021-06-01', to: '2023-03-31' })).toEqual([
      { ...evidenceRule, inForce: { from: '2021-06-01', to: '2022-12-31' } },
      { ...evidenceRule, ...seats(3, 3), inForce: { from: '2023-01-01', to: '2023-03-31' } },
    ]);
    expect(ruleWindows(changed, { from: '2025-06-01', to: null })).toEqual([]);
    expect(ruleWindows(history(), lifespan)).toEqual([]);
  });

  it.each([
    ['before the rule takes effect', '2019-06-01', 'NOT_IN_FORCE', null, null],
    ['under the first terms', '2022-12-31', 'COMPLIANT', seats(2, 2), '2020-01-01'],
    ['the day stricter terms take effect', '2023-01-01', 'VACANCY', seats(3, 3), '2023-01-01'],
    ['under the stricter terms', '2024-12-31', 'VACANCY', seats(3, 3), '2023-01-01'],
    ['once the rule is removed', '2025-01-01', 'NOT_IN_FORCE', null, null],
  ])('on a day %s (%s) is %s', (_name, on, status, terms, since) => {
    const holders = on < '2020-01-01' ? [] : [ann, ben];
    expect(complianceUnderHistory(changed, holdings, lifespan, on)).toEqual({
      status,
      held: holders.length,
      holders,
      since,
      rule: terms === null ? null : { ...evidenceRule, ...terms },
    });
  });

  it('keeps a vacancy that runs on across a change of terms as one that began earlier', () => {
    const one = [cross('cat', '2020-01-01')];
    const stricter = history(['2020-01-01', seats(2, 2)], ['2023-01-01', seats(3, 3)]);
    expect(complianceUnderHistory(stricter, one, lifespan, '2023-06-01')).toMatchObject({
      status: 'VACANCY',
      since: '2020-01-01',
    });
    // A gap in force (removed, then brought back) ends the run.
    const gap = history(
      ['2020-01-01', seats(2, 2)],
      ['2021-01-01', null],
      ['2022-01-01', seats(2, 2)],
    );
    expect(complianceUnderHistory(gap, one, lifespan, '2022-06-01').since).toBe('2022-01-01');
  });

  it('never rewrites the past: adding a later version leaves earlier days as they were', () => {
    const before = history(['2020-01-01', seats(2, 2)]);
    const range = { from: '2020-01-01', to: '2022-12-31' };
    expect(nonCompliantPeriodsUnderHistory(changed, holdings, lifespan, range)).toEqual(
      nonCompliantPeriodsUnderHistory(before, holdings, lifespan, range),
    );
    expect(
      nonCompliantPeriodsUnderHistory(changed, holdings, lifespan, {
        from: '2020-01-01',
        to: null,
      }),
    ).toEqual([
      {
        status: 'VACANCY',
        from: '2023-01-01',
        to: '2024-12-31',
        held: 2,
        rule: { ...evidenceRule, ...seats(3, 3) },
      },
    ]);
  });

  it('checks a range once, even when the rule was never in force', () => {
    const error = caught(() =>
      nonCompliantPeriodsUnderHistory(history(), holdings, lifespan, {
        from: '2020-02-30',
        to: null,
      }),
    );
    expect(error.details).toEqual({ field: 'from' });
  });

  it('refuses a cross-seat starting on a day no version is in force, and counts seats by the terms of each day', () => {
    const windows = ruleWindows(changed, lifespan);
    const member = ordinary('dan', '2019-01-01');
    const lateStart = checkCrossSeat(
      cross('dan', '2025-02-01', null, { membershipId: '' }),
      [member],
      windows,
    );
    expect(lateStart.refusals).toEqual([
      expect.objectContaining({ reason: 'NO_RULE', field: 'startsOn' }),
    ]);
    // Two held; 2..2 until 2023 is full, 3..3 from 2023 has room.
    const early = checkCrossSeat(
      cross('dan', '2022-06-01', '2024-06-30', { membershipId: '' }),
      [member, ...holdings],
      windows,
    );
    expect(early.refusals).toEqual([
      expect.objectContaining({ reason: 'SEATS_FULL', on: '2022-06-01' }),
    ]);
    expect(
      checkCrossSeat(
        cross('dan', '2023-02-01', null, { membershipId: '' }),
        [member, ...holdings],
        windows,
      ).refusals,
    ).toEqual([]);
  });

  // Random histories over the small window of days.
  const versionArb = fc.tuple(
    fc.integer({ min: 0, max: WINDOW }),
    fc.option(
      fc
        .tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 2 }))
        .map(([min, extra]) => seats(min, min + extra)),
      { freq: 4 },
    ),
  );
  const historyArb: fc.Arbitrary<CrossSeatRuleHistory> = fc
    .uniqueArray(versionArb, { maxLength: 4, selector: ([n]) => n })
    .map((versions) =>
      history(...versions.map(([n, terms]) => [day(n), terms] as [string, typeof terms])),
    );
  /** Brute force: the terms in force on `on`: the latest version on or before it, within life. */
  const termsOn = (h: CrossSeatRuleHistory, life: Lifespan, on: string) => {
    if (!isActiveOn({ startsOn: life.from, endsOn: life.to }, on)) return null;
    const latest = [...h.versions]
      .filter((v) => v.effectiveFrom <= on)
      .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1))[0];
    return latest?.seats ?? null;
  };

  it('judges each day by the terms in force that day', () => {
    fc.assert(
      fc.property(historyArb, holdingsArb, lifespanArb, (h, hs, life) => {
        for (const on of windowDays) {
          const terms = termsOn(h, life, on);
          const held = heldOn(hs, on);
          const answer = complianceUnderHistory(h, hs, life, on);
          expect(answer.held).toBe(held);
          expect(answer.status).toBe(
            terms === null
              ? 'NOT_IN_FORCE'
              : statusOn({ ...evidenceRule, ...terms }, held, life, on),
          );
        }
      }),
    );
  });

  it('starts each run of a status on the first day of that status', () => {
    fc.assert(
      fc.property(
        historyArb,
        holdingsArb,
        lifespanArb,
        fc.integer({ min: 0, max: WINDOW }),
        (h, hs, life, n) => {
          const answer = complianceUnderHistory(h, hs, life, day(n));
          if (answer.since === null) return;
          const status = (on: string) => complianceUnderHistory(h, hs, life, on).status;
          for (let d = answer.since; d <= day(n); d = addDays(d, 1)) {
            expect(status(d)).toBe(answer.status);
          }
          expect(
            answer.since === life.from ? 'the body’s first day' : status(addDays(answer.since, -1)),
          ).not.toBe(answer.status);
        },
      ),
    );
  });

  it('reports as not met exactly the days that were not met, each with the terms of that day', () => {
    fc.assert(
      fc.property(historyArb, holdingsArb, lifespanArb, (h, hs, life) => {
        const periods = nonCompliantPeriodsUnderHistory(h, hs, life, {
          from: day(0),
          to: day(WINDOW),
        });
        for (const on of windowDays) {
          const answer = complianceUnderHistory(h, hs, life, on);
          const inPeriod = periods.filter((p) => p.from <= on && p.to !== null && on <= p.to);
          if (answer.status === 'VACANCY' || answer.status === 'OVER') {
            expect(inPeriod).toEqual([
              expect.objectContaining({
                status: answer.status,
                held: answer.held,
                rule: answer.rule,
              }),
            ]);
          } else {
            expect(inPeriod).toEqual([]);
          }
        }
      }),
    );
  });

  it('refuses a seat on the first day the terms in force that day would be exceeded', () => {
    fc.assert(
      fc.property(historyArb, holdingsArb, lifespanArb, termArb, (h, hs, life, term) => {
        const candidate = cross('p9', term.startsOn, term.endsOn, { membershipId: '' });
        const check = checkCrossSeat(candidate, hs, ruleWindows(h, life));
        const full = windowDays.find((on) => {
          const terms = termsOn(h, life, on);
          return isActiveOn(candidate, on) && terms !== null && heldOn(hs, on) + 1 > terms.maxSeats;
        });
        expect(check.refusals.find((r) => r.reason === 'SEATS_FULL')?.on).toBe(full);
        expect(check.refusals.some((r) => r.reason === 'NO_RULE')).toBe(
          termsOn(h, life, candidate.startsOn) === null,
        );
      }),
    );
  });
});

describe('changing a rule from a date', () => {
  const two = { minSeats: 2, maxSeats: 2 };
  const three = { minSeats: 3, maxSeats: 3 };
  const v = (effectiveFrom: string, seats: typeof two | null) => ({ effectiveFrom, seats });
  const today = '2026-12-07';
  const since2020 = [v('2020-01-01', two)];

  it.each([
    ['a change from today', since2020, v(today, three), [...since2020, v(today, three)]],
    [
      'a change due later',
      since2020,
      v('2027-01-01', three),
      [...since2020, v('2027-01-01', three)],
    ],
    ['the same seats again: nothing', since2020, v('2027-01-01', two), since2020],
    [
      'a change that replaces one already due from a later day',
      [...since2020, v('2027-06-01', three), v('2028-01-01', null)],
      v('2027-01-01', three),
      [...since2020, v('2027-01-01', three)],
    ],
    [
      'a change on the day of one already due',
      [...since2020, v('2027-01-01', three)],
      v('2027-01-01', { minSeats: 1, maxSeats: 4 }),
      [...since2020, v('2027-01-01', { minSeats: 1, maxSeats: 4 })],
    ],
    ['removal from a day', since2020, v('2027-01-01', null), [...since2020, v('2027-01-01', null)]],
    [
      'removal of a rule not yet in force: nothing left',
      [v('2027-01-01', two)],
      v(today, null),
      [],
    ],
    ['a new rule', [], v(today, two), [v(today, two)]],
    [
      'removing what is already removed: nothing',
      [...since2020, v('2026-01-01', null)],
      v(today, null),
      [...since2020, v('2026-01-01', null)],
    ],
  ])('%s', (_name, versions, change, expected) => {
    expect(changeRule(versions, change, today)).toEqual(expected);
  });

  it.each([
    [
      'yesterday',
      '2026-12-06',
      'The change must take effect from today (7 December 2026) or later, so that compliance before then stays as it was',
    ],
    ['no real day', '2026-02-30', 'The date the change takes effect must be a real date'],
  ])('refuses a change from %s', (_name, effectiveFrom, message) => {
    const error = caught(() => changeRule(since2020, v(effectiveFrom, three), today));
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      message,
      details: { field: 'effectiveFrom' },
    });
  });

  it('never changes the terms of a day before the change', () => {
    const versionsArb = fc.uniqueArray(
      fc.tuple(fc.integer({ min: 0, max: WINDOW }), fc.option(fc.constantFrom(two, three))),
      { maxLength: 4, selector: ([n]) => n },
    );
    fc.assert(
      fc.property(
        versionsArb,
        fc.integer({ min: 0, max: WINDOW }),
        fc.option(fc.constantFrom(two, three)),
        (raw, n, seats) => {
          const versions = raw.map(([d, terms]) => v(day(d), terms));
          const history = (vs: typeof versions) => ({
            targetBodyId: EVIDENCE,
            fromBodyId: EBE,
            versions: vs,
          });
          const after = changeRule(versions, v(day(n), seats), day(n));
          const life = { from: day(0), to: null };
          for (const on of windowDays) {
            const was = ruleWindows(history(versions), life).find((w) =>
              isActiveOn({ startsOn: w.inForce.from, endsOn: w.inForce.to }, on),
            );
            const now = ruleWindows(history(after), life).find((w) =>
              isActiveOn({ startsOn: w.inForce.from, endsOn: w.inForce.to }, on),
            );
            const terms = (w: typeof was) =>
              w === undefined ? null : { minSeats: w.minSeats, maxSeats: w.maxSeats };
            expect(terms(now)).toEqual(on < day(n) ? terms(was) : seats);
          }
        },
      ),
    );
  });

  it.each([
    ['in force', since2020, two],
    ['not yet in force: the terms due', [v('2027-01-01', three)], three],
    ['in force, with a change due', [...since2020, v('2027-01-01', three)], two],
    ['removed: the last terms it had', [...since2020, v('2026-01-01', null)], two],
    ['removed, and due back', [...since2020, v('2026-01-01', null), v('2027-01-01', three)], three],
    ['never with seats', [], null],
  ])('stands, today, for its terms when %s', (_name, versions, seats) => {
    expect(termsAsOf(versions, today)?.seats ?? null).toEqual(seats);
  });

  it.each([
    ['in force', since2020, null],
    ['removed', [...since2020, v('2026-01-01', null)], '2026-01-01'],
    ['due to be removed', [...since2020, v('2027-01-01', null)], '2027-01-01'],
    ['removed, and due back', [...since2020, v('2026-01-01', null), v('2027-01-01', three)], null],
  ])('says when a rule %s is removed', (_name, versions, expected) => {
    expect(removedFrom(versions)).toBe(expected);
  });
});

describe('ruleVersionStandings', () => {
  const v = (
    effectiveFrom: string,
    seats: CrossSeatRuleVersion['seats'] = { minSeats: 2, maxSeats: 2 },
  ) => ({
    effectiveFrom,
    seats,
  });
  const history = [v('2021-04-14'), v('2026-01-01'), v('2027-01-01', null), v('2028-01-01')];

  it.each([
    ['before any version', '2020-01-01', ['FUTURE', 'FUTURE', 'FUTURE', 'FUTURE']],
    ['on the first day', '2021-04-14', ['CURRENT', 'FUTURE', 'FUTURE', 'FUTURE']],
    ['between versions', '2026-12-31', ['PAST', 'CURRENT', 'FUTURE', 'FUTURE']],
    ['on a removal’s day', '2027-01-01', ['PAST', 'PAST', 'CURRENT', 'FUTURE']],
    ['after the last', '2030-01-01', ['PAST', 'PAST', 'PAST', 'CURRENT']],
  ])('%s', (_, today, standings) => {
    expect(ruleVersionStandings(history, today).map((version) => version.standing)).toEqual(
      standings,
    );
  });

  it('keeps the order given', () => {
    const shuffled = [history[2], history[0], history[3], history[1]].filter(
      (version): version is (typeof history)[number] => version !== undefined,
    );
    expect(ruleVersionStandings(shuffled, '2026-06-01')).toEqual([
      { ...history[2], standing: 'FUTURE' },
      { ...history[0], standing: 'PAST' },
      { ...history[3], standing: 'FUTURE' },
      { ...history[1], standing: 'CURRENT' },
    ]);
  });
});
