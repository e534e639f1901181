import { SqlStatementCounter } from '@boards/api/database/testing';
import { DEMO_TODAY, dataOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

/**
 * A member's meetings with their papers: the papers are read in the same statement as the
 * meetings (look-ahead on the query), so asking for them costs only the viewer's memberships
 * (for the paper access rule), however many meetings and papers there are.
 */
describe("a member's meetings and their papers (real PostgreSQL)", () => {
  const counter = new SqlStatementCounter();
  let api: ApiHarness;
  let token: string;

  beforeAll(async () => {
    api = await startApi({}, { sqlLogger: counter });
    token = await api.signIn('member@example.org');
    // Three papers for each meeting from the demo's day on: one for members, two public.
    await api.db.dataSource.query(
      `INSERT INTO paper (meeting_id, title, visibility)
       SELECT m.id, 'Paper ' || n, (CASE WHEN n = 1 THEN 'MEMBERS' ELSE 'PUBLIC' END)::paper_visibility
         FROM meeting m, generate_series(1, 3) AS n
        WHERE m.starts_at >= $1::date`,
      [DEMO_TODAY],
    );
  });
  afterAll(async () => {
    await api?.close();
  });

  async function ask(fields: string): Promise<{ meetings: Json[]; statements: number }> {
    counter.reset();
    const result = await api.graphql<Json>(
      `query ($from: LocalDate) { myMeetings(from: $from) { id ${fields} } }`,
      { from: DEMO_TODAY },
      token,
    );
    return { meetings: dataOf(result).myMeetings, statements: counter.count };
  }

  it('reads the papers with the meetings', async () => {
    const bare = await ask('title');
    const withPapers = await ask('title papers { id title visibility }');
    expect(withPapers.meetings.length).toBeGreaterThan(1);
    expect(withPapers.meetings.some((m: Json) => m.papers.length > 0)).toBe(true);
    expect(withPapers.statements).toBe(bare.statements + 1);
  });

  it('gives the same papers as the meeting page does', async () => {
    const { meetings } = await ask('papers { id }');
    for (const meeting of meetings) {
      const page = await api.graphql<Json>(
        `query ($id: ID!) { meeting(id: $id) { papers { id } } }`,
        { id: meeting.id },
        token,
      );
      expect(meeting.papers).toEqual(dataOf(page).meeting.papers);
    }
  });
});
