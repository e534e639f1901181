import { SqlStatementCounter } from '@boards/api/database/testing';
import { dataOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

/**
 * The meeting page: the agenda with its declarations, the register, who was expected, the
 * quorum, the minutes with their entries and comments, decisions, actions and the actions
 * carried forward. Every relation goes through a per-request DataLoader, so the number of SQL
 * statements is the same for a meeting of 3 items as for one of 50.
 */
const MEETING_PAGE = `query ($id: ID!) {
  meeting(id: $id) {
    title
    agenda { title isPublic presenter { name } declarations { description person { displayName } } }
    attendance { status person { displayName } }
    expectedMembers { role crossSeat person { displayName } body { slug } fromBody { slug } }
    quorum { required present votingMembers met shortBy termsOfReferenceNumber }
    minutes {
      status allowedActions
      entries { notes agendaItem { title } }
      comments { text person { displayName } agendaItem { title } }
    }
    decisions { text agendaItem { title } }
    actions { description overdue owner { displayName } agendaItem { title } }
    actionsCarriedForward { description owner { displayName } meeting { title } }
  }
}`;

describe('the meeting page runs a fixed number of SQL statements (real PostgreSQL)', () => {
  const counter = new SqlStatementCounter();
  let api: ApiHarness;
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);

  /**
   * A held Evidence Group meeting with `items` agenda items (every third private), each led by
   * a member and with notes, a decision, an action and a declaration; circulated minutes with a comment per item;
   * everyone on the group present and `items` observers; and an earlier meeting with `items`
   * actions still open, carried forward.
   */
  async function meetingWith(items: number, day: string): Promise<string> {
    const [{ id: bodyId }] = await sql(`SELECT id FROM body WHERE slug = 'evidence-group'`);
    const [earlier] = await sql(
      `INSERT INTO meeting (title, starts_at, ends_at, location, status)
       VALUES ('Earlier', $1::date - 14 + time '10:00', $1::date - 14 + time '12:00', 'Room', 'HELD')
       RETURNING id`,
      [day],
    );
    const [meeting] = await sql(
      `INSERT INTO meeting (title, starts_at, ends_at, location, status)
       VALUES ($2, $1::date + time '10:00', $1::date + time '12:00', 'Room', 'HELD') RETURNING id`,
      [day, `${items} items`],
    );
    await sql(
      `INSERT INTO meeting_body (meeting_id, body_id, position) VALUES ($1, $3, 1), ($2, $3, 1)`,
      [meeting.id, earlier.id, bodyId],
    );
    await sql(
      `INSERT INTO agenda_item (meeting_id, position, title, duration_minutes, is_public)
       SELECT $1, n, 'Item ' || n, 10, n % 3 <> 0 FROM generate_series(1, $2) AS n`,
      [meeting.id, items],
    );
    const members: { person_id: string }[] = await sql(
      `SELECT DISTINCT person_id FROM membership
        WHERE body_id = $1 AND starts_on <= $2 AND (ends_on IS NULL OR ends_on >= $2)`,
      [bodyId, day],
    );
    const memberIds = members.map((m) => m.person_id);
    // Observers: people who do not sit on the group, as many as there are items.
    await sql(
      `INSERT INTO person (full_name, lived_experience)
       SELECT 'Observer ' || $1 || '-' || n, false FROM generate_series(1, $2) AS n`,
      [day, items],
    );
    await sql(
      `INSERT INTO attendance (meeting_id, person_id, status)
       SELECT $1::uuid, unnest($2::uuid[]), 'PRESENT'::attendance_status
       UNION ALL
       SELECT $1::uuid, id, 'OBSERVER'::attendance_status FROM person WHERE full_name LIKE 'Observer ' || $3 || '-%'`,
      [meeting.id, memberIds, day],
    );
    await sql(
      `INSERT INTO minutes (meeting_id, status, content) VALUES ($1, 'DRAFT', 'Present: all.')`,
      [meeting.id],
    );
    const perItem = `SELECT a.id AS item_id, a.position,
                            ($2::uuid[])[1 + (a.position % array_length($2::uuid[], 1))] AS person_id
                       FROM agenda_item a WHERE a.meeting_id = $1`;
    // Each item led by a member of the group.
    await sql(
      `UPDATE agenda_item a SET presenter_kind = 'PERSON', presenter_person_id = i.person_id
         FROM (${perItem}) i WHERE a.id = i.item_id`,
      [meeting.id, memberIds],
    );
    await sql(
      `INSERT INTO minutes_entry (agenda_item_id, meeting_id, notes)
       SELECT item_id, $1, 'Notes on item ' || position FROM (${perItem}) i`,
      [meeting.id, memberIds],
    );
    await sql(
      `INSERT INTO decision (meeting_id, agenda_item_id, text)
       SELECT $1, item_id, 'Decision on item ' || position FROM (${perItem}) i`,
      [meeting.id, memberIds],
    );
    await sql(
      `INSERT INTO meeting_action (meeting_id, agenda_item_id, description, owner_id, due_on)
       SELECT $1, item_id, 'Action on item ' || position, person_id, $3::date + position
         FROM (${perItem}) i`,
      [meeting.id, memberIds, day],
    );
    await sql(
      `INSERT INTO declaration_of_interest (meeting_id, person_id, agenda_item_id, description)
       SELECT $1, person_id, item_id, 'Interest in item ' || position FROM (${perItem}) i`,
      [meeting.id, memberIds],
    );
    await sql(
      `INSERT INTO minutes_comment (meeting_id, person_id, agenda_item_id, text)
       SELECT $1, person_id, item_id, 'Comment on item ' || position FROM (${perItem}) i`,
      [meeting.id, memberIds],
    );
    await sql(
      `INSERT INTO meeting_action (meeting_id, description, owner_id, status)
       SELECT $1, 'Earlier action ' || n, ($2::uuid[])[1 + n % array_length($2::uuid[], 1)],
              'IN_PROGRESS'
         FROM generate_series(1, $3) AS n`,
      [earlier.id, memberIds, items],
    );
    await sql(
      `UPDATE minutes SET status = 'CIRCULATED', circulated_at = now() WHERE meeting_id = $1`,
      [meeting.id],
    );
    return meeting.id;
  }

  async function statementsFor(id: string, token?: string): Promise<{ count: number; data: Json }> {
    counter.reset();
    const data = dataOf(await api.graphql(MEETING_PAGE, { id }, token));
    return { count: counter.count, data };
  }

  beforeAll(async () => {
    api = await startApi({}, { sqlLogger: counter });
  });
  afterAll(() => api?.close());

  // The session; the meeting with its agenda, papers, minutes, entries and decisions (one
  // statement); comments, register, members on the day, terms of reference, actions, actions
  // carried forward (and their meetings), declarations; the people on the page and their
  // consent; bodies. A member also reads their own memberships, and which bodies the people on
  // the page sat on that day (the presenters come with the page's statement, with their bodies).
  it.each([
    ['the secretariat', 'secretariat@example.org', ['2025-03-11', '2025-04-08'], 13],
    ['the chair of the group', 'evidence@example.org', ['2025-05-13', '2025-06-10'], 16],
  ] as const)(
    'answers the meeting page for %s with the same number of statements for 3 items as for 50',
    async (_, email, [smallDay, largeDay], statements) => {
      const token = await api.signIn(email);
      const small = await meetingWith(3, smallDay);
      const large = await meetingWith(50, largeDay);

      const few = await statementsFor(small, token);
      const many = await statementsFor(large, token);
      expect(few.data.meeting.agenda).toHaveLength(3);
      expect(many.data.meeting.agenda).toHaveLength(50);
      expect(many.data.meeting.minutes.entries).toHaveLength(50);
      expect(many.data.meeting.decisions).toHaveLength(50);
      expect(many.data.meeting.actions).toHaveLength(50);
      expect(many.data.meeting.actionsCarriedForward.length).toBeGreaterThanOrEqual(50);
      expect(many.data.meeting.attendance.length).toBeGreaterThan(50);
      expect(many.data.meeting.quorum).toMatchObject({ met: true, termsOfReferenceNumber: 1 });
      expect(many.data.meeting.agenda.every((item: Json) => item.declarations.length === 1)).toBe(
        true,
      );

      expect(few.count).toBe(statements);
      expect(many.count).toBe(statements);
    },
  );

  it('answers the public the same way: what it may not see is refused without extra statements', async () => {
    const small = await meetingWith(3, '2025-07-08');
    const large = await meetingWith(50, '2025-08-12');
    counter.reset();
    const few = await api.graphql(MEETING_PAGE, { id: small });
    const fewCount = counter.count;
    counter.reset();
    const many = await api.graphql(MEETING_PAGE, { id: large });
    // The meeting with its agenda, minutes and decisions: one statement.
    expect(fewCount).toBe(1);
    expect(counter.count).toBe(1);
    // The public sees the public items only; the register, the minutes (circulated) and the
    // actions are not theirs.
    expect(many.data?.['meeting']).toMatchObject({
      attendance: null,
      minutes: null,
      actions: null,
    });
    expect((many.data?.['meeting'] as Json).agenda).toHaveLength(34);
    expect(few.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  });
  it('answers what the meeting’s web page asks (agenda, papers, minutes, decisions) in at most 3 statements for anyone, with 50 items and 200 papers', async () => {
    const PAGE = `query ($id: ID!) {
      meeting(id: $id) {
        title when status privateItemCount canSeeMembersOnly
        agenda { title isPublic plannedStart presenter { kind name }
                 papers { id title contentNote file { sizeText } } }
        papers { id title visibility contentNote isSuperseded downloadPath file { name sizeText kind }
                 easyReadOf { id } supersededBy { id } agendaItem { title } }
        minutes { status content isPublicVersion entries { notes agendaItem { title } } }
        decisions { text agendaItem { title } }
      }
    }`;
    const counts: Record<string, number[]> = {};
    const viewers = {
      public: undefined,
      member: await api.signIn('member@example.org'),
      staff: await api.signIn('secretariat@example.org'),
    };
    for (const [items, papers, day] of [
      [3, 3, '2025-09-09'],
      [50, 200, '2025-10-14'],
    ] as const) {
      const id = await meetingWith(items, day);
      await sql(
        `INSERT INTO paper (meeting_id, agenda_item_id, title, visibility, content_note)
         SELECT $1, (SELECT id FROM agenda_item WHERE meeting_id = $1 AND position = 1 + g % $3),
                'Paper ' || g, (ARRAY['PUBLIC', 'MEMBERS']::paper_visibility[])[1 + g % 2],
                'This paper discusses item ' || g
           FROM generate_series(1, $2) AS g`,
        [id, papers, items],
      );
      for (const [viewer, token] of Object.entries(viewers)) {
        counter.reset();
        const result = await api.graphql(PAGE, { id }, token);
        expect(result.errors).toBeUndefined();
        const meeting = (result.data as Json).meeting;
        expect(meeting.papers.length).toBe(viewer === 'public' ? Math.floor(papers / 2) : papers);
        (counts[viewer] ??= []).push(counter.count);
      }
    }
    process.stdout.write(
      `Meeting web page statements (3 items/3 papers, 50/200): ${JSON.stringify(counts)}\n`,
    );
    for (const [first, second] of Object.values(counts)) {
      expect(second).toBe(first);
      expect(first).toBeLessThanOrEqual(3);
    }
    expect(counts['public']).toEqual([1, 1]);
  });
});
