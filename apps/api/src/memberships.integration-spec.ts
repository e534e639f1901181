import { addDays, londonDate } from '@boards/domain';
import { dataOf, outcomeOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const MEMBERS = `query ($slug: String!, $on: LocalDate) {
  body(slug: $slug) {
    members(on: $on) { role seat startsOn endsOn fromBody { slug } person { id visibility displayName livedExperience } }
  }
}`;
const COMPLIANCE = `query ($slug: String!, $on: LocalDate) {
  body(slug: $slug) {
    crossSeatCompliance(on: $on) {
      status held since on rule { minSeats maxSeats fromBody { slug } targetBody { slug } }
      holders { person { displayName } }
    }
    crossSeatTimeline { status from to held }
  }
}`;
const APPOINT = `mutation ($input: AppointmentInput!) {
  appointMember(input: $input) { id role seat startsOn endsOn status version fromBody { slug } body { slug } person { fullName } }
}`;
const PREVIEW = `query ($input: AppointmentInput!) {
  previewAppointment(input: $input) { allowed seatsBefore seatsAfter rule { maxSeats } refusals { code message field on } }
}`;
const END = `mutation ($id: ID!, $input: EndMembershipInput!, $version: Int!) {
  endMembership(id: $id, input: $input, expectedVersion: $version) {
    membership { id endsOn endReason status version }
    crossSeatsEnded { id endsOn endReason body { slug } }
    crossSeatsCancelled { id }
    sessionsEnded
  }
}`;
const RECORDS = `query ($slug: String!) {
  body(slug: $slug) { memberships(first: 100) { totalCount edges { node { id role seat startsOn endsOn endReason version status person { id fullName email } } } } }
}`;

describe('memberships and cross-seating over HTTP (real PostgreSQL)', () => {
  let api: ApiHarness;
  let secretariat: string;
  const ids = new Map<string, string>();
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);
  const count = async (table: string) =>
    Number((await sql(`SELECT count(*)::int AS n FROM ${table}`))[0].n);
  /** Rows that a refused change must leave exactly as they were. */
  const snapshot = async () => ({
    memberships: await sql(`SELECT * FROM membership ORDER BY id`),
    audit: await count('audit_event'),
  });

  async function recordOf(slug: string, email: string, seat = 'ORDINARY'): Promise<Json> {
    const records = dataOf(await api.graphql(RECORDS, { slug }, secretariat)).body.memberships;
    return records.edges
      .map((e: Json) => e.node)
      .find((n: Json) => n.person.email === email && n.seat === seat && n.endsOn === null);
  }

  beforeAll(async () => {
    api = await startApi();
    secretariat = await api.signIn('secretariat@example.org');
    for (const row of await sql(
      `SELECT slug AS key, id FROM body UNION ALL SELECT email, id FROM person`,
    )) {
      ids.set(row.key, row.id);
    }
  });
  afterAll(() => api?.close());

  it('shows the public each body’s members with consent applied, cross-seats marked, the hidden left out', async () => {
    const evidence = dataOf(await api.graphql(MEMBERS, { slug: 'evidence-group' })).body.members;
    expect(evidence).toEqual([
      expect.objectContaining({
        role: 'CHAIR',
        seat: 'ORDINARY',
        fromBody: null,
        person: expect.objectContaining({ displayName: 'Helen Marsh', visibility: 'NAMED' }),
      }),
      expect.objectContaining({
        role: 'MEMBER',
        seat: 'CROSS_SEAT',
        fromBody: { slug: 'experts-by-experience-board' },
        person: expect.objectContaining({ displayName: 'Jordan E.' }),
      }),
      expect.objectContaining({
        role: 'MEMBER',
        seat: 'ORDINARY',
        person: expect.objectContaining({ displayName: 'Owen Lloyd' }),
      }),
      expect.objectContaining({
        role: 'MEMBER',
        seat: 'CROSS_SEAT',
        fromBody: { slug: 'experts-by-experience-board' },
        person: {
          id: null,
          visibility: 'ANONYMOUS',
          displayName: 'A member with lived experience',
          livedExperience: true,
        },
      }),
    ]);
    const board = dataOf(await api.graphql(MEMBERS, { slug: 'experts-by-experience-board' })).body
      .members;
    const names = board.map((m: Json) => m.person.displayName);
    expect(names).not.toContain('Tom Hargreaves');
    expect(board.every((m: Json) => m.person.visibility !== 'HIDDEN')).toBe(true);
    // The secretariat sees everyone, the hidden too.
    const staffView = dataOf(
      await api.graphql(MEMBERS, { slug: 'experts-by-experience-board' }, secretariat),
    ).body.members;
    expect(staffView.map((m: Json) => m.person.displayName)).toContain('Tom Hargreaves');
  });

  it('answers members for any date: before a cross-seat began it is not listed', async () => {
    const early = dataOf(await api.graphql(MEMBERS, { slug: 'design-group', on: '2021-05-01' }))
      .body.members;
    expect(early.filter((m: Json) => m.seat === 'CROSS_SEAT')).toHaveLength(1);
    const before = dataOf(await api.graphql(MEMBERS, { slug: 'design-group', on: '2021-01-01' }))
      .body.members;
    expect(before).toEqual([]);
  });

  it('finds the seeded data compliant today, with the design group’s early vacancy in its timeline', async () => {
    const evidence = dataOf(
      await api.graphql(COMPLIANCE, { slug: 'evidence-group', on: '2026-11-23' }),
    ).body;
    expect(evidence.crossSeatCompliance).toEqual([
      expect.objectContaining({
        status: 'COMPLIANT',
        held: 2,
        since: '2021-04-14',
        rule: {
          minSeats: 2,
          maxSeats: 2,
          fromBody: { slug: 'experts-by-experience-board' },
          targetBody: { slug: 'evidence-group' },
        },
      }),
    ]);
    expect(evidence.crossSeatCompliance[0].holders).toHaveLength(2);
    expect(evidence.crossSeatTimeline).toEqual([]);
    const design = dataOf(
      await api.graphql(COMPLIANCE, { slug: 'design-group', on: '2021-05-01' }),
    ).body;
    expect(design.crossSeatCompliance[0]).toMatchObject({
      status: 'VACANCY',
      held: 1,
      since: '2021-04-21',
    });
    expect(design.crossSeatTimeline).toEqual([
      { status: 'VACANCY', from: '2021-04-21', to: '2021-06-08', held: 1 },
    ]);
  });

  it('refuses a third cross-seat on the Evidence Group with CROSS_SEAT_RULE, writing nothing, and the preview explains why', async () => {
    const input = {
      personId: ids.get('sam.adeyemi@example.org'),
      bodyId: ids.get('evidence-group'),
      fromBodyId: ids.get('experts-by-experience-board'),
      role: 'MEMBER',
      startsOn: '2024-01-01',
    };
    const preview = dataOf(await api.graphql(PREVIEW, { input }, secretariat)).previewAppointment;
    expect(preview).toMatchObject({
      allowed: false,
      seatsBefore: 2,
      seatsAfter: 3,
      rule: { maxSeats: 2 },
    });
    expect(preview.refusals).toEqual([
      expect.objectContaining({ code: 'CROSS_SEAT_RULE', on: '2024-01-01' }),
    ]);
    const before = await snapshot();
    const result = await api.graphql(APPOINT, { input }, secretariat);
    expect(outcomeOf(result)).toBe('CROSS_SEAT_RULE');
    expect(result.errors?.[0]?.message).toMatch(/2/);
    expect(await snapshot()).toEqual(before);
  });

  it('refuses a cross-seat that its from-body membership does not cover, writing nothing', async () => {
    const before = await snapshot();
    const result = await api.graphql(
      APPOINT,
      {
        input: {
          personId: ids.get('owen.lloyd@example.org'),
          bodyId: ids.get('design-group'),
          fromBodyId: ids.get('experts-by-experience-board'),
          role: 'MEMBER',
          startsOn: '2024-01-01',
        },
      },
      secretariat,
    );
    expect(outcomeOf(result)).toBe('CROSS_SEAT_RULE');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses an overlapping membership of the same body with MEMBERSHIP_OVERLAP, writing nothing', async () => {
    const before = await snapshot();
    const result = await api.graphql(
      APPOINT,
      {
        input: {
          personId: ids.get('owen.lloyd@example.org'),
          bodyId: ids.get('evidence-group'),
          role: 'CHAIR',
          startsOn: '2025-01-01',
          endsOn: '2025-12-31',
        },
      },
      secretariat,
    );
    expect(outcomeOf(result)).toBe('MEMBERSHIP_OVERLAP');
    expect(result.errors?.[0]?.extensions?.details?.field).toBe('startsOn');
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['a start before the body existed', { startsOn: '2020-01-01' }, 'BAD_USER_INPUT'],
    ['an end before the start', { startsOn: '2024-01-10', endsOn: '2024-01-01' }, 'BAD_USER_INPUT'],
    ['an impossible date', { startsOn: '2023-02-29' }, 'BAD_USER_INPUT'],
    [
      'a person who does not exist',
      { personId: '00000000-0000-4000-8000-000000000000' },
      'NOT_FOUND',
    ],
  ])('refuses %s with a typed error', async (_name, change, code) => {
    const before = await snapshot();
    const result = await api.graphql(
      APPOINT,
      {
        input: {
          personId: ids.get('aisha.karim@example.org'),
          bodyId: ids.get('evidence-group'),
          role: 'MEMBER',
          startsOn: '2024-01-01',
          ...change,
        },
      },
      secretariat,
    );
    expect(outcomeOf(result)).toBe(code);
    expect(result.status).not.toBe(500);
    expect(await snapshot()).toEqual(before);
  });

  it('appoints, changes role from a date (keeping the history), extends and corrects, each audited', async () => {
    const appointed = dataOf(
      await api.graphql(
        APPOINT,
        {
          input: {
            personId: ids.get('aisha.karim@example.org'),
            bodyId: ids.get('evidence-group'),
            role: 'CO_OPTED',
            startsOn: '2024-01-01',
            endsOn: '2024-12-31',
          },
        },
        secretariat,
      ),
    ).appointMember;
    expect(appointed).toMatchObject({
      role: 'CO_OPTED',
      seat: 'ORDINARY',
      status: 'PAST',
      version: 1,
      body: { slug: 'evidence-group' },
      person: { fullName: 'Aisha Karim' },
    });

    const changed = dataOf(
      await api.graphql(
        `mutation ($id: ID!) { changeMemberRole(id: $id, role: VICE_CHAIR, from: "2024-07-01", expectedVersion: 1) { id role startsOn endsOn } }`,
        { id: appointed.id },
        secretariat,
      ),
    ).changeMemberRole;
    expect(changed).toMatchObject({
      role: 'VICE_CHAIR',
      startsOn: '2024-07-01',
      endsOn: '2024-12-31',
    });
    const [first] = await sql(
      `SELECT ends_on::text, end_reason, version FROM membership WHERE id = $1`,
      [appointed.id],
    );
    expect(first).toEqual({
      ends_on: '2024-06-30',
      end_reason: 'Role changed to vice-chair',
      version: 2,
    });

    const stale = await api.graphql(
      `mutation ($id: ID!) { extendMembership(id: $id, endsOn: "2025-12-31", expectedVersion: 7) { id } }`,
      { id: changed.id },
      secretariat,
    );
    expect(outcomeOf(stale)).toBe('CONFLICT');

    const extended = dataOf(
      await api.graphql(
        `mutation ($id: ID!) { extendMembership(id: $id, endsOn: "2025-12-31", expectedVersion: 1) { endsOn version } }`,
        { id: changed.id },
        secretariat,
      ),
    ).extendMembership;
    expect(extended).toEqual({ endsOn: '2025-12-31', version: 2 });

    const corrected = dataOf(
      await api.graphql(
        `mutation ($id: ID!) { correctMembership(id: $id, expectedVersion: 2, input: { role: VICE_CHAIR, startsOn: "2024-07-01", endsOn: "2025-06-30", endReason: "Term ended", reason: "End date was typed wrongly" }) { membership { endsOn endReason } } }`,
        { id: changed.id },
        secretariat,
      ),
    ).correctMembership;
    expect(corrected.membership).toEqual({ endsOn: '2025-06-30', endReason: 'Term ended' });

    const actions = (
      await sql(`SELECT action FROM audit_event WHERE object_id IN ($1, $2) ORDER BY id`, [
        appointed.id,
        changed.id,
      ])
    ).map((r: Json) => r.action);
    expect(actions).toEqual([
      'membership.appoint',
      'membership.change-role',
      'membership.appoint',
      'membership.extend',
      'membership.correct',
    ]);
  });

  it('refuses to end a membership again at a later date with INVALID_TRANSITION', async () => {
    const [marcus] = await sql(
      `SELECT m.id, m.version FROM membership m JOIN person p ON p.id = m.person_id WHERE p.email = 'marcus.bell@example.org'`,
    );
    const before = await snapshot();
    const result = await api.graphql(
      END,
      { id: marcus.id, version: marcus.version, input: { endsOn: '2023-01-31', reason: 'Left' } },
      secretariat,
    );
    expect(outcomeOf(result)).toBe('INVALID_TRANSITION');
    expect(await snapshot()).toEqual(before);
  });

  it('ending an Experts by Experience Board membership ends its cross-seat the same day, in the same transaction, and the member’s sessions', async () => {
    const member = await api.signIn('member@example.org');
    const board = await recordOf('experts-by-experience-board', 'member@example.org');
    const stale = await api.graphql(
      END,
      {
        id: board.id,
        version: board.version + 1,
        input: { endsOn: '2024-06-30', reason: 'Stepped down' },
      },
      secretariat,
    );
    expect(outcomeOf(stale)).toBe('CONFLICT');

    const result = dataOf(
      await api.graphql(
        END,
        {
          id: board.id,
          version: board.version,
          input: { endsOn: '2024-06-30', reason: 'Stepped down' },
        },
        secretariat,
      ),
    ).endMembership;
    expect(result.membership).toMatchObject({
      endsOn: '2024-06-30',
      endReason: 'Stepped down',
      status: 'PAST',
    });
    expect(result.crossSeatsEnded).toEqual([
      expect.objectContaining({
        endsOn: '2024-06-30',
        endReason: 'Their membership of Experts by Experience Board ended',
        body: { slug: 'evidence-group' },
      }),
    ]);
    expect(result.sessionsEnded).toBeGreaterThanOrEqual(1);
    expect(outcomeOf(await api.graphql('{ me { fullName } }', {}, member))).toBe('ok');
    expect(dataOf(await api.graphql('{ me { fullName } }', {}, member)).me).toBeNull();

    const audit = await sql(
      `SELECT action, object_id FROM audit_event WHERE object_id = ANY($1) ORDER BY id`,
      [[board.id, result.crossSeatsEnded[0].id]],
    );
    expect(audit.map((r: Json) => r.action)).toEqual(['membership.end', 'membership.end']);

    const evidence = dataOf(
      await api.graphql(COMPLIANCE, { slug: 'evidence-group', on: '2026-11-23' }),
    ).body;
    expect(evidence.crossSeatCompliance[0]).toMatchObject({
      status: 'VACANCY',
      held: 1,
      since: '2024-07-01',
    });
    expect(evidence.crossSeatTimeline).toEqual([
      { status: 'VACANCY', from: '2024-07-01', to: null, held: 1 },
    ]);

    const past = dataOf(
      await api.graphql(
        `{ body(slug: "evidence-group") { pastMembers { totalCount edges { node { person { displayName } endsOn seat } } } } }`,
      ),
    ).body.pastMembers;
    expect(past.edges.map((e: Json) => e.node)).toContainEqual({
      person: { displayName: 'Jordan E.' },
      endsOn: '2024-06-30',
      seat: 'CROSS_SEAT',
    });

    // Filling the vacancy: an Experts by Experience Board member takes the seat from the next day.
    const filled = await api.graphql(
      APPOINT,
      {
        input: {
          personId: ids.get('sam.adeyemi@example.org'),
          bodyId: ids.get('evidence-group'),
          fromBodyId: ids.get('experts-by-experience-board'),
          role: 'MEMBER',
          startsOn: '2024-07-01',
        },
      },
      secretariat,
    );
    expect(outcomeOf(filled)).toBe('ok');
    const after = dataOf(
      await api.graphql(COMPLIANCE, { slug: 'evidence-group', on: '2026-11-23' }),
    ).body;
    expect(after.crossSeatCompliance[0]).toMatchObject({ status: 'COMPLIANT', held: 2 });
    expect(after.crossSeatTimeline).toEqual([]);
  });

  it('removes a membership recorded in error, and a cross-seat resting only on it is removed too', async () => {
    const personId = ids.get('owen.lloyd@example.org');
    const boardMembership = dataOf(
      await api.graphql(
        APPOINT,
        {
          input: {
            personId,
            bodyId: ids.get('experts-by-experience-board'),
            role: 'MEMBER',
            startsOn: '2030-01-01',
          },
        },
        secretariat,
      ),
    ).appointMember;
    // Design's two seats are full until Rhiannon's ends; make room by raising the maximum.
    const rule = dataOf(
      await api.graphql(
        `mutation ($input: CrossSeatRuleInput!) { setCrossSeatRule(input: $input) { minSeats maxSeats } }`,
        {
          input: {
            targetBodyId: ids.get('design-group'),
            fromBodyId: ids.get('experts-by-experience-board'),
            minSeats: 2,
            maxSeats: 3,
          },
        },
        secretariat,
      ),
    ).setCrossSeatRule;
    expect(rule).toEqual({ minSeats: 2, maxSeats: 3 });
    const seat = dataOf(
      await api.graphql(
        APPOINT,
        {
          input: {
            personId,
            bodyId: ids.get('design-group'),
            fromBodyId: ids.get('experts-by-experience-board'),
            role: 'MEMBER',
            startsOn: '2030-02-01',
          },
        },
        secretariat,
      ),
    ).appointMember;
    const removed = dataOf(
      await api.graphql(
        `mutation ($id: ID!) { removeMembership(id: $id, reason: "Entered for the wrong person", expectedVersion: 1) { membership { id } crossSeatsCancelled { id } crossSeatsEnded { id } } }`,
        { id: boardMembership.id },
        secretariat,
      ),
    ).removeMembership;
    expect(removed).toEqual({
      membership: null,
      crossSeatsCancelled: [{ id: seat.id }],
      crossSeatsEnded: [],
    });
    expect(
      await sql(`SELECT id FROM membership WHERE id = ANY($1)`, [[boardMembership.id, seat.id]]),
    ).toEqual([]);
    const trail = await sql(
      `SELECT action, after FROM audit_event WHERE object_id = $1 ORDER BY id`,
      [boardMembership.id],
    );
    expect(trail.at(-1)).toEqual({
      action: 'membership.remove',
      after: { reason: 'Entered for the wrong person' },
    });
  });

  it('creates, edits and dissolves a body; dissolving ends its memberships the day before', async () => {
    const created = await api.graphql(
      `mutation { createBody(input: { slug: "care-leavers-panel", name: "Care Leavers Panel", kind: GROUP, purpose: "Advises on leaving care", establishedOn: "2022-01-10" }) { id slug version } }`,
      {},
      secretariat,
    );
    const body = dataOf(created).createBody;
    const duplicate = await api.graphql(
      `mutation { createBody(input: { slug: "care-leavers-panel", name: "Again", kind: GROUP, purpose: "Again", establishedOn: "2022-01-10" }) { id } }`,
      {},
      secretariat,
    );
    expect(outcomeOf(duplicate)).toBe('CONFLICT');
    const renamed = await api.graphql(
      `mutation ($id: ID!, $at: Int!) { updateBody(id: $id, expectedVersion: $at, input: { name: "Care Leavers’ Panel", kind: GROUP, purpose: "Advises on leaving care", establishedOn: "2022-01-10" }) { name } }`,
      { id: body.id, at: body.version },
      secretariat,
    );
    expect(dataOf(renamed).updateBody.name).toBe('Care Leavers’ Panel');
    const staleEdit = await api.graphql(
      `mutation ($id: ID!, $at: Int!) { updateBody(id: $id, expectedVersion: $at, input: { name: "Stale", kind: GROUP, purpose: "Stale", establishedOn: "2022-01-10" }) { name } }`,
      { id: body.id, at: body.version },
      secretariat,
    );
    expect(outcomeOf(staleEdit)).toBe('CONFLICT');
    const slugChange = await api.graphql(
      `mutation ($id: ID!) { updateBody(id: $id, expectedVersion: 2, input: { slug: "other", name: "X", kind: GROUP, purpose: "X", establishedOn: "2022-01-10" }) { name } }`,
      { id: body.id },
      secretariat,
    );
    expect(outcomeOf(slugChange)).toBe('BAD_USER_INPUT');

    await api.graphql(
      APPOINT,
      {
        input: {
          personId: ids.get('owen.lloyd@example.org'),
          bodyId: body.id,
          role: 'CHAIR',
          startsOn: '2022-02-01',
        },
      },
      secretariat,
    );
    await api.graphql(
      APPOINT,
      {
        input: {
          personId: ids.get('grace.whitfield@example.org'),
          bodyId: body.id,
          role: 'MEMBER',
          startsOn: '2025-01-01',
        },
      },
      secretariat,
    );
    const dissolved = await api.graphql(
      `mutation ($id: ID!) { dissolveBody(id: $id, dissolvedOn: "2024-04-01", reason: "Work complete") { dissolvedOn } }`,
      { id: body.id },
      secretariat,
    );
    expect(dataOf(dissolved).dissolveBody).toEqual({ dissolvedOn: '2024-04-01' });
    const left = await sql(`SELECT ends_on::text, end_reason FROM membership WHERE body_id = $1`, [
      body.id,
    ]);
    expect(left).toEqual([
      { ends_on: '2024-03-31', end_reason: 'Care Leavers’ Panel was dissolved' },
    ]);
    const again = await api.graphql(
      `mutation ($id: ID!) { dissolveBody(id: $id, dissolvedOn: "2024-05-01", reason: "Again") { dissolvedOn } }`,
      { id: body.id },
      secretariat,
    );
    expect(outcomeOf(again)).toBe('INVALID_TRANSITION');
  });

  it('changes a cross-seat rule from a date: days before keep their terms, backdating is refused, removal is dated too', async () => {
    const today = londonDate(new Date());
    const [later, removal] = [addDays(today, 30), addDays(today, 60)];
    const RULES = `{ crossSeatRules { id minSeats maxSeats removedFrom targetBody { slug } history { effectiveFrom minSeats maxSeats } } }`;
    const evidenceRule = async () =>
      dataOf(await api.graphql(RULES)).crossSeatRules.find(
        (rule: Json) => rule.targetBody.slug === 'evidence-group',
      );
    const compliance = async (on: string) =>
      dataOf(await api.graphql(COMPLIANCE, { slug: 'evidence-group', on })).body;
    const { id, history: was } = await evidenceRule();
    const todayBefore = await compliance(today);
    const SET = `mutation ($input: CrossSeatRuleInput!) { setCrossSeatRule(input: $input) { minSeats maxSeats history { effectiveFrom minSeats maxSeats } } }`;
    const input = {
      targetBodyId: ids.get('evidence-group'),
      fromBodyId: ids.get('experts-by-experience-board'),
      minSeats: 3,
      maxSeats: 3,
    };

    const backdated = await api.graphql(
      SET,
      { input: { ...input, effectiveFrom: addDays(today, -1) } },
      secretariat,
    );
    expect(outcomeOf(backdated)).toBe('BAD_USER_INPUT');
    expect(backdated.errors?.[0]?.extensions?.details?.field).toBe('effectiveFrom');

    const set = dataOf(
      await api.graphql(SET, { input: { ...input, effectiveFrom: later } }, secretariat),
    );
    expect(set.setCrossSeatRule).toEqual({
      minSeats: 2,
      maxSeats: 2,
      history: [...was, { effectiveFrom: later, minSeats: 3, maxSeats: 3 }],
    });
    // Today, and every day before the change, is judged as it was.
    expect((await compliance(today)).crossSeatCompliance).toEqual(todayBefore.crossSeatCompliance);
    expect(todayBefore.crossSeatTimeline).toEqual([]);
    const [onTheDay] = (await compliance(later)).crossSeatCompliance;
    expect(onTheDay).toMatchObject({
      status: 'VACANCY',
      held: 2,
      since: later,
      rule: { minSeats: 3 },
    });
    expect((await compliance(later)).crossSeatTimeline).toContainEqual({
      status: 'VACANCY',
      from: later,
      to: null,
      held: 2,
    });

    const REMOVE = `mutation ($id: ID!, $from: LocalDate) { removeCrossSeatRule(id: $id, effectiveFrom: $from) { removedFrom } }`;
    const removed = await api.graphql(REMOVE, { id, from: removal }, secretariat);
    expect(dataOf(removed).removeCrossSeatRule).toEqual({ removedFrom: removal });
    expect(await evidenceRule()).toMatchObject({ removedFrom: removal, minSeats: 2 });
    const [gone] = (await compliance(removal)).crossSeatCompliance;
    expect(gone).toMatchObject({ status: 'NOT_IN_FORCE', held: 2 });
    expect((await compliance(today)).crossSeatTimeline).toContainEqual({
      status: 'VACANCY',
      from: later,
      to: addDays(removal, -1),
      held: 2,
    });

    // Putting the old seats back from the day of the change replaces what was due after it.
    const back = dataOf(
      await api.graphql(
        SET,
        { input: { ...input, minSeats: 2, maxSeats: 2, effectiveFrom: later } },
        secretariat,
      ),
    );
    expect(back.setCrossSeatRule.history).toEqual(was);
    expect(await compliance(later)).toMatchObject({
      crossSeatCompliance: [{ status: 'COMPLIANT' }],
    });
    const trail = await sql(
      `SELECT action, before, after FROM audit_event WHERE object_id = $1 ORDER BY id`,
      [id],
    );
    expect(trail.map((row: Json) => row.action)).toEqual([
      'cross-seat-rule.change',
      'cross-seat-rule.remove',
      'cross-seat-rule.change',
    ]);
    expect(trail[0].after).toEqual({ effectiveFrom: later, minSeats: 3, maxSeats: 3 });
    expect(trail[1].after).toEqual({ effectiveFrom: removal, removed: true });
  });
});
