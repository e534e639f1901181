import { dataOf, outcomeOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

/**
 * Members sending their own apologies, over HTTP against a real PostgreSQL with the demo data.
 * The meetings are placed far from the clock: 2025 has started, 2030 has not.
 */
const SCHEDULE = `mutation ($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const CANCEL = `mutation ($id: ID!) { cancelMeeting(id: $id, expectedVersion: 1, reason: "The venue closed") { status } }`;
const GIVE = `mutation ($meetingId: ID!, $note: String) {
  giveApologies(meetingId: $meetingId, note: $note) { id myAttendance { status note sentByMember canGiveApologies canWithdrawApologies } }
}`;
const WITHDRAW = `mutation ($meetingId: ID!) {
  withdrawApologies(meetingId: $meetingId) { id myAttendance { status canGiveApologies canWithdrawApologies } }
}`;
const MINE = `query ($id: ID!) { meeting(id: $id) { myAttendance { status note sentByMember canGiveApologies canWithdrawApologies } } }`;
const REGISTER = `query ($id: ID!) { meeting(id: $id) {
  attendance { status note sentByMember person { displayName } }
  expectedMembers { attendance person { id } }
} }`;
const RECORD = `mutation ($meetingId: ID!, $entries: [AttendanceEntryInput!]!) {
  recordAttendance(meetingId: $meetingId, entries: $entries) { id }
}`;

describe('members send their own apologies (real PostgreSQL)', () => {
  let api: ApiHarness;
  let staff: string;
  let jordan: string; // Experts by Experience Board, cross-seated on the Evidence Group
  let helen: string; // Evidence Group only
  let daniel: string; // not on the Evidence Group
  const body: Record<string, string> = {};
  const person: Record<string, string> = {};
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);
  const run = async (query: string, variables: Record<string, unknown>, token?: string) =>
    dataOf(await api.graphql(query, variables, token));

  const snapshot = async () => ({
    attendance: await sql(`SELECT * FROM attendance ORDER BY meeting_id, person_id`),
    audit: (await sql(`SELECT count(*)::int AS n FROM audit_event`))[0].n,
  });
  async function refused(query: string, variables: Record<string, unknown>, token?: string) {
    const before = await snapshot();
    const result = await api.graphql(query, variables, token);
    expect(await snapshot()).toEqual(before);
    return outcomeOf(result);
  }

  async function meeting(date: string, slug = 'evidence-group'): Promise<string> {
    return (
      await run(
        SCHEDULE,
        {
          input: {
            bodyIds: [body[slug]],
            title: `Meeting on ${date}`,
            date,
            startTime: '10:00',
            endTime: '12:00',
            location: 'Sanctuary Buildings, London',
          },
        },
        staff,
      )
    ).scheduleMeeting.id;
  }

  beforeAll(async () => {
    api = await startApi();
    [staff, jordan, helen, daniel] = await Promise.all([
      api.signIn('secretariat@example.org'),
      api.signIn('member@example.org'),
      api.signIn('evidence@example.org'),
      api.signIn('chair@example.org'),
    ]);
    for (const { id, slug } of await sql(`SELECT id, slug FROM body`)) body[slug] = id;
    for (const { id, email } of await sql(`SELECT id, email FROM person WHERE email IS NOT NULL`)) {
      person[email] = id;
    }
  });
  afterAll(() => api?.close());

  it('lets a cross-seated member send and withdraw apologies, seen by the secretariat on the register', async () => {
    const id = await meeting('2030-03-12');
    expect((await run(MINE, { id }, jordan)).meeting.myAttendance).toEqual({
      status: null,
      note: null,
      sentByMember: false,
      canGiveApologies: true,
      canWithdrawApologies: false,
    });

    const given = (await run(GIVE, { meetingId: id, note: ' Hospital appointment ' }, jordan))
      .giveApologies;
    expect(given.myAttendance).toEqual({
      status: 'APOLOGIES',
      note: 'Hospital appointment',
      sentByMember: true,
      canGiveApologies: true,
      canWithdrawApologies: true,
    });

    // The secretariat's register shows the line, note and all, marked as sent by the member.
    const register = (await run(REGISTER, { id }, staff)).meeting;
    expect(register.attendance).toEqual([
      {
        status: 'APOLOGIES',
        note: 'Hospital appointment',
        sentByMember: true,
        person: { displayName: expect.any(String) },
      },
    ]);
    expect(
      register.expectedMembers.find((m: Json) => m.person.id === person['member@example.org'])
        .attendance,
    ).toBe('APOLOGIES');
    // Another member sees the apologies but not the note meant for the secretariat.
    expect((await run(REGISTER, { id }, helen)).meeting.attendance).toEqual([
      expect.objectContaining({ status: 'APOLOGIES', note: null }),
    ]);

    const [audit] = await sql(
      `SELECT action, actor_account_id IS NOT NULL AS by_account, before, after FROM audit_event
        WHERE object_id = $1 AND action LIKE 'attendance.%' ORDER BY id`,
      [id],
    );
    expect(audit).toEqual({
      action: 'attendance.apologies',
      by_account: true,
      before: null,
      after: {
        [person['member@example.org']]: { status: 'APOLOGIES', note: 'Hospital appointment' },
      },
    });

    const withdrawn = (await run(WITHDRAW, { meetingId: id }, jordan)).withdrawApologies;
    expect(withdrawn.myAttendance).toEqual({
      status: null,
      canGiveApologies: true,
      canWithdrawApologies: false,
    });
    expect((await run(REGISTER, { id }, staff)).meeting.attendance).toEqual([]);
    expect(await refused(WITHDRAW, { meetingId: id }, jordan)).toBe('INVALID_TRANSITION');
    expect(
      (
        await sql(
          `SELECT action FROM audit_event WHERE object_id = $1 AND action LIKE 'attendance.%' ORDER BY id`,
          [id],
        )
      ).map((row: Json) => row.action),
    ).toEqual(['attendance.apologies', 'attendance.withdrawApologies']);
  });

  it('keeps a member’s apologies theirs when the secretariat saves the register without changing them', async () => {
    const id = await meeting('2030-03-26');
    await run(GIVE, { meetingId: id, note: 'Caring duties' }, jordan);
    await run(
      RECORD,
      {
        meetingId: id,
        entries: [
          { personId: person['member@example.org'], status: 'APOLOGIES', note: 'Caring duties' },
          { personId: person['evidence@example.org'], status: 'APOLOGIES', note: null },
        ],
      },
      staff,
    );
    const lines = (await run(REGISTER, { id }, helen)).meeting.attendance;
    expect(lines.map((l: Json) => [l.note, l.sentByMember]).sort()).toEqual([
      [null, false],
      [null, true],
    ]);
  });

  it('lets the secretariat overrule what a member sent, and the member withdraw what was recorded', async () => {
    const id = await meeting('2030-03-19');
    await run(GIVE, { meetingId: id, note: null }, helen);
    await run(
      RECORD,
      {
        meetingId: id,
        entries: [
          { personId: person['evidence@example.org'], status: 'APOLOGIES', note: 'By phone' },
        ],
      },
      staff,
    );
    expect((await run(MINE, { id }, helen)).meeting.myAttendance).toMatchObject({
      status: 'APOLOGIES',
      note: 'By phone',
      sentByMember: false,
    });
    // Recorded by the secretariat, the note is as any other on the register.
    expect((await run(REGISTER, { id }, jordan)).meeting.attendance).toEqual([
      expect.objectContaining({ note: 'By phone', sentByMember: false }),
    ]);
    await run(WITHDRAW, { meetingId: id }, helen);
    expect((await run(REGISTER, { id }, staff)).meeting.attendance).toEqual([]);
  });

  it('refuses, with nothing written, anyone not on the body, a cancelled or started meeting, and bad input', async () => {
    const future = await meeting('2030-04-02');
    const past = await meeting('2025-04-02');
    const cancelled = await meeting('2030-04-09');
    await run(CANCEL, { id: cancelled }, staff);

    expect(await refused(GIVE, { meetingId: future }, daniel)).toBe('FORBIDDEN');
    expect(await refused(GIVE, { meetingId: future })).toBe('UNAUTHENTICATED');
    expect(await refused(GIVE, { meetingId: past }, jordan)).toBe('INVALID_TRANSITION');
    expect(await refused(GIVE, { meetingId: cancelled }, jordan)).toBe('INVALID_TRANSITION');
    expect(await refused(GIVE, { meetingId: future, note: 'x'.repeat(501) }, jordan)).toBe(
      'BAD_USER_INPUT',
    );
    expect(await refused(GIVE, { meetingId: future, note: 'a\u0007b' }, jordan)).toBe(
      'BAD_USER_INPUT',
    );
    expect(await refused(GIVE, { meetingId: '00000000-0000-4000-8000-000000000000' }, jordan)).toBe(
      'NOT_FOUND',
    );
    expect(await refused(GIVE, { meetingId: 'not-an-id' }, jordan)).toBe('NOT_FOUND');

    // The page's buttons agree with the refusals.
    expect((await run(MINE, { id: past }, jordan)).meeting.myAttendance).toMatchObject({
      canGiveApologies: false,
      canWithdrawApologies: false,
    });
    expect((await run(MINE, { id: cancelled }, jordan)).meeting.myAttendance).toMatchObject({
      canGiveApologies: false,
    });
    expect((await run(MINE, { id: future }, daniel)).meeting.myAttendance).toBeNull();
    expect((await run(MINE, { id: future })).meeting.myAttendance).toBeNull();
  });
});
