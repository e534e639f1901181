import fc from 'fast-check';
import request from 'supertest';
import { pdfFile } from '@boards/api/papers/testing';
import { SEARCH_CANDIDATES_SQL } from '@boards/api/search';
import { dataOf, outcomeOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const SEARCH = `query ($query: String) {
  search(query: $query) { query hits { kind id title meetingId date bodySlug version snippet { text match } } }
}`;

describe('search (real PostgreSQL)', () => {
  let api: ApiHarness;
  const tokens: Record<string, string> = {};
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);
  let meetingId: string;
  const ids: Record<string, string> = {};

  async function search(query: unknown, as?: string): Promise<Json[]> {
    return dataOf(await api.graphql(SEARCH, { query }, as ? tokens[as] : undefined)).search.hits;
  }
  const found = async (query: string, as?: string) =>
    (await search(query, as)).map((hit) => `${hit.kind}:${hit.id}`).sort();

  beforeAll(async () => {
    api = await startApi();
    for (const [as, email] of [
      ['staff', 'secretariat@example.org'],
      ['evidence', 'evidence@example.org'],
      ['outsider', 'chair@example.org'],
    ]) {
      tokens[as] = await api.signIn(email);
    }
    // An Evidence Group meeting with a public and a private item, each with a paper.
    [{ id: meetingId }] = await sql(
      `INSERT INTO meeting (title, starts_at, ends_at, location)
       VALUES ('Search meeting', '2026-12-08T10:00:00Z', '2026-12-08T12:00:00Z', 'Room 1') RETURNING id`,
    );
    await sql(
      `INSERT INTO meeting_body (meeting_id, body_id, position)
       SELECT $1, id, 1 FROM body WHERE slug = 'evidence-group'`,
      [meetingId],
    );
    const item = async (title: string, isPublic: boolean, position: number) =>
      (
        await sql(
          `INSERT INTO agenda_item (meeting_id, position, title, description, is_public)
           VALUES ($1, $2, $3, 'Discussed by the group', $4) RETURNING id`,
          [meetingId, position, title, isPublic],
        )
      )[0].id as string;
    ids['publicItem'] = await item('Placement stability review', true, 1);
    ids['privateItem'] = await item('Zanzibar safeguarding case', false, 2);
    const paper = async (title: string, visibility: string, itemId: string, text: string) =>
      (
        await sql(
          `INSERT INTO paper (meeting_id, agenda_item_id, title, visibility, text_content)
           VALUES ($1, $2, $3, $4, $5) RETURNING id`,
          [meetingId, itemId, title, visibility, text],
        )
      )[0].id as string;
    ids['publicPaper'] = await paper(
      'Placement data',
      'PUBLIC',
      ids['publicItem'],
      'Quokka numbers rose in the north',
    );
    ids['membersPaper'] = await paper(
      'Case notes',
      'MEMBERS',
      ids['privateItem'],
      'Quokka family details, not for the public',
    );
  });
  afterAll(() => api?.close());

  it('finds a word from the seeded published minutes, highlighted in its snippet', async () => {
    const [minutes] = await sql(
      `SELECT meeting_id, content FROM minutes WHERE status = 'PUBLISHED' ORDER BY meeting_id LIMIT 1`,
    );
    const word = (minutes.content as string)
      .split(/[^A-Za-z]+/)
      .sort((a, b) => b.length - a.length)[0];
    const hits = await search(word);
    const hit = hits.find((h) => h.kind === 'MINUTES' && h.id === minutes.meeting_id);
    expect(hit).toMatchObject({ title: 'Minutes', meetingId: minutes.meeting_id });
    expect(hit.snippet.filter((part: Json) => part.match).map((part: Json) => part.text)).toContain(
      word,
    );
  });

  it('finds published terms of reference by stem, best first', async () => {
    const hits = await search('evidences');
    expect(hits[0]).toMatchObject({ kind: 'TERMS_OF_REFERENCE' });
    expect(hits[0].bodySlug).toEqual(expect.any(String));
    expect(hits[0].version).toEqual(expect.any(Number));
  });

  it('never gives the public a private item or a members-only paper’s text; members find them', async () => {
    expect(await found('zanzibar')).toEqual([]);
    expect(await found('quokka')).toEqual([`PAPER:${ids['publicPaper']}`]);
    expect(await found('zanzibar', 'outsider')).toEqual([]);
    expect(await found('quokka', 'outsider')).toEqual([`PAPER:${ids['publicPaper']}`]);
    expect(await found('zanzibar', 'evidence')).toEqual([`AGENDA_ITEM:${ids['privateItem']}`]);
    expect(await found('quokka', 'evidence')).toEqual(
      [`PAPER:${ids['publicPaper']}`, `PAPER:${ids['membersPaper']}`].sort(),
    );
    expect(await found('quokka', 'staff')).toEqual(await found('quokka', 'evidence'));
  });

  it('shows a member only the meetings of their bodies held while they sat on them', async () => {
    // The Evidence Group's chair joined on 14 April 2021: a meeting before that is not theirs.
    const [{ id: earlier }] = await sql(
      `INSERT INTO meeting (title, starts_at, ends_at, location)
       VALUES ('Before their time', '2021-01-05T10:00:00Z', '2021-01-05T12:00:00Z', 'Room 2')
       RETURNING id`,
    );
    await sql(
      `INSERT INTO meeting_body (meeting_id, body_id, position)
       SELECT $1, id, 1 FROM body WHERE slug = 'evidence-group'`,
      [earlier],
    );
    const [{ id: item }] = await sql(
      `INSERT INTO agenda_item (meeting_id, position, title, is_public)
       VALUES ($1, 1, 'Narwhal contract', false) RETURNING id`,
      [earlier],
    );
    expect(await found('narwhal', 'evidence')).toEqual([]);
    expect(await found('narwhal', 'staff')).toEqual([`AGENDA_ITEM:${item}`]);
  });

  it('leaves a withdrawn paper’s text to the staff', async () => {
    await sql(
      `UPDATE paper SET withdrawn_at = now(), withdrawal_reason = 'Wrong file' WHERE id = $1`,
      [ids['publicPaper']],
    );
    try {
      expect(await found('quokka')).toEqual([]);
      expect(await found('quokka', 'evidence')).toEqual([`PAPER:${ids['membersPaper']}`]);
      expect(await found('quokka', 'staff')).toContain(`PAPER:${ids['publicPaper']}`);
    } finally {
      await sql(`UPDATE paper SET withdrawn_at = NULL, withdrawal_reason = NULL WHERE id = $1`, [
        ids['publicPaper'],
      ]);
    }
  });

  it('reads an uploaded PDF’s text at upload, and finds it', async () => {
    const [{ id }] = await sql(
      `INSERT INTO paper (meeting_id, agenda_item_id, title, visibility)
       VALUES ($1, $2, 'Uploaded paper', 'PUBLIC') RETURNING id`,
      [meetingId, ids['publicItem']],
    );
    const response = await request(api.app.getHttpServer())
      .post(`/papers/${id}/file`)
      .set({ authorization: `Bearer ${tokens['staff']}` })
      .attach('file', pdfFile('Wombat respite figures'), { filename: 'figures.pdf' });
    expect(response.status).toBe(201);
    const hits = await search('wombat');
    expect(hits.map((hit) => `${hit.kind}:${hit.id}`)).toEqual([`PAPER:${id}`]);
    expect(hits[0].snippet).toEqual([
      { text: 'Wombat', match: true },
      { text: ' respite figures', match: false },
    ]);
  });

  it.each([
    ['quotes and operators', '"placement stability" or -zanzibar', ['AGENDA_ITEM']],
    ['an unclosed quote', '"placement', ['AGENDA_ITEM']],
    ['only operators', '- or " &|!():*', []],
    ['only words too common to search', 'the and of', []],
    ['nothing', '   ', []],
  ])('answers %s without an error', async (_name, query, kinds) => {
    const hits = await search(query);
    for (const kind of kinds) expect(hits.map((hit) => hit.kind)).toContain(kind);
    if (kinds.length === 0) expect(hits).toEqual([]);
  });

  it('refuses a search that is too long with BAD_USER_INPUT', async () => {
    const result = await api.graphql(SEARCH, { query: 'x'.repeat(10_240) });
    expect(outcomeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toBe('Search for 200 characters or fewer');
  });

  it('gives results or a typed error for any input, never a server error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string({ maxLength: 250, unit: 'binary' }), fc.string({ maxLength: 60 })),
        async (query) => {
          const result = await api.graphql(SEARCH, { query });
          if (result.errors) expect(outcomeOf(result)).toBe('BAD_USER_INPUT');
          else expect(Array.isArray(dataOf(result).search.hits)).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('uses its index with 200,000 papers', async () => {
    await sql(
      `INSERT INTO paper (meeting_id, title, visibility, text_content)
       SELECT $1, 'Paper ' || g, 'PUBLIC', 'Routine item number ' || g || ' of the meeting'
         FROM generate_series(1, 200000) g`,
      [meetingId],
    );
    await sql(`ANALYZE paper`);
    const plan: { 'QUERY PLAN': string }[] = await sql(`EXPLAIN ${SEARCH_CANDIDATES_SQL}`, [
      'quokka',
      false,
      [],
    ]);
    const text = plan.map((row) => row['QUERY PLAN']).join('\n');
    expect(text).toMatch(/Bitmap Index Scan on paper_search/);
    expect(text).not.toMatch(/Seq Scan on paper\b/);
    expect(await found('quokka')).toEqual([`PAPER:${ids['publicPaper']}`]);
  }, 120_000);
});
