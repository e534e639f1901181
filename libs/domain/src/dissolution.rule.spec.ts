import fc from 'fast-check';
import { crossSeatCascade, type SeatHolding } from './cross-seating.rule';
import { planDissolution, type DissolutionPlan } from './dissolution.rule';
import { addDays } from './iso-date';
import { firstUncoveredDay, type Term } from './membership-term.rule';

const BODY = {
  id: 'board',
  name: 'Experts by Experience Board',
  establishedOn: '2021-03-15',
  dissolvedOn: null,
};

const holding = (
  membershipId: string,
  personId: string,
  startsOn: string,
  endsOn: string | null,
  seat: Partial<Pick<SeatHolding, 'bodyId' | 'fromBodyId'>> = {},
): SeatHolding => ({
  membershipId,
  personId,
  bodyId: seat.bodyId ?? BODY.id,
  seat: seat.fromBodyId ? 'CROSS_SEAT' : 'ORDINARY',
  fromBodyId: seat.fromBodyId ?? null,
  startsOn,
  endsOn,
});
const crossSeat = (id: string, personId: string, startsOn: string, endsOn: string | null) =>
  holding(id, personId, startsOn, endsOn, { bodyId: 'evidence', fromBodyId: BODY.id });

describe('planDissolution', () => {
  const memberships = [
    holding('over', 'ada', '2021-03-15', '2022-01-01'),
    holding('open', 'ben', '2021-03-15', null),
    holding('beyond', 'cat', '2026-01-01', '2028-12-31'),
    holding('to-the-last-day', 'dan', '2021-03-15', '2027-03-31'),
    holding('not-begun', 'eve', '2027-06-01', null),
    // A change of role split one term in two: the first ends, the second never begins.
    holding('chair', 'fay', '2021-03-15', '2027-12-31'),
    holding('member', 'fay', '2028-01-01', null),
    holding('on-the-last-day', 'gus', '2027-03-31', null),
    // Someone else's membership of another body is none of this.
    holding('elsewhere', 'ben', '2021-03-15', null, { bodyId: 'design' }),
  ];
  const crossSeats = [
    crossSeat('ben-seat', 'ben', '2021-04-14', null),
    crossSeat('dan-seat', 'dan', '2021-04-14', '2027-03-31'),
    crossSeat('eve-seat', 'eve', '2027-06-01', null),
    crossSeat('fay-seat', 'fay', '2024-01-01', null),
    crossSeat('fay-later-seat', 'fay', '2027-05-01', '2027-09-30'),
    // Resting on another body: dissolving this one leaves it alone.
    holding('ben-design-seat', 'ben', '2021-04-14', null, {
      bodyId: 'evidence',
      fromBodyId: 'design',
    }),
  ];

  it('ends what runs beyond the last day, removes what has not begun, and the cross-seats follow', () => {
    expect(planDissolution(BODY, '2027-04-01', memberships, crossSeats)).toEqual({
      dissolvedOn: '2027-04-01',
      lastDay: '2027-03-31',
      ending: [
        { membershipId: 'open', endsOn: '2027-03-31' },
        { membershipId: 'beyond', endsOn: '2027-03-31' },
        { membershipId: 'chair', endsOn: '2027-03-31' },
        { membershipId: 'on-the-last-day', endsOn: '2027-03-31' },
      ],
      cancelled: ['not-begun', 'member'],
      crossSeatsEnding: [
        { membershipId: 'ben-seat', endsOn: '2027-03-31' },
        { membershipId: 'fay-seat', endsOn: '2027-03-31' },
      ],
      crossSeatsCancelled: ['eve-seat', 'fay-later-seat'],
    } satisfies DissolutionPlan);
  });

  it('changes nothing when nothing runs beyond the last day', () => {
    expect(planDissolution(BODY, '2022-01-02', memberships.slice(0, 1), crossSeats)).toEqual({
      dissolvedOn: '2022-01-02',
      lastDay: '2022-01-01',
      ending: [],
      cancelled: [],
      crossSeatsEnding: [],
      crossSeatsCancelled: [],
    });
  });

  it.each([
    [{ ...BODY, dissolvedOn: '2024-01-01' }, '2027-04-01', 'INVALID_TRANSITION', undefined],
    // A body lasts a day at least: not dissolved on the day it was established, nor before.
    [BODY, '2021-03-15', 'BAD_USER_INPUT', { field: 'dissolvedOn' }],
    [BODY, '2021-03-14', 'BAD_USER_INPUT', { field: 'dissolvedOn' }],
    [BODY, '2027-02-30', 'BAD_USER_INPUT', { field: 'dissolvedOn' }],
    [BODY, '1 April 2027', 'BAD_USER_INPUT', { field: 'dissolvedOn' }],
  ])('refuses dissolving %o from %s with %s', (body, dissolvedOn, code, details) => {
    expect(() => planDissolution(body, dissolvedOn, memberships, crossSeats)).toThrow(
      expect.objectContaining({ code, ...(details ? { details } : {}) }),
    );
  });

  it('accepts a body dissolved the day after it was established (one day long)', () => {
    const plan = planDissolution(BODY, '2021-03-16', memberships, crossSeats);
    expect(plan.lastDay).toBe('2021-03-15');
    expect(plan.ending.map((end) => end.membershipId)).toEqual([
      'over',
      'open',
      'to-the-last-day',
      'chair',
    ]);
  });

  // ---- Properties over generated bodies, memberships and the cross-seats resting on them.

  const DAY0 = BODY.establishedOn;
  const day = (n: number) => addDays(DAY0, n);
  const term = fc
    .tuple(fc.integer({ min: 0, max: 60 }), fc.option(fc.integer({ min: 0, max: 40 })))
    .map(([start, length]) => ({
      startsOn: day(start),
      endsOn: length === null ? null : day(start + length),
    }));
  /** Each person: non-overlapping terms on the body, and cross-seats within one of them. */
  const person = fc.record({
    terms: fc.array(term, { maxLength: 3 }),
    seats: fc.array(
      fc.tuple(fc.nat(), fc.integer({ min: 0, max: 20 }), fc.option(fc.nat({ max: 30 }))),
      { maxLength: 2 },
    ),
  });
  const world = fc
    .tuple(fc.array(person, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 120 }))
    .map(([people, dissolvedAfter]) => {
      const memberships: SeatHolding[] = [];
      const seats: SeatHolding[] = [];
      people.forEach((p, who) => {
        const kept: Term[] = [];
        for (const t of p.terms) {
          const clash = kept.some(
            (k) =>
              (k.endsOn === null || t.startsOn <= k.endsOn) &&
              (t.endsOn === null || k.startsOn <= t.endsOn),
          );
          if (!clash) kept.push(t);
        }
        kept.forEach((t, i) =>
          memberships.push(holding(`m${who}-${i}`, `p${who}`, t.startsOn, t.endsOn)),
        );
        p.seats.forEach(([pick, offset, length], i) => {
          const under = kept[pick % Math.max(kept.length, 1)];
          if (!under) return;
          const startsOn = addDays(under.startsOn, offset);
          if (under.endsOn !== null && startsOn > under.endsOn) return;
          let endsOn = length === null ? under.endsOn : addDays(startsOn, length);
          if (under.endsOn !== null && (endsOn === null || endsOn > under.endsOn)) {
            endsOn = under.endsOn;
          }
          seats.push(crossSeat(`x${who}-${i}`, `p${who}`, startsOn, endsOn));
        });
      });
      return { memberships, seats, dissolvedOn: addDays(BODY.establishedOn, dissolvedAfter) };
    });

  /** The holdings once the plan is carried out. */
  function applied(plan: DissolutionPlan, holdings: readonly SeatHolding[]): SeatHolding[] {
    const ends = new Map(
      [...plan.ending, ...plan.crossSeatsEnding].map((end) => [end.membershipId, end.endsOn]),
    );
    const gone = new Set([...plan.cancelled, ...plan.crossSeatsCancelled]);
    return holdings
      .filter((h) => !gone.has(h.membershipId))
      .map((h) => ({ ...h, endsOn: ends.get(h.membershipId) ?? h.endsOn }));
  }

  /**
   * How dissolving was done before the plan: membership by membership, each followed by the
   * cascade over the person's memberships of the body as they stood then.
   */
  function oneByOne(lastDay: string, memberships: SeatHolding[], seats: SeatHolding[]) {
    let state = [...memberships, ...seats];
    for (const m of memberships) {
      if (m.endsOn !== null && m.endsOn <= lastDay) continue;
      state =
        m.startsOn > lastDay
          ? state.filter((h) => h.membershipId !== m.membershipId)
          : state.map((h) => (h.membershipId === m.membershipId ? { ...h, endsOn: lastDay } : h));
      const theirs = state.filter((h) => h.personId === m.personId);
      const actions = crossSeatCascade(
        theirs.filter((h) => h.bodyId === BODY.id),
        theirs.filter((h) => h.seat === 'CROSS_SEAT' && h.fromBodyId === BODY.id),
      );
      for (const action of actions) {
        state =
          action.action === 'CANCEL'
            ? state.filter((h) => h.membershipId !== action.membershipId)
            : state.map((h) =>
                h.membershipId === action.membershipId ? { ...h, endsOn: action.endsOn } : h,
              );
      }
    }
    return state;
  }

  const byId = (a: SeatHolding, b: SeatHolding) => a.membershipId.localeCompare(b.membershipId);

  it('leaves nothing of the body beyond its last day, and every cross-seat still covered', () => {
    fc.assert(
      fc.property(world, ({ memberships, seats, dissolvedOn }) => {
        const plan = planDissolution(BODY, dissolvedOn, memberships, seats);
        const after = applied(plan, [...memberships, ...seats]);
        for (const h of after.filter((x) => x.bodyId === BODY.id)) {
          expect(h.endsOn !== null && h.endsOn <= plan.lastDay).toBe(true);
        }
        for (const seat of after.filter((x) => x.seat === 'CROSS_SEAT')) {
          const under = after.filter((x) => x.personId === seat.personId && x.bodyId === BODY.id);
          expect(firstUncoveredDay(under, seat)).toBeNull();
        }
        // What was over by the last day is left as it was.
        for (const h of [...memberships, ...seats]) {
          if (h.endsOn !== null && h.endsOn <= plan.lastDay) {
            expect(after).toContainEqual(h);
          }
        }
      }),
    );
  });

  it('comes to what ending the memberships one by one, cascading after each, came to', () => {
    fc.assert(
      fc.property(world, ({ memberships, seats, dissolvedOn }) => {
        const plan = planDissolution(BODY, dissolvedOn, memberships, seats);
        expect(applied(plan, [...memberships, ...seats]).sort(byId)).toEqual(
          oneByOne(plan.lastDay, memberships, seats).sort(byId),
        );
      }),
    );
  });
});
