import { dataOf, outcomeOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const SCHEDULE = `mutation ($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const ADD_ITEM = `mutation ($meetingId: ID!, $input: AgendaItemInput!) {
  addAgendaItem(meetingId: $meetingId, input: $input) { id presenter { kind name } }
}`;
const UPDATE_ITEM = `mutation ($id: ID!, $input: AgendaItemInput!) {
  updateAgendaItem(id: $id, input: $input) { id presenter { kind name } }
}`;
const PAGE = `query ($id: ID!) {
  meeting(id: $id) {
    agenda { title presenter { kind name person { id visibility displayName } } }
  }
}`;
const SET_MY_DISPLAY = `mutation ($input: PublicDisplayInput!) { setMyPublicDisplay(input: $input) { id } }`;

/**
 * An agenda item's presenter is a person shown through the public-display rule, the
 * secretariat, or a guest whose name may not be a member's in disguise.
 */
describe('agenda presenters over HTTP (real PostgreSQL)', () => {
  let api: ApiHarness;
  let staff: string;
  let jordan: string;
  let colleague: string;
  let meetingId: string;
  let jordanId: string;
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);
  const snapshot = async () => ({
    items: await sql(`SELECT * FROM agenda_item ORDER BY id`),
    audit: (await sql(`SELECT count(*)::int AS n FROM audit_event`))[0].n,
  });
  const item = (input: Record<string, unknown>) => ({
    title: 'Led item',
    isPublic: true,
    ...input,
  });
  const agenda = async (token?: string) =>
    dataOf(await api.graphql(PAGE, { id: meetingId }, token)).meeting.agenda as Json[];

  beforeAll(async () => {
    api = await startApi();
    // member@ is Jordan Ellis, who chose "first name and initial" and sits on the Evidence
    // Group through a cross-seat; evidence@ sits on the Evidence Group with them.
    [staff, jordan, colleague] = await Promise.all([
      api.signIn('secretariat@example.org'),
      api.signIn('member@example.org'),
      api.signIn('evidence@example.org'),
    ]);
    [{ id: jordanId }] = await sql(`SELECT id FROM person WHERE email = 'member@example.org'`);
    const [{ id: bodyId }] = await sql(`SELECT id FROM body WHERE slug = 'evidence-group'`);
    meetingId = dataOf(
      await api.graphql(
        SCHEDULE,
        {
          input: {
            bodyIds: [bodyId],
            title: 'Presenters',
            date: '2026-12-08',
            startTime: '10:00',
            endTime: '12:00',
            location: 'Room 1',
          },
        },
        staff,
      ),
    ).scheduleMeeting.id;
  });
  afterAll(() => api?.close());

  it('shows a person who leads an item as they chose, to each who asks, and not at all once hidden', async () => {
    const added = dataOf(
      await api.graphql(
        ADD_ITEM,
        { meetingId, input: item({ presenterKind: 'PERSON', presenterPersonId: jordanId }) },
        staff,
      ),
    ).addAgendaItem;
    expect(added.presenter).toEqual({ kind: 'PERSON', name: 'Jordan Ellis' });

    const shown = (items: Json[]) => items.find((entry) => entry.title === 'Led item')?.presenter;
    expect(shown(await agenda())).toEqual({
      kind: 'PERSON',
      name: 'Jordan E.',
      person: { id: jordanId, visibility: 'NAMED', displayName: 'Jordan E.' },
    });
    expect(shown(await agenda(colleague))?.name).toBe('Jordan Ellis');
    expect(shown(await agenda(staff))?.name).toBe('Jordan Ellis');
    expect(JSON.stringify(await agenda())).not.toContain('Ellis');

    // Jordan chooses not to be named: the public no longer sees who leads the item at all.
    expect(
      outcomeOf(
        await api.graphql(
          SET_MY_DISPLAY,
          { input: { choice: 'HIDDEN', showLivedExperience: false } },
          jordan,
        ),
      ),
    ).toBe('ok');
    expect(shown(await agenda())).toBeNull();
    expect(JSON.stringify(await agenda())).not.toContain('Jordan');
    expect(shown(await agenda(colleague))?.name).toBe('Jordan Ellis');
    await api.graphql(
      SET_MY_DISPLAY,
      { input: { choice: 'FIRST_NAME_INITIAL', showLivedExperience: false } },
      jordan,
    );
  });

  it.each([
    ['the full name', 'Jordan Ellis'],
    ['the name in other spacing and case', '  jordan  ELLIS '],
    ['the first name and initial', 'Jordan E.'],
    ['the name within other words', 'Jordan Ellis, care leaver'],
  ])(
    'refuses a guest named by %s of someone on the portal, writing nothing, unless told the guest is someone else',
    async (_, name) => {
      const before = await snapshot();
      const refused = await api.graphql(
        ADD_ITEM,
        { meetingId, input: item({ presenterKind: 'GUEST', presenterName: name }) },
        staff,
      );
      expect(outcomeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.['details']?.field).toBe('presenterName');
      expect(refused.errors?.[0]?.message).toContain('Jordan Ellis');
      expect(await snapshot()).toEqual(before);

      const confirmed = await api.graphql(
        ADD_ITEM,
        {
          meetingId,
          input: item({
            presenterKind: 'GUEST',
            presenterName: name,
            presenterNameConfirmed: true,
          }),
        },
        staff,
      );
      expect(dataOf(confirmed).addAgendaItem.presenter).toEqual({
        kind: 'GUEST',
        name: name.trim(),
      });
    },
  );

  it('refuses a person who is nobody on the portal, writing nothing', async () => {
    const before = await snapshot();
    const result = await api.graphql(
      ADD_ITEM,
      {
        meetingId,
        input: item({
          presenterKind: 'PERSON',
          presenterPersonId: '00000000-0000-4000-8000-000000000000',
        }),
      },
      staff,
    );
    expect(outcomeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.['details']?.field).toBe('presenterPersonId');
    expect(await snapshot()).toEqual(before);
  });

  it('changes who leads an item: a guest, the secretariat, nobody; audited each time', async () => {
    const { id } = dataOf(
      await api.graphql(
        ADD_ITEM,
        {
          meetingId,
          input: item({ title: 'Changing', presenterKind: 'GUEST', presenterName: 'Dr Ana Silva' }),
        },
        staff,
      ),
    ).addAgendaItem;
    const update = async (input: Record<string, unknown>) =>
      dataOf(
        await api.graphql(UPDATE_ITEM, { id, input: item({ title: 'Changing', ...input }) }, staff),
      ).updateAgendaItem.presenter;
    expect(await update({ presenterKind: 'SECRETARIAT' })).toEqual({
      kind: 'SECRETARIAT',
      name: 'The secretariat',
    });
    expect(await update({ presenterKind: 'PERSON', presenterPersonId: jordanId })).toEqual({
      kind: 'PERSON',
      name: 'Jordan Ellis',
    });
    expect(await update({})).toBeNull();
    const [row] = await sql(
      `SELECT presenter_kind, presenter_person_id, presenter_name FROM agenda_item WHERE id = $1`,
      [id],
    );
    expect(row).toEqual({ presenter_kind: null, presenter_person_id: null, presenter_name: null });
    const audited: { before: Json; after: Json }[] = await sql(
      `SELECT before, after FROM audit_event
        WHERE action = 'agenda.update' AND object_id = $1 ORDER BY id`,
      [id],
    );
    expect(audited.map((event) => [event.before.presenterKind, event.after.presenterKind])).toEqual(
      [
        ['GUEST', 'SECRETARIAT'],
        ['SECRETARIAT', 'PERSON'],
        ['PERSON', null],
      ],
    );
    expect(audited[1].after.presenterPersonId).toBe(jordanId);
  });
});
