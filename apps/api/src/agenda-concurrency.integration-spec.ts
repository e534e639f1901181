import { startApi, dataOf, type ApiHarness, type Json } from './testing/api-harness';

/**
 * Agenda items removed and moved at the same moment by several requests (the secretariat in two
 * tabs, or two of them): every request that succeeds leaves the agenda numbered 1, 2, 3… and none
 * fails with an unexpected error. (Found by the soak test: a removal that waited for another one
 * worked out the positions from the item as it was before the wait.)
 */
describe('agenda items changed concurrently', () => {
  let api: ApiHarness;
  let token: string;
  let meetingId: string;

  beforeAll(async () => {
    api = await startApi();
    token = await api.signIn('secretariat@example.org');
    const [meeting] = await api.db.dataSource.query(
      `SELECT m.id FROM meeting m WHERE m.status = 'SCHEDULED' AND m.starts_at > '2026-12-01'
         AND NOT EXISTS (SELECT 1 FROM minutes WHERE meeting_id = m.id)
       ORDER BY m.starts_at LIMIT 1`,
    );
    meetingId = meeting.id;
  });
  afterAll(async () => {
    await api?.close();
  });

  const positions = async (): Promise<number[]> =>
    (
      await api.db.dataSource.query(
        `SELECT position FROM agenda_item WHERE meeting_id = $1 ORDER BY position`,
        [meetingId],
      )
    ).map((row: { position: number }) => row.position);

  async function addItems(count: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const added = await api.graphql<Json>(
        `mutation ($m: ID!, $input: AgendaItemInput!) { addAgendaItem(meetingId: $m, input: $input) { id } }`,
        {
          m: meetingId,
          input: { title: `Concurrent item ${i}`, durationMinutes: 5, isPublic: true },
        },
        token,
      );
      ids.push(dataOf(added).addAgendaItem.id);
    }
    return ids;
  }

  it('removing many items at once leaves the agenda numbered without a gap', async () => {
    const ids = await addItems(8);
    const results = await Promise.all(
      ids
        .slice(0, 6)
        .map((id) =>
          api.graphql(`mutation ($id: ID!) { removeAgendaItem(id: $id) { id } }`, { id }, token),
        ),
    );
    expect(results.map((result) => result.errors?.[0]?.extensions?.code ?? 'ok')).toEqual(
      Array(6).fill('ok'),
    );
    const now = await positions();
    expect(now).toEqual(now.map((_, index) => index + 1));
  });

  it('removing and moving items at once leaves the agenda numbered without a gap', async () => {
    const ids = await addItems(6);
    const results = await Promise.all([
      ...ids
        .slice(0, 3)
        .map((id) =>
          api.graphql(`mutation ($id: ID!) { removeAgendaItem(id: $id) { id } }`, { id }, token),
        ),
      api.graphql(
        `mutation ($id: ID!) { moveAgendaItem(id: $id, position: 1) { id } }`,
        { id: ids[5] },
        token,
      ),
      // The same item removed twice: one removes it, the other finds it gone.
      api.graphql(
        `mutation ($id: ID!) { removeAgendaItem(id: $id) { id } }`,
        { id: ids[4] },
        token,
      ),
      api.graphql(
        `mutation ($id: ID!) { removeAgendaItem(id: $id) { id } }`,
        { id: ids[4] },
        token,
      ),
    ]);
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'ok');
    expect(codes.slice(0, 4)).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(codes.slice(4).sort()).toEqual(['NOT_FOUND', 'ok']);
    const now = await positions();
    expect(now).toEqual(now.map((_, index) => index + 1));
  });
});
