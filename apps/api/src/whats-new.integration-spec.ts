import { dataOf, outcomeOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

/**
 * "What's new since your last visit", over HTTP against a real PostgreSQL with the demo data:
 * each person sees changes to meetings of the bodies they sit on, the papers they may open,
 * minutes circulated or published and actions given to them, and nothing else.
 */
const SCHEDULE = `mutation ($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const HELD = `mutation ($id: ID!) { markMeetingHeld(id: $id, expectedVersion: 1) { status } }`;
const CANCEL = `mutation ($id: ID!) { cancelMeeting(id: $id, expectedVersion: 1, reason: "No quorum") { status } }`;
const POSTPONE = `mutation ($id: ID!) { postponeMeeting(id: $id, expectedVersion: 1, reason: "Strike") { status } }`;
const PAPER = `mutation ($input: NewPaperInput!) { createPaper(input: $input) { id } }`;
const ACT = `mutation ($meetingId: ID!, $input: MeetingActionInput!) { recordAction(meetingId: $meetingId, input: $input) { id } }`;
const SAVE = `mutation ($meetingId: ID!, $input: MinutesInput!) { saveMinutes(meetingId: $meetingId, expectedVersion: 0, input: $input) { version } }`;
const CIRCULATE = `mutation ($meetingId: ID!) { circulateMinutes(meetingId: $meetingId, expectedVersion: 1) { status } }`;
const WHATS_NEW = `{ whatsNew { since asOf firstVisit items { kind title at paper { title } meeting { id bodies { slug } } } } }`;
const MARK = `mutation ($upTo: DateTime) { markWhatsNewSeen(upTo: $upTo) { since asOf firstVisit items { kind title } } }`;

describe('what is new since your last visit (real PostgreSQL)', () => {
  let api: ApiHarness;
  let staff: string;
  const tokens: Record<string, string> = {};
  const body: Record<string, string> = {};
  const person: Record<string, string> = {};
  /** Who sits where in the demo data. */
  const SITS_ON: Record<string, string[]> = {
    jordan: ['experts-by-experience-board', 'evidence-group'],
    helen: ['evidence-group'],
    daniel: ['experts-by-experience-board'],
  };
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);
  const run = async (query: string, variables: Record<string, unknown>, token?: string) =>
    dataOf(await api.graphql(query, variables, token));
  const whatsNew = async (who: string) => (await run(WHATS_NEW, {}, tokens[who])).whatsNew;
  const seen = async (who: string) =>
    (await whatsNew(who)).items.map((item: Json) => `${item.kind} ${item.title}`).sort();

  async function meeting(date: string, slug: string, title: string): Promise<string> {
    return (
      await run(
        SCHEDULE,
        {
          input: {
            bodyIds: [body[slug]],
            title,
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
    staff = await api.signIn('secretariat@example.org');
    tokens['jordan'] = await api.signIn('member@example.org');
    tokens['helen'] = await api.signIn('evidence@example.org');
    tokens['daniel'] = await api.signIn('chair@example.org');
    for (const { id, slug } of await sql(`SELECT id, slug FROM body`)) body[slug] = id;
    for (const { id, email } of await sql(`SELECT id, email FROM person WHERE email IS NOT NULL`)) {
      person[email] = id;
    }
  });
  afterAll(() => api?.close());

  it('starts 30 days back, then lists only what each person may see, and forgets it once marked seen', async () => {
    const first = await whatsNew('helen');
    expect(first.firstVisit).toBe(true);
    const days = (Date.parse(first.asOf) - Date.parse(first.since)) / 86_400_000;
    expect(days).toBeCloseTo(30, 3);
    // The demo data was all made just now: it is news on a first visit.
    expect(first.items.length).toBeGreaterThan(0);
    for (const who of Object.keys(SITS_ON)) {
      const marked = (await run(MARK, {}, tokens[who])).markWhatsNewSeen;
      expect(marked).toMatchObject({ firstVisit: false, items: [] });
    }

    const evidence = await meeting('2030-05-06', 'evidence-group', 'Evidence in May');
    const board = await meeting('2030-05-07', 'experts-by-experience-board', 'Board in May');
    const create = async (meetingId: string, title: string, visibility: string, named?: string) =>
      run(
        PAPER,
        {
          input: {
            meetingId,
            title,
            visibility,
            namedPersonIds: named ? [person[named]] : undefined,
          },
        },
        staff,
      );
    await create(evidence, 'Evidence members’ paper', 'MEMBERS');
    await create(evidence, 'For the chair only', 'NAMED', 'evidence@example.org');
    await create(board, 'Board public paper', 'PUBLIC');
    await create(board, 'Board members’ paper', 'MEMBERS');
    await run(
      ACT,
      {
        meetingId: evidence,
        input: { description: 'Bring the survey', ownerId: person['member@example.org'] },
      },
      staff,
    );
    const held = await meeting('2025-06-03', 'evidence-group', 'Evidence in June 2025');
    await run(HELD, { id: held }, staff);
    await run(SAVE, { meetingId: held, input: { content: 'Notes', entries: [] } }, staff);
    await run(CIRCULATE, { meetingId: held }, staff);

    expect(await seen('helen')).toEqual([
      'MEETING_SCHEDULED Evidence in June 2025',
      'MEETING_SCHEDULED Evidence in May',
      'MINUTES_CIRCULATED Evidence in June 2025',
      'PAPER_ADDED Evidence members’ paper',
      'PAPER_ADDED For the chair only',
    ]);
    expect(await seen('jordan')).toEqual([
      'ACTION_ASSIGNED Bring the survey',
      'MEETING_SCHEDULED Board in May',
      'MEETING_SCHEDULED Evidence in June 2025',
      'MEETING_SCHEDULED Evidence in May',
      'MINUTES_CIRCULATED Evidence in June 2025',
      'PAPER_ADDED Board members’ paper',
      'PAPER_ADDED Board public paper',
      'PAPER_ADDED Evidence members’ paper',
    ]);
    expect(await seen('daniel')).toEqual([
      'MEETING_SCHEDULED Board in May',
      'PAPER_ADDED Board members’ paper',
      'PAPER_ADDED Board public paper',
    ]);

    // Every item is about a meeting of a body the person sits on (or a paper naming them), and
    // every paper listed is one the meeting's page lets them open.
    for (const who of Object.keys(SITS_ON)) {
      const { items } = await whatsNew(who);
      for (const item of items) {
        expect(item.meeting.bodies.some((b: Json) => SITS_ON[who]?.includes(b.slug))).toBe(true);
        if (item.kind === 'PAPER_ADDED') expect(item.paper).toEqual({ title: item.title });
      }
      const times = items.map((item: Json) => Date.parse(item.at));
      expect(times).toEqual([...times].sort((a, b) => b - a));
    }

    // Marked seen up to the list's asOf: later changes are still new, earlier ones are not.
    const list = await whatsNew('helen');
    await run(POSTPONE, { id: evidence }, staff);
    await run(CANCEL, { id: board }, staff);
    const after = (await run(MARK, { upTo: list.asOf }, tokens['helen'])).markWhatsNewSeen;
    expect(after.items).toEqual([{ kind: 'MEETING_POSTPONED', title: 'Evidence in May' }]);
    expect(await seen('daniel')).toContain('MEETING_CANCELLED Board in May');
    expect(await seen('jordan')).toEqual(
      expect.arrayContaining([
        'MEETING_POSTPONED Evidence in May',
        'MEETING_CANCELLED Board in May',
      ]),
    );

    // The marker never goes back.
    const marked = (await run(MARK, {}, tokens['helen'])).markWhatsNewSeen;
    expect(marked.items).toEqual([]);
    const again = (await run(MARK, { upTo: '2020-01-01T00:00:00Z' }, tokens['helen']))
      .markWhatsNewSeen;
    expect(again.since).toBe(marked.since);
  });

  it('is for signed-in people only', async () => {
    expect(outcomeOf(await api.graphql(WHATS_NEW))).toBe('UNAUTHENTICATED');
    expect(outcomeOf(await api.graphql(MARK, {}))).toBe('UNAUTHENTICATED');
  });
});
