import request from 'supertest';
import { startApi, type ApiHarness } from './testing/api-harness';

describe('each body’s Atom feed (real PostgreSQL)', () => {
  let api: ApiHarness;
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);
  const get = (path: string, headers: Record<string, string> = {}) =>
    request(api.app.getHttpServer()).get(path).set(headers).buffer(true);

  beforeAll(async () => {
    api = await startApi({ WEB_ORIGIN: 'https://boards.example.org' });
    // A meeting of the Evidence Group with a public paper and a members' one, each with a file.
    const [{ id: meetingId }] = await sql(
      `INSERT INTO meeting (title, starts_at, ends_at, location)
       VALUES ('Feed meeting', '2026-12-08T10:00:00Z', '2026-12-08T12:00:00Z', 'Room 1') RETURNING id`,
    );
    await sql(
      `INSERT INTO meeting_body (meeting_id, body_id, position)
       SELECT $1, id, 1 FROM body WHERE slug = 'evidence-group'`,
      [meetingId],
    );
    for (const [title, visibility] of [
      ['Kinship care figures', 'PUBLIC'],
      ['Confidential case review', 'MEMBERS'],
    ]) {
      await sql(
        `INSERT INTO paper (meeting_id, title, visibility, file_sha256, file_size, file_kind,
                            media_type, file_name, uploaded_at)
         VALUES ($1, $2, $3, repeat('a', 64), 10, 'PDF', 'application/pdf', 'paper.pdf', now())`,
        [meetingId, title, visibility],
      );
    }
  });
  afterAll(() => api?.close());

  it('tells of published minutes, their decisions and public papers, and nothing else', async () => {
    const response = await get('/feeds/bodies/evidence-group.atom');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const atom = response.text;
    expect(atom).toContain(
      '<link rel="self" href="https://boards.example.org/feeds/bodies/evidence-group.atom"/>',
    );
    expect(atom).toContain('Paper: Kinship care figures');
    expect(atom).not.toContain('Confidential case review');

    // The minutes: those published, of whichever body has them, and no others.
    const minutes: { meeting_id: string; slug: string; status: string }[] = await sql(
      `SELECT m.meeting_id, b.slug, m.status FROM minutes m
         JOIN meeting_body mb ON mb.meeting_id = m.meeting_id JOIN body b ON b.id = mb.body_id`,
    );
    const withPublished = minutes.find((row) => row.status === 'PUBLISHED');
    expect(withPublished).toBeDefined();
    const bodyAtom = (await get(`/feeds/bodies/${withPublished?.slug}.atom`)).text;
    for (const row of minutes.filter((m) => m.slug === withPublished?.slug)) {
      const id = `<id>tag:boards.example.org,2026:minutes/${row.meeting_id}</id>`;
      if (row.status === 'PUBLISHED') expect(bodyAtom).toContain(id);
      else expect(bodyAtom).not.toContain(id);
    }
    // No person is named in a feed, and no private agenda item.
    const privateItems: { title: string }[] = await sql(
      `SELECT title FROM agenda_item WHERE NOT is_public`,
    );
    for (const item of privateItems) expect(atom).not.toContain(item.title);
  });

  it('answers 304 to its ETag, and 404 to a body that does not exist', async () => {
    const first = await get('/feeds/bodies/evidence-group.atom');
    const again = await get('/feeds/bodies/evidence-group.atom', {
      'if-none-match': first.headers['etag'] as string,
    });
    expect(again.status).toBe(304);
    expect((await get('/feeds/bodies/no-such-body.atom')).status).toBe(404);
    expect((await get('/feeds/bodies/Not_A_Slug.atom')).status).toBe(404);
  });
});
