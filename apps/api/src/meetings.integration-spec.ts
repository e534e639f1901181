import { dataOf, outcomeOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const MEETING = `id title date when status statusReason version location startsAt endsAt
  bodies { slug } agenda { id position title isPublic durationMinutes plannedStart } privateItemCount`;
const SCHEDULE = `mutation ($input: MeetingInput!) { scheduleMeeting(input: $input) { ${MEETING} } }`;
const UPDATE = `mutation ($id: ID!, $expectedVersion: Int!, $input: MeetingInput!) {
  updateMeeting(id: $id, expectedVersion: $expectedVersion, input: $input) { ${MEETING} }
}`;
const POSTPONE = `mutation ($id: ID!, $expectedVersion: Int!, $reason: String!) {
  postponeMeeting(id: $id, expectedVersion: $expectedVersion, reason: $reason) { ${MEETING} }
}`;
const CANCEL = `mutation ($id: ID!, $expectedVersion: Int!, $reason: String!) {
  cancelMeeting(id: $id, expectedVersion: $expectedVersion, reason: $reason) { ${MEETING} }
}`;
const HELD = `mutation ($id: ID!, $expectedVersion: Int!) {
  markMeetingHeld(id: $id, expectedVersion: $expectedVersion) { ${MEETING} }
}`;
const ADD_ITEM = `mutation ($meetingId: ID!, $input: AgendaItemInput!) {
  addAgendaItem(meetingId: $meetingId, input: $input) { id position title plannedStart }
}`;
const MOVE_ITEM = `mutation ($id: ID!, $position: Int!) { moveAgendaItem(id: $id, position: $position) { title position } }`;
const REMOVE_ITEM = `mutation ($id: ID!) { removeAgendaItem(id: $id) { agenda { title position } } }`;
const VIEW = `query ($id: ID!) { meeting(id: $id) { title agenda { title } privateItemCount canSeeMembersOnly } }`;
const LINK = `query ($id: ID!) { meeting(id: $id) { onlineLink support } }`;
const WARNINGS = `query ($input: MeetingInput!, $meetingId: ID) {
  meetingWarnings(input: $input, meetingId: $meetingId) {
    conflicts { name meetingTitle crossSeated } meetingFrequency frequencyGaps { from to days }
  }
}`;

describe('meetings over HTTP (real PostgreSQL)', () => {
  let api: ApiHarness;
  let staff: string;
  let member: string;
  let evidence: string;
  const bodyIds: Record<string, string> = {};
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);

  const snapshot = async () => ({
    meetings: await sql(`SELECT * FROM meeting ORDER BY id`),
    items: await sql(`SELECT * FROM agenda_item ORDER BY id`),
    audit: (await sql(`SELECT count(*)::int AS n FROM audit_event`))[0].n,
  });

  const input = (overrides: Record<string, unknown> = {}) => ({
    bodyIds: [bodyIds['evidence-group']],
    title: 'Evidence Group meeting',
    summary: 'Reviews the evidence on kinship care.',
    date: '2026-12-08',
    startTime: '10:00',
    endTime: '12:30',
    location: 'Sanctuary Buildings, London',
    onlineLink: 'https://meet.example.org/evidence',
    support: 'Call the helpline before or after the meeting.',
    ...overrides,
  });

  async function schedule(overrides: Record<string, unknown> = {}): Promise<Json> {
    return dataOf(await api.graphql(SCHEDULE, { input: input(overrides) }, staff)).scheduleMeeting;
  }

  beforeAll(async () => {
    api = await startApi();
    [staff, member, evidence] = await Promise.all([
      api.signIn('secretariat@example.org'),
      api.signIn('member@example.org'),
      api.signIn('evidence@example.org'),
    ]);
    for (const { id, slug } of await sql(`SELECT id, slug FROM body`)) bodyIds[slug] = id;
  });
  afterAll(() => api?.close());

  it.each([
    [
      'the day the clocks go forward',
      '2026-03-29',
      '10:00',
      '2026-03-29T09:00:00.000Z',
      'Sunday 29 March 2026, 10am to 12:30pm',
    ],
    [
      'the day the clocks go back',
      '2026-10-25',
      '10:00',
      '2026-10-25T10:00:00.000Z',
      'Sunday 25 October 2026, 10am to 12:30pm',
    ],
    [
      'a winter day',
      '2026-12-08',
      '10:00',
      '2026-12-08T10:00:00.000Z',
      'Tuesday 8 December 2026, 10am to 12:30pm',
    ],
  ])(
    'stores a meeting on %s in UTC and says when it is in London time',
    async (_, date, startTime, startsAt, when) => {
      const meeting = await schedule({ date, startTime });
      expect(meeting).toMatchObject({ date, startsAt, when, status: 'SCHEDULED', version: 1 });
      expect(meeting.bodies).toEqual([{ slug: 'evidence-group' }]);
    },
  );

  it.each([
    ['no place and no link', { location: null, onlineLink: null }, 'location'],
    ['an end before the start', { endTime: '09:00' }, 'endTime'],
    [
      'a time the clocks skip',
      { date: '2026-03-29', startTime: '01:30', endTime: '03:00' },
      'startTime',
    ],
    ['a link that is not https', { onlineLink: 'http://meet.example.org/x' }, 'onlineLink'],
    ['an unknown body', { bodyIds: ['00000000-0000-4000-8000-000000000000'] }, 'bodyIds'],
    ['a day before the body existed', { date: '2020-01-07' }, 'date'],
  ])('refuses a meeting with %s, writing nothing', async (_, overrides, field) => {
    const before = await snapshot();
    const result = await api.graphql(SCHEDULE, { input: input(overrides) }, staff);
    expect(outcomeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.['details']?.field).toBe(field);
    expect(await snapshot()).toEqual(before);
  });

  it('schedules a dissolved body’s meeting up to its last day, never on the day it was dissolved', async () => {
    // dissolvedOn is the first day the body no longer exists; the day before is its last.
    const [{ id }] = await sql(
      `INSERT INTO body (slug, name, kind, purpose, established_on, dissolved_on)
       VALUES ('wound-up-group', 'Wound-up Group', 'GROUP', 'Purpose', '2024-01-01', '2025-06-01')
       RETURNING id`,
    );
    const on = (date: string) => input({ bodyIds: [id], date });
    const before = await snapshot();
    for (const date of ['2025-06-01', '2025-06-02', '2023-12-31']) {
      const result = await api.graphql(SCHEDULE, { input: on(date) }, staff);
      expect([date, outcomeOf(result)]).toEqual([date, 'BAD_USER_INPUT']);
      expect(result.errors?.[0]?.extensions?.['details']?.field).toBe('date');
    }
    expect(await snapshot()).toEqual(before);
    for (const date of ['2024-01-01', '2025-05-31']) {
      const result = await api.graphql(SCHEDULE, { input: on(date) }, staff);
      expect([date, outcomeOf(result)]).toEqual([date, 'ok']);
    }
  });

  it('refuses a date that does not exist at the LocalDate scalar, naming the field', async () => {
    const before = await snapshot();
    const result = await api.graphql(SCHEDULE, { input: input({ date: '2026-02-30' }) }, staff);
    expect(outcomeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toContain('input.date');
    expect(await snapshot()).toEqual(before);
  });

  it('gives a meeting scheduled without support its first body’s usual support text, and keeps its own', async () => {
    const [{ default_support: usual }] = await sql(
      `SELECT default_support FROM body WHERE slug = 'design-group'`,
    );
    expect(usual).toContain('0800 233311');
    const joint = await schedule({
      bodyIds: [bodyIds['design-group'], bodyIds['evidence-group']],
      support: '  ',
      date: '2026-12-15',
    });
    const own = await schedule({ date: '2026-12-16' });
    const supportOf = async (id: string) =>
      dataOf(await api.graphql(LINK, { id }, staff)).meeting.support;
    expect(await supportOf(joint.id)).toBe(usual);
    expect(await supportOf(own.id)).toBe('Call the helpline before or after the meeting.');
  });

  it('lets only the secretariat schedule', async () => {
    expect(outcomeOf(await api.graphql(SCHEDULE, { input: input() }))).toBe('UNAUTHENTICATED');
    expect(outcomeOf(await api.graphql(SCHEDULE, { input: input() }, member))).toBe('FORBIDDEN');
  });

  it('edits with optimistic concurrency, postpones, reschedules and cancels by the status rule', async () => {
    const meeting = await schedule();
    const moved = dataOf(
      await api.graphql(
        UPDATE,
        { id: meeting.id, expectedVersion: 1, input: input({ title: 'Renamed' }) },
        staff,
      ),
    ).updateMeeting;
    expect(moved).toMatchObject({ title: 'Renamed', version: 2 });

    const before = await snapshot();
    const stale = await api.graphql(
      UPDATE,
      { id: meeting.id, expectedVersion: 1, input: input() },
      staff,
    );
    expect(outcomeOf(stale)).toBe('CONFLICT');
    expect(await snapshot()).toEqual(before);

    const postponed = dataOf(
      await api.graphql(
        POSTPONE,
        { id: meeting.id, expectedVersion: 2, reason: 'Too few members can come' },
        staff,
      ),
    ).postponeMeeting;
    expect(postponed).toMatchObject({
      status: 'POSTPONED',
      statusReason: 'Too few members can come',
    });
    const rescheduled = dataOf(
      await api.graphql(
        UPDATE,
        { id: meeting.id, expectedVersion: 3, input: input({ date: '2026-12-15' }) },
        staff,
      ),
    ).updateMeeting;
    expect(rescheduled).toMatchObject({
      status: 'SCHEDULED',
      statusReason: null,
      date: '2026-12-15',
    });

    const cancelled = dataOf(
      await api.graphql(
        CANCEL,
        { id: meeting.id, expectedVersion: 4, reason: 'No longer needed' },
        staff,
      ),
    ).cancelMeeting;
    expect(cancelled.status).toBe('CANCELLED');
    const again = await snapshot();
    expect(
      outcomeOf(
        await api.graphql(POSTPONE, { id: meeting.id, expectedVersion: 5, reason: 'x' }, staff),
      ),
    ).toBe('INVALID_TRANSITION');
    expect(outcomeOf(await api.graphql(HELD, { id: meeting.id, expectedVersion: 5 }, staff))).toBe(
      'INVALID_TRANSITION',
    );
    expect(await snapshot()).toEqual(again);
    const audit = await sql(`SELECT action FROM audit_event WHERE object_id = $1 ORDER BY id`, [
      meeting.id,
    ]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      'meeting.schedule',
      'meeting.update',
      'meeting.postpone',
      'meeting.update',
      'meeting.cancel',
    ]);
  });

  it('marks a meeting held only once it has started', async () => {
    const future = await schedule({ date: '2030-01-08' });
    expect(outcomeOf(await api.graphql(HELD, { id: future.id, expectedVersion: 1 }, staff))).toBe(
      'INVALID_TRANSITION',
    );
    const past = await schedule({ date: '2025-01-07' });
    const held = dataOf(
      await api.graphql(HELD, { id: past.id, expectedVersion: 1 }, staff),
    ).markMeetingHeld;
    expect(held.status).toBe('HELD');
  });

  it('keeps the agenda in order with planned start times, and reorders it in one step', async () => {
    const meeting = await schedule();
    const add = async (title: string, durationMinutes: number | null, isPublic = true) =>
      dataOf(
        await api.graphql(
          ADD_ITEM,
          { meetingId: meeting.id, input: { title, durationMinutes, isPublic } },
          staff,
        ),
      ).addAgendaItem;
    const welcome = await add('Welcome', 10);
    const evidence = await add('Kinship care evidence', 45);
    const privateItem = await add('A member’s circumstances', 20, false);
    expect([welcome.plannedStart, evidence.plannedStart, privateItem.plannedStart]).toEqual([
      '2026-12-08T10:00:00.000Z',
      '2026-12-08T10:10:00.000Z',
      '2026-12-08T10:55:00.000Z',
    ]);
    const moved = dataOf(
      await api.graphql(MOVE_ITEM, { id: privateItem.id, position: 1 }, staff),
    ).moveAgendaItem;
    expect(moved).toEqual([
      { title: 'A member’s circumstances', position: 1 },
      { title: 'Welcome', position: 2 },
      { title: 'Kinship care evidence', position: 3 },
    ]);
    expect(outcomeOf(await api.graphql(MOVE_ITEM, { id: welcome.id, position: 4 }, staff))).toBe(
      'BAD_USER_INPUT',
    );
    const removed = dataOf(
      await api.graphql(REMOVE_ITEM, { id: welcome.id }, staff),
    ).removeAgendaItem;
    expect(removed.agenda).toEqual([
      { title: 'A member’s circumstances', position: 1 },
      { title: 'Kinship care evidence', position: 2 },
    ]);
  });

  it('shows private items, the online link and support to members of the body and staff only', async () => {
    const meeting = await schedule({ bodyIds: [bodyIds['design-group']] });
    await api.graphql(
      ADD_ITEM,
      { meetingId: meeting.id, input: { title: 'Public item', isPublic: true } },
      staff,
    );
    await api.graphql(
      ADD_ITEM,
      { meetingId: meeting.id, input: { title: 'Private item', isPublic: false } },
      staff,
    );

    const publicView = dataOf(await api.graphql(VIEW, { id: meeting.id })).meeting;
    expect(publicView).toEqual({
      title: 'Evidence Group meeting',
      agenda: [{ title: 'Public item' }],
      privateItemCount: 1,
      canSeeMembersOnly: false,
    });
    // evidence@ sits on the Evidence Group only: to a Design Group meeting they are the public.
    expect(dataOf(await api.graphql(VIEW, { id: meeting.id }, evidence)).meeting.agenda).toEqual([
      { title: 'Public item' },
    ]);
    for (const token of [undefined, evidence]) {
      const link = await api.graphql(LINK, { id: meeting.id }, token);
      expect(outcomeOf(link)).toBe('FORBIDDEN');
      expect(JSON.stringify(link)).not.toContain('meet.example.org');
    }
    const staffView = dataOf(await api.graphql(VIEW, { id: meeting.id }, staff)).meeting;
    expect(staffView.agenda).toEqual([{ title: 'Public item' }, { title: 'Private item' }]);
    expect(dataOf(await api.graphql(LINK, { id: meeting.id }, staff)).meeting.onlineLink).toBe(
      'https://meet.example.org/evidence',
    );
  });

  it('counts a cross-seated member as a member of the group, in their meetings and its private items', async () => {
    const meeting = await schedule({ title: 'Cross-seat check', date: '2026-12-09' });
    await api.graphql(
      ADD_ITEM,
      { meetingId: meeting.id, input: { title: 'Private item', isPublic: false } },
      staff,
    );
    const view = dataOf(await api.graphql(VIEW, { id: meeting.id }, member)).meeting;
    expect(view.canSeeMembersOnly).toBe(true);
    expect(view.agenda).toEqual([{ title: 'Private item' }]);
    const { myMeetings } = dataOf(
      await api.graphql(
        `{ myMeetings(from: "2026-12-09", to: "2026-12-09") { title } }`,
        {},
        member,
      ),
    );
    expect(myMeetings).toContainEqual({ title: 'Cross-seat check' });
  });

  it('lists a body’s meetings in a range of London days, soonest first', async () => {
    await schedule({
      title: 'Late evening',
      date: '2027-06-30',
      startTime: '23:30',
      endTime: '23:45',
    });
    const { body } = dataOf(
      await api.graphql(
        `query { body(slug: "evidence-group") { meetings(from: "2027-06-30", to: "2027-06-30") { title date } } }`,
      ),
    );
    // 23:30 in London on 30 June is 22:30 UTC the same day; the London day is what counts.
    expect(body.meetings).toEqual([{ title: 'Late evening', date: '2027-06-30' }]);
  });

  it('gives a member their meetings in a range of London days, at both ends of the day', async () => {
    // 00:15 in London on 5 August is 23:15 UTC on 4 August; 23:30 on 6 August is 22:30 UTC.
    await schedule({
      title: 'Just after midnight',
      date: '2027-08-05',
      startTime: '00:15',
      endTime: '00:45',
    });
    await schedule({
      title: 'Just before midnight',
      date: '2027-08-06',
      startTime: '23:30',
      endTime: '23:45',
    });
    const titles = async (from: string, to: string) =>
      (
        dataOf(
          await api.graphql(
            `query ($from: LocalDate, $to: LocalDate) { myMeetings(from: $from, to: $to) { title } }`,
            { from, to },
            member,
          ),
        ).myMeetings as { title: string }[]
      ).map((m) => m.title);
    expect(await titles('2027-08-05', '2027-08-06')).toEqual([
      'Just after midnight',
      'Just before midnight',
    ]);
    expect(await titles('2027-08-05', '2027-08-05')).toEqual(['Just after midnight']);
    expect(await titles('2027-08-06', '2027-08-06')).toEqual(['Just before midnight']);
    expect(await titles('2027-08-04', '2027-08-04')).toEqual([]);
    expect(await titles('2027-08-07', '2027-08-07')).toEqual([]);
  });

  it('warns before saving when a cross-seated member is expected at two meetings at once', async () => {
    await schedule({
      bodyIds: [bodyIds['experts-by-experience-board']],
      title: 'Board meeting',
      date: '2027-02-02',
    });
    const { meetingWarnings } = dataOf(
      await api.graphql(
        WARNINGS,
        { input: input({ date: '2027-02-02', startTime: '11:00', endTime: '13:00' }) },
        staff,
      ),
    );
    expect(meetingWarnings.conflicts.length).toBeGreaterThan(0);
    expect(meetingWarnings.conflicts[0]).toMatchObject({
      meetingTitle: 'Board meeting',
      crossSeated: true,
    });
    expect(meetingWarnings.conflicts.every((c: { crossSeated: boolean }) => c.crossSeated)).toBe(
      true,
    );
    expect(meetingWarnings.meetingFrequency).toEqual(expect.any(String));
  });
  it('warns when the gap to the body’s meeting before or after is longer than its terms of reference allow', async () => {
    const design = { bodyIds: [bodyIds['design-group']] };
    await schedule({ ...design, title: 'Design in January', date: '2028-01-06' });
    await schedule({ ...design, title: 'Design in March', date: '2028-03-02' });
    const gapsFor = async (date: string) =>
      dataOf(await api.graphql(WARNINGS, { input: input({ ...design, date }) }, staff))
        .meetingWarnings;
    // "Every six weeks": four weeks either side is within it.
    const between = await gapsFor('2028-02-03');
    expect(between.meetingFrequency).toBe('Every six weeks');
    expect(between.frequencyGaps).toEqual([]);
    // A week after January's leaves seven weeks to March's.
    const early = await gapsFor('2028-01-13');
    expect(early.frequencyGaps).toEqual([{ from: '2028-01-14', to: '2028-03-01', days: 48 }]);
    // After the last one scheduled there is nothing yet to fall short of.
    expect((await gapsFor('2028-03-09')).frequencyGaps).toEqual([]);
  });
  it('will not remove an agenda item the record speaks of, writing nothing', async () => {
    const meeting = await schedule({ date: '2025-02-04' });
    const item = dataOf(
      await api.graphql(
        ADD_ITEM,
        { meetingId: meeting.id, input: { title: 'A private matter', isPublic: false } },
        staff,
      ),
    ).addAgendaItem;
    await sql(`INSERT INTO decision (meeting_id, agenda_item_id, text) VALUES ($1, $2, 'Agreed')`, [
      meeting.id,
      item.id,
    ]);
    const before = await snapshot();
    const refused = await api.graphql(REMOVE_ITEM, { id: item.id }, staff);
    expect(outcomeOf(refused)).toBe('INVALID_TRANSITION');
    expect(refused.errors?.[0]?.message).toContain('cannot be removed');
    expect(await snapshot()).toEqual(before);
    // The decision stays on its private item: it never becomes the whole meeting's.
    const [decision] = await sql(`SELECT agenda_item_id FROM decision WHERE meeting_id = $1`, [
      meeting.id,
    ]);
    expect(decision.agenda_item_id).toBe(item.id);
  });
});
