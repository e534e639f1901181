import {
  assertCrossSeat,
  assertNoOverlap,
  bodyExistsOn,
  londonDate,
  nonCompliantPeriodsUnderHistory,
  validateBodyLifespan,
  validateCrossSeatRule,
  validateMeetingTimes,
  validateTerm,
  type CrossSeatRuleHistory,
  type SeatHolding,
} from '@boards/domain';
import { createTestDatabase, type TestDatabase } from '../testing';
import { LARGE_DATA_TABLES } from './large-data';
import { seedLargeData, type LargeDataOptions } from './seed-large';

/** The generator of `npm run seed:large`, at a scale a test can check row by row. */
const SMALL: LargeDataOptions = {
  seed: 7,
  bodies: 10,
  people: 300,
  memberships: 900,
  meetings: 400,
  papers: 2_000,
};

describe('the large data set (real PostgreSQL)', () => {
  let first: TestDatabase;
  let second: TestDatabase;

  beforeAll(async () => {
    [first, second] = await Promise.all([createTestDatabase(), createTestDatabase()]);
  });
  afterAll(async () => {
    await Promise.all([first?.drop(), second?.drop()]);
  });

  const sql = (db: TestDatabase, text: string, params: unknown[] = []) =>
    db.dataSource.query(text, params);

  /** Each table's rows in a fixed order, as text: what "identical" is checked against. */
  async function contents(db: TestDatabase): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const table of LARGE_DATA_TABLES) {
      const [{ digest, count }] = await sql(
        db,
        `SELECT count(*)::int AS count, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS digest
           FROM ${table} t`,
      );
      out[table] = `${count} ${digest}`;
    }
    return out;
  }

  it('makes the numbers asked for, the same rows from the same seed, and loads once', async () => {
    const [one, two] = await Promise.all([
      seedLargeData(first.dataSource, SMALL),
      seedLargeData(second.dataSource, SMALL),
    ]);
    expect(one).toMatchObject({ loaded: true });
    expect(two).toMatchObject({ loaded: true });
    if (!one.loaded) return;
    expect(one.rows).toMatchObject({
      body: SMALL.bodies,
      person: SMALL.people,
      membership: SMALL.memberships,
      meeting: SMALL.meetings,
      paper: SMALL.papers,
    });
    const [a, b] = await Promise.all([contents(first), contents(second)]);
    expect(a).toEqual(b);
    expect(await seedLargeData(first.dataSource, SMALL)).toEqual({
      loaded: false,
      reason: 'the large data set is loaded already',
    });
    expect(await contents(first)).toEqual(a);
    // Another seed gives another data set.
    const other = await createTestDatabase();
    try {
      await seedLargeData(other.dataSource, { ...SMALL, seed: 8 });
      expect((await contents(other))['membership']).not.toEqual(a['membership']);
    } finally {
      await other.drop();
    }
  });

  it('keeps every rule of the domain', async () => {
    const bodies: { id: string; establishedOn: string; dissolvedOn: string | null }[] = await sql(
      first,
      `SELECT id, established_on AS "establishedOn", dissolved_on AS "dissolvedOn" FROM body`,
    );
    const bodyById = new Map(bodies.map((b) => [b.id, b]));
    const lastDay = (b: { dissolvedOn: string | null }) =>
      b.dissolvedOn === null
        ? null
        : new Date(Date.parse(`${b.dissolvedOn}T00:00:00Z`) - 86_400_000)
            .toISOString()
            .slice(0, 10);
    for (const body of bodies) validateBodyLifespan(body);

    const holdings: SeatHolding[] = await sql(
      first,
      `SELECT id AS "membershipId", person_id AS "personId", body_id AS "bodyId", seat,
              from_body_id AS "fromBodyId", starts_on AS "startsOn", ends_on AS "endsOn"
         FROM membership`,
    );
    const byPersonAndBody = new Map<string, SeatHolding[]>();
    for (const h of holdings) {
      validateTerm(h);
      // Within the body's lifespan: from its first day to its last.
      const body = bodyById.get(h.bodyId);
      expect(body).toBeDefined();
      if (!body) continue;
      expect(h.startsOn >= body.establishedOn).toBe(true);
      const last = lastDay(body);
      if (last !== null) expect(h.endsOn !== null && h.endsOn <= last).toBe(true);
      const key = `${h.personId}|${h.bodyId}`;
      byPersonAndBody.set(key, [...(byPersonAndBody.get(key) ?? []), h]);
    }
    for (const terms of byPersonAndBody.values()) {
      for (const term of terms) {
        assertNoOverlap(
          { ...term, id: term.membershipId },
          terms.map((t) => ({ ...t, id: t.membershipId })),
        );
      }
    }

    const versions: {
      targetBodyId: string;
      fromBodyId: string;
      effectiveFrom: string;
      minSeats: number;
      maxSeats: number;
    }[] = await sql(
      first,
      `SELECT r.target_body_id AS "targetBodyId", r.from_body_id AS "fromBodyId",
              v.effective_from AS "effectiveFrom", v.min_seats AS "minSeats", v.max_seats AS "maxSeats"
         FROM cross_seat_rule r JOIN cross_seat_rule_version v ON v.rule_id = r.id`,
    );
    expect(versions.length).toBeGreaterThan(0);
    const crossSeats = holdings.filter((h) => h.seat === 'CROSS_SEAT');
    expect(crossSeats.length).toBeGreaterThan(SMALL.memberships * 0.02);
    for (const v of versions) {
      validateCrossSeatRule(v);
      const target = bodyById.get(v.targetBodyId);
      if (!target) throw new Error('a rule names an unknown body');
      const history: CrossSeatRuleHistory = {
        targetBodyId: v.targetBodyId,
        fromBodyId: v.fromBodyId,
        versions: [
          { effectiveFrom: v.effectiveFrom, seats: { minSeats: v.minSeats, maxSeats: v.maxSeats } },
        ],
      };
      const periods = nonCompliantPeriodsUnderHistory(
        history,
        holdings,
        { from: target.establishedOn, to: lastDay(target) },
        { from: target.establishedOn, to: null },
      );
      expect(periods.filter((p) => p.status === 'OVER')).toEqual([]);
    }
    // Each cross-seat, judged as the service judges an appointment against all the others:
    // a rule for the pair, a from-body membership throughout, a free seat, no overlap.
    const rulesInForce = versions.map((v) => {
      const target = bodyById.get(v.targetBodyId) as (typeof bodies)[number];
      return { ...v, inForce: { from: target.establishedOn, to: lastDay(target) } };
    });
    for (const seat of crossSeats) {
      const others = holdings.filter((h) => h.membershipId !== seat.membershipId);
      expect(() => assertCrossSeat(seat, others, rulesInForce)).not.toThrow();
    }

    const meetings: { startsAt: Date; endsAt: Date; bodyIds: string[] }[] = await sql(
      first,
      `SELECT m.starts_at AS "startsAt", m.ends_at AS "endsAt", array_agg(mb.body_id) AS "bodyIds"
         FROM meeting m JOIN meeting_body mb ON mb.meeting_id = m.id GROUP BY m.id`,
    );
    expect(meetings).toHaveLength(SMALL.meetings);
    for (const meeting of meetings) {
      validateMeetingTimes(meeting.startsAt, meeting.endsAt);
      const day = londonDate(meeting.startsAt);
      for (const id of meeting.bodyIds) {
        expect(bodyExistsOn(bodyById.get(id) as (typeof bodies)[number], day)).toBe(true);
      }
    }

    // An easy read version is open to everyone who may open its original: the same visibility.
    const [{ mismatched }] = await sql(
      first,
      `SELECT count(*)::int AS mismatched FROM paper e JOIN paper o ON o.id = e.easy_read_of
        WHERE e.visibility <> o.visibility OR e.meeting_id <> o.meeting_id`,
    );
    expect(mismatched).toBe(0);
  });
});
