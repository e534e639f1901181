import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { SqlStatementCounter } from '@boards/api/database/testing';
import { pdfFile, pngFile, windowsExecutable } from '@boards/api/papers/testing';
import { dataOf, outcomeOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

/** Small, so that refusing a file over the limit costs nothing. */
const LIMIT = 40_000;

const PAPER = `id title visibility contentNote version isSuperseded downloadPath
  file { name size sizeText kind mediaType uploadedAt }
  meeting { id } agendaItem { id title } easyReadOf { id } easyReadVersions { id }
  supersedes { id } supersededBy { id }`;
const CREATE = `mutation ($input: NewPaperInput!) { createPaper(input: $input) { ${PAPER} namedReaders { fullName } } }`;
const UPDATE = `mutation ($id: ID!, $expectedVersion: Int!, $input: PaperInput!) {
  updatePaper(id: $id, expectedVersion: $expectedVersion, input: $input) { ${PAPER} namedReaders { fullName } }
}`;
const REMOVE = `mutation ($id: ID!) { removePaper(id: $id) { id papers { id } } }`;
const GET = `query ($id: ID!) { paper(id: $id) { id title visibility } }`;
const PAPERS_OF = `query ($id: ID!) {
  meeting(id: $id) {
    papers { id title isSuperseded agendaItem { title } supersedes { id } supersededBy { id } }
    agenda { title papers { title } }
  }
}`;

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const waitFor = async (check: () => Promise<boolean>, what: string, ms = 10_000) => {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`Timed out waiting for ${what}`);
};

/** Every file under a folder, relative, sorted (temporary uploads included). */
async function filesUnder(directory: string): Promise<string[]> {
  try {
    const entries = await readdir(directory, { withFileTypes: true, recursive: true });
    return entries
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
      .sort();
  } catch {
    return [];
  }
}

/** Collects a response body as bytes, whatever its type. */
function binary(res: request.Response, callback: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
}

describe('meeting papers (real PostgreSQL, over HTTP)', () => {
  const counter = new SqlStatementCounter();
  let api: ApiHarness;
  const tokens: Record<string, string | undefined> = {};
  const ids: Record<string, string> = {};
  let meetingId: string;
  let otherMeetingId: string;
  let publicItemId: string;
  let privateItemId: string;
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);

  const personId = async (email: string): Promise<string> =>
    (await sql(`SELECT id FROM person WHERE email = $1`, [email]))[0].id;
  const accountId = async (email: string): Promise<string> =>
    (
      await sql(
        `SELECT a.id FROM account a JOIN person p ON p.id = a.person_id WHERE p.email = $1`,
        [email],
      )
    )[0].id;

  const snapshot = async () => ({
    papers: await sql(`SELECT * FROM paper ORDER BY id`),
    readers: await sql(`SELECT * FROM paper_reader ORDER BY paper_id, person_id`),
    audit: (await sql(`SELECT count(*)::int AS n FROM audit_event`))[0].n,
    files: await filesUnder(api.papersDir),
  });

  async function create(input: Record<string, unknown>, meeting = meetingId): Promise<Json> {
    return dataOf(
      await api.graphql(CREATE, { input: { meetingId: meeting, ...input } }, tokens['staff']),
    ).createPaper;
  }

  function upload(
    id: string,
    file: { bytes: Buffer; name: string } | undefined,
    as = 'staff',
    headers: Record<string, string> = {},
  ) {
    const token = tokens[as];
    const post = request(api.app.getHttpServer())
      .post(`/papers/${id}/file`)
      .set({ ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers });
    return file ? post.attach('file', file.bytes, { filename: file.name }) : post;
  }

  function download(id: string, token?: string) {
    return request(api.app.getHttpServer())
      .get(`/papers/${id}/file`)
      .set(token ? { authorization: `Bearer ${token}` } : {})
      .buffer(true)
      .parse(binary);
  }

  async function schedule(overrides: Record<string, unknown> = {}): Promise<string> {
    const [body] = await sql(`SELECT id FROM body WHERE slug = 'evidence-group'`);
    return dataOf(
      await api.graphql(
        `mutation ($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`,
        {
          input: {
            bodyIds: [body.id],
            title: 'Evidence Group meeting',
            date: '2026-12-08',
            startTime: '10:00',
            endTime: '12:30',
            location: 'Sanctuary Buildings, London',
            ...overrides,
          },
        },
        tokens['staff'],
      ),
    ).scheduleMeeting.id;
  }

  async function addItem(meeting: string, title: string, isPublic: boolean): Promise<string> {
    return dataOf(
      await api.graphql(
        `mutation ($meetingId: ID!, $input: AgendaItemInput!) { addAgendaItem(meetingId: $meetingId, input: $input) { id } }`,
        { meetingId: meeting, input: { title, isPublic } },
        tokens['staff'],
      ),
    ).addAgendaItem.id;
  }

  const FILES = {
    public: pdfFile('Open evidence summary'),
    members: pdfFile('Draft findings for members'),
    named: pdfFile('About one member'),
    annex: pdfFile('Members’ annex'),
  };
  const TITLES = {
    public: 'Evidence summary for the public',
    members: 'Confidential draft findings on kinship care',
    named: 'Personal circumstances of a member',
    annex: 'Annex to a private item',
  };

  beforeAll(async () => {
    api = await startApi({ PAPER_MAX_BYTES: String(LIMIT) }, { sqlLogger: counter });
    // A member of another body (the Design Group's chair) signs in too, to be named on a paper.
    await sql(
      `INSERT INTO account (person_id, password_hash)
       SELECT p.id, (SELECT a.password_hash FROM account a JOIN person q ON q.id = a.person_id
                      WHERE q.email = 'chair@example.org')
         FROM person p WHERE p.email = 'grace.whitfield@example.org'`,
    );
    const [staff, member, crossSeated, nonMember, named] = await Promise.all([
      api.signIn('secretariat@example.org'),
      api.signIn('evidence@example.org'),
      api.signIn('member@example.org'),
      api.signIn('chair@example.org'),
      api.signIn('grace.whitfield@example.org'),
    ]);
    Object.assign(tokens, { anonymous: undefined, staff, member, crossSeated, nonMember, named });

    meetingId = await schedule();
    otherMeetingId = await schedule({ date: '2027-01-12', title: 'Another meeting' });
    publicItemId = await addItem(meetingId, 'Evidence review', true);
    privateItemId = await addItem(meetingId, 'A safeguarding matter', false);

    ids['public'] = (
      await create({ title: TITLES.public, visibility: 'PUBLIC', agendaItemId: publicItemId })
    ).id;
    ids['members'] = (
      await create({
        title: TITLES.members,
        visibility: 'MEMBERS',
        agendaItemId: privateItemId,
        contentNote: 'Discusses the deaths of children.',
      })
    ).id;
    ids['named'] = (
      await create({
        title: TITLES.named,
        visibility: 'NAMED',
        namedPersonIds: [await personId('grace.whitfield@example.org')],
      })
    ).id;
    ids['annex'] = (
      await create({
        title: TITLES.annex,
        visibility: 'MEMBERS',
        agendaItemId: privateItemId,
      })
    ).id;
    for (const key of Object.keys(FILES) as (keyof typeof FILES)[]) {
      const response = await upload(ids[key] as string, {
        bytes: FILES[key],
        name: `${key}.pdf`,
      });
      expect(response.status).toBe(201);
    }
  });
  afterAll(() => api?.close());

  it('adds a paper, audited, and takes its file once, recording it on the paper', async () => {
    const before = (await sql(`SELECT count(*)::int AS n FROM audit_event`))[0].n;
    const paper = await create({
      title: '  Terms of reference review ',
      visibility: 'MEMBERS',
      agendaItemId: publicItemId,
      namedPersonIds: [await personId('chair@example.org')],
    });
    expect(paper).toMatchObject({
      title: 'Terms of reference review',
      visibility: 'MEMBERS',
      version: 1,
      file: null,
      downloadPath: `/papers/${paper.id}/file`,
      meeting: { id: meetingId },
      agendaItem: { id: publicItemId, title: 'Evidence review' },
      // Names only count for a NAMED paper.
      namedReaders: [],
      isSuperseded: false,
    });

    const bytes = pdfFile('Terms of reference');
    const response = await upload(paper.id, { bytes, name: 'ToR review – draft.pdf' });
    expect(response.status).toBe(201);
    expect(response.headers['location']).toBe(`/papers/${paper.id}/file`);
    expect(response.body).toEqual({
      id: paper.id,
      version: 2,
      file: {
        name: 'ToR review – draft.pdf',
        size: bytes.length,
        sizeText: formatKb(bytes.length),
        kind: 'PDF',
        mediaType: 'application/pdf',
        uploadedAt: expect.any(String),
      },
    });
    const sha256 = sha256Of(bytes);
    expect(await readFile(path.join(api.papersDir, sha256.slice(0, 2), sha256))).toEqual(bytes);
    const [row] = await sql(`SELECT file_sha256, uploaded_by FROM paper WHERE id = $1`, [paper.id]);
    expect(row).toEqual({
      file_sha256: sha256,
      uploaded_by: await accountId('secretariat@example.org'),
    });
    const actions = await sql(
      `SELECT action, after FROM audit_event WHERE object_id = $1 ORDER BY occurred_at, id`,
      [paper.id],
    );
    expect(actions.map((a: Json) => a.action)).toEqual(['paper.create', 'paper.upload']);
    expect(actions[1].after).toMatchObject({ sha256, size: bytes.length, kind: 'PDF' });
    expect((await sql(`SELECT count(*)::int AS n FROM audit_event`))[0].n).toBe(before + 2);

    // A second file for the same paper: refused, nothing stored, nothing changed.
    const state = await snapshot();
    const again = await upload(paper.id, { bytes: pdfFile('Another'), name: 'other.pdf' });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      code: 'CONFLICT',
      message: expect.stringContaining('supersedes'),
    });
    expect(await snapshot()).toEqual(state);
  });

  describe('who may open each paper', () => {
    type Viewer = 'anonymous' | 'nonMember' | 'member' | 'crossSeated' | 'named' | 'staff';
    type Kind = 'public' | 'members' | 'named';
    // ok, or the GraphQL code and the HTTP status of the refusal.
    const OPEN: Record<Kind, Record<Viewer, boolean>> = {
      public: {
        anonymous: true,
        nonMember: true,
        member: true,
        crossSeated: true,
        named: true,
        staff: true,
      },
      members: {
        anonymous: false,
        nonMember: false,
        member: true,
        crossSeated: true,
        // Grace is named on another paper only, and sits on another body.
        named: false,
        staff: true,
      },
      named: {
        anonymous: false,
        nonMember: false,
        // Naming people keeps a paper from the body's members, cross-seated or not.
        member: false,
        crossSeated: false,
        named: true,
        staff: true,
      },
    };
    const cells = (Object.keys(OPEN) as Kind[]).flatMap((kind) =>
      (Object.keys(OPEN[kind]) as Viewer[]).map(
        (viewer) => [kind, viewer, OPEN[kind][viewer]] as const,
      ),
    );

    it.each(cells)('a %s paper for %s: opens %s', async (kind, viewer, open) => {
      const id = ids[kind] as string;
      const token = tokens[viewer];
      const title = TITLES[kind];

      const result = await api.graphql(GET, { id }, token);
      const file = await download(id, token);
      if (open) {
        expect(dataOf(result).paper).toEqual({ id, title, visibility: kind.toUpperCase() });
        expect(file.status).toBe(200);
        expect(file.body).toEqual(FILES[kind]);
      } else {
        expect(outcomeOf(result)).toBe('FORBIDDEN');
        expect(result.data?.['paper']).toBeNull();
        expect(result.errors?.[0]?.extensions?.details?.['reason']).toBe(
          viewer === 'anonymous'
            ? 'NOT_SIGNED_IN'
            : kind === 'named'
              ? 'NOT_NAMED'
              : 'NOT_A_MEMBER',
        );
        expect(file.status).toBe(viewer === 'anonymous' ? 401 : 403);
        const json = JSON.parse(file.body.toString('utf8'));
        expect(json.code).toBe(viewer === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
        // Neither answer says what the paper is.
        for (const text of [JSON.stringify(result), file.body.toString('utf8')]) {
          expect(text).not.toContain(title);
          expect(text).not.toContain('deaths');
          expect(text).not.toContain('%PDF');
        }
      }
    });

    it('answers null for a paper that does not exist, and 404 for its file', async () => {
      const missing = '00000000-0000-4000-8000-000000000000';
      expect(dataOf(await api.graphql(GET, { id: missing })).paper).toBeNull();
      expect(dataOf(await api.graphql(GET, { id: 'not-an-id' })).paper).toBeNull();
      expect((await download(missing, tokens['staff'])).status).toBe(404);
      expect((await download('not-an-id')).status).toBe(404);
    });

    it('lists only the papers the one asking may open, never a title of another', async () => {
      const listFor = async (viewer: Viewer) => {
        const result = await api.graphql(PAPERS_OF, { id: meetingId }, tokens[viewer]);
        return { meeting: dataOf(result).meeting, text: JSON.stringify(result) };
      };
      const anonymous = await listFor('anonymous');
      expect(anonymous.meeting.papers.map((p: Json) => p.title)).toEqual([TITLES.public]);
      expect(anonymous.meeting.agenda).toEqual([
        { title: 'Evidence review', papers: [{ title: TITLES.public }] },
      ]);
      for (const hidden of [TITLES.members, TITLES.named, TITLES.annex, 'A safeguarding matter']) {
        expect(anonymous.text).not.toContain(hidden);
      }

      const titlesFor = async (viewer: Viewer) =>
        (await listFor(viewer)).meeting.papers.map((p: Json) => p.title);
      expect(await titlesFor('nonMember')).not.toContain(TITLES.members);
      expect(await titlesFor('crossSeated')).toEqual(
        expect.arrayContaining([TITLES.public, TITLES.members, TITLES.annex]),
      );
      expect(await titlesFor('crossSeated')).not.toContain(TITLES.named);
      expect(await titlesFor('named')).toEqual(
        expect.arrayContaining([TITLES.public, TITLES.named]),
      );
      expect(await titlesFor('named')).not.toContain(TITLES.members);
      expect(await titlesFor('staff')).toEqual(
        expect.arrayContaining([TITLES.public, TITLES.members, TITLES.named]),
      );
      const member = await listFor('member');
      expect(member.meeting.agenda[1]).toEqual({
        title: 'A safeguarding matter',
        papers: [{ title: TITLES.members }, { title: TITLES.annex }],
      });
    });

    it('shows who a paper names to the secretariat alone', async () => {
      const query = `query ($id: ID!) { paper(id: $id) { namedReaders { fullName } } }`;
      expect(dataOf(await api.graphql(query, { id: ids['named'] }, tokens['staff'])).paper).toEqual(
        { namedReaders: [{ fullName: 'Grace Whitfield' }] },
      );
      const named = await api.graphql(query, { id: ids['named'] }, tokens['named']);
      expect(outcomeOf(named)).toBe('FORBIDDEN');
      expect(named.errors?.[0]?.path).toEqual(['paper', 'namedReaders']);
    });
  });

  describe('downloads', () => {
    it('sends the verified file as an attachment with safe headers, not cached unless public', async () => {
      const members = await download(ids['members'] as string, tokens['member']);
      expect(members.status).toBe(200);
      expect(members.headers).toMatchObject({
        'content-type': 'application/pdf',
        'content-length': String(FILES.members.length),
        'content-disposition': `attachment; filename="members.pdf"; filename*=UTF-8''members.pdf`,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private, no-store',
      });
      expect(members.headers['etag']).toBeUndefined();

      const open = await download(ids['public'] as string);
      expect(open.headers).toMatchObject({
        'cache-control': 'public, no-cache',
        etag: `"${sha256Of(FILES.public)}"`,
      });
      const again = await request(api.app.getHttpServer())
        .get(`/papers/${ids['public']}/file`)
        .set('if-none-match', `"${sha256Of(FILES.public)}"`);
      expect(again.status).toBe(304);
    });

    it('encodes a name that is not ASCII in filename*', async () => {
      const paper = await create({ title: 'Résumé', visibility: 'PUBLIC' });
      const bytes = pdfFile('Résumé des preuves');
      expect((await upload(paper.id, { bytes, name: 'Résumé “final”.pdf' })).status).toBe(201);
      const response = await download(paper.id);
      expect(response.headers['content-disposition']).toBe(
        `attachment; filename="R_sum_ _final_.pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%E2%80%9Cfinal%E2%80%9D.pdf`,
      );
    });

    it('records who downloaded a paper that is not public, and nobody for a public one', async () => {
      const events = () =>
        sql(
          `SELECT actor_account_id, object_type, object_id, after FROM audit_event
            WHERE action = 'paper.download' ORDER BY occurred_at, id`,
        );
      const before = (await events()).length;
      expect((await download(ids['public'] as string, tokens['member'])).status).toBe(200);
      expect(await events()).toHaveLength(before);

      expect((await download(ids['members'] as string, tokens['crossSeated'])).status).toBe(200);
      const after = await events();
      expect(after).toHaveLength(before + 1);
      expect(after.at(-1)).toEqual({
        actor_account_id: await accountId('member@example.org'),
        object_type: 'Paper',
        object_id: ids['members'],
        after: { visibility: 'MEMBERS', sha256: sha256Of(FILES.members) },
      });
      // A refusal records nothing.
      expect((await download(ids['members'] as string, tokens['nonMember'])).status).toBe(403);
      expect(await events()).toHaveLength(before + 1);
    });

    it('says 404 until a file is uploaded', async () => {
      const paper = await create({ title: 'Not yet written', visibility: 'PUBLIC' });
      const response = await download(paper.id);
      expect(response.status).toBe(404);
      expect(JSON.parse(response.body.toString('utf8'))).toEqual({
        code: 'NOT_FOUND',
        message: 'This paper has no file yet',
      });
    });

    it('refuses a stored file that was tampered with: 500 and nothing of the file', async () => {
      const paper = await create({ title: 'Tampered with', visibility: 'PUBLIC' });
      const pdf = pdfFile('Original words');
      expect((await upload(paper.id, { bytes: pdf, name: 'tampered.pdf' })).status).toBe(201);
      const stored = path.join(api.papersDir, sha256Of(pdf).slice(0, 2), sha256Of(pdf));
      const changed = Buffer.from(pdf);
      changed.write('Altered', pdf.indexOf('Original'), 'latin1');
      await writeFile(stored, changed);

      const response = await download(paper.id);
      expect(response.status).toBe(500);
      expect(response.headers['content-type']).toMatch(/^application\/json/);
      expect(response.headers['content-disposition']).toBeUndefined();
      const text = response.body.toString('latin1');
      expect(JSON.parse(text)).toEqual({
        code: 'INTERNAL_SERVER_ERROR',
        message: expect.any(String),
      });
      expect(text).not.toContain('%PDF');
      expect(text).not.toContain('Altered');
    });
  });

  describe('uploads that are refused leave nothing behind', () => {
    let paperId: string;
    beforeAll(async () => {
      paperId = (await create({ title: 'Awaiting its file', visibility: 'MEMBERS' })).id;
    });

    it.each<[string, { bytes: Buffer; name: string }, number, string, string]>([
      [
        'a Windows program renamed .pdf',
        { bytes: windowsExecutable(), name: 'report.pdf' },
        415,
        'NOT_ALLOWED_TYPE',
        'The selected file must be a PDF, Word, OpenDocument text, Excel, PowerPoint, plain text, PNG or JPEG file',
      ],
      [
        'a file over the limit',
        { bytes: Buffer.alloc(LIMIT + 1, 'a'), name: 'notes.txt' },
        413,
        'TOO_LARGE',
        'The selected file must be smaller than 39.1 KB',
      ],
      [
        'a file far over the limit (refused from its length)',
        { bytes: Buffer.alloc(LIMIT + 200_000, 'a'), name: 'notes.txt' },
        413,
        'TOO_LARGE',
        'The selected file must be smaller than 39.1 KB',
      ],
      [
        'an empty file',
        { bytes: Buffer.alloc(0), name: 'paper.pdf' },
        400,
        'EMPTY',
        'The selected file is empty',
      ],
      [
        'a name that disagrees with the content',
        { bytes: pngFile(), name: 'chart.pdf' },
        400,
        'NAME_MISMATCH',
        'The selected file is a PNG image, so its name must end in .png',
      ],
      [
        'a form with no file chosen',
        { bytes: Buffer.alloc(0), name: '' },
        400,
        'NO_FILE',
        'Select a file',
      ],
    ])('refuses %s', async (_, file, status, reason, message) => {
      const before = await snapshot();
      const response = await upload(paperId, file);
      expect(response.status).toBe(status);
      expect(response.body).toEqual({ code: 'BAD_USER_INPUT', reason, message });
      expect(await snapshot()).toEqual(before);
    });

    it('refuses a body that is not a form, and a form without the file field', async () => {
      const before = await snapshot();
      const raw = await upload(paperId, undefined)
        .set('content-type', 'application/pdf')
        .send(pdfFile());
      expect(raw.status).toBe(415);
      expect(raw.body).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NOT_MULTIPART' });
      const other = await upload(paperId, undefined)
        .attach('document', pdfFile(), { filename: 'paper.pdf' })
        .field('title', 'x');
      expect(other.status).toBe(400);
      expect(other.body).toMatchObject({ reason: 'NO_FILE', message: 'Select a file' });
      expect(await snapshot()).toEqual(before);
    });

    it('refuses anyone but the secretariat, and a cookie without the header a form cannot send', async () => {
      const before = await snapshot();
      const file = { bytes: pdfFile('Sneaky'), name: 'paper.pdf' };
      const anonymous = await upload(paperId, file, 'anonymous');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.code).toBe('UNAUTHENTICATED');
      expect((await upload(paperId, file, 'member')).status).toBe(403);
      const cookie = { cookie: `boards_session=${encodeURIComponent(tokens['staff'] as string)}` };
      const cookieOnly = await upload(paperId, file, 'anonymous', cookie);
      expect(cookieOnly.status).toBe(403);
      expect(cookieOnly.body.message).toContain('x-requested-with');
      const crossSite = await upload(paperId, file, 'anonymous', {
        ...cookie,
        'x-requested-with': 'fetch',
        'sec-fetch-site': 'cross-site',
      });
      expect(crossSite.status).toBe(403);
      expect(await snapshot()).toEqual(before);

      // The cookie with the header, from this site: accepted.
      const sameSite = await upload(paperId, file, 'anonymous', {
        ...cookie,
        'x-requested-with': 'fetch',
        'sec-fetch-site': 'same-origin',
      });
      expect(sameSite.status).toBe(201);
    });

    it('leaves no temporary file when the client goes away mid-upload', async () => {
      const paper = await create({ title: 'Interrupted', visibility: 'PUBLIC' });
      const before = await snapshot();
      const server = api.app.getHttpServer() as http.Server;
      if (!server.listening)
        await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      const boundary = 'paper-boundary-3f9a';
      const head = Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="long.pdf"\r\n` +
          'Content-Type: application/pdf\r\n\r\n',
      );
      const body = pdfFile('A long paper');
      const req = http.request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: `/papers/${paper.id}/file`,
        headers: {
          authorization: `Bearer ${tokens['staff']}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + body.length + 30_000),
        },
      });
      req.on('error', () => undefined);
      req.write(head);
      req.write(body);
      const uploading = path.join(api.papersDir, 'uploading');
      await waitFor(async () => (await filesUnder(uploading)).length > 0, 'the upload to start');
      req.destroy();
      await waitFor(async () => (await filesUnder(uploading)).length === 0, 'the upload to go');
      expect(await snapshot()).toEqual(before);
      // The paper still takes a file afterwards.
      expect((await upload(paper.id, { bytes: body, name: 'long.pdf' })).status).toBe(201);
    });
  });

  describe('superseding, easy read versions and removal', () => {
    it('keeps a superseded paper, shown as superseded, and replaces a paper once', async () => {
      const original = await create({ title: 'Budget v1', visibility: 'MEMBERS' });
      expect((await upload(original.id, { bytes: pdfFile('v1'), name: 'v1.pdf' })).status).toBe(
        201,
      );
      const removal = await api.graphql(REMOVE, { id: original.id }, tokens['staff']);
      expect(outcomeOf(removal)).toBe('INVALID_TRANSITION');
      expect(removal.errors?.[0]?.message).toContain('supersede');

      const replacement = await create({
        title: 'Budget v2',
        visibility: 'MEMBERS',
        supersedes: original.id,
      });
      expect(replacement.supersedes).toEqual({ id: original.id });
      const twice = await api.graphql(
        CREATE,
        {
          input: {
            meetingId,
            title: 'Budget v2 again',
            visibility: 'MEMBERS',
            supersedes: original.id,
          },
        },
        tokens['staff'],
      );
      expect(outcomeOf(twice)).toBe('CONFLICT');

      const listed = dataOf(await api.graphql(PAPERS_OF, { id: meetingId }, tokens['member']))
        .meeting.papers;
      expect(listed.find((p: Json) => p.id === original.id)).toMatchObject({
        title: 'Budget v1',
        isSuperseded: true,
        supersededBy: { id: replacement.id },
      });
      expect(listed.find((p: Json) => p.id === replacement.id)).toMatchObject({
        isSuperseded: false,
        supersedes: { id: original.id },
      });
      // The old one can still be read.
      expect((await download(original.id, tokens['member'])).status).toBe(200);
    });

    it('checks what a paper points at against its meeting', async () => {
      const elsewhere = await create(
        { title: 'Of another meeting', visibility: 'PUBLIC' },
        otherMeetingId,
      );
      const before = await snapshot();
      const refused = async (input: Record<string, unknown>) => {
        const result = await api.graphql(
          CREATE,
          { input: { meetingId, title: 'Probe', visibility: 'PUBLIC', ...input } },
          tokens['staff'],
        );
        expect(outcomeOf(result)).toBe('BAD_USER_INPUT');
        return result.errors?.[0]?.extensions?.details?.['field'];
      };
      expect(await refused({ easyReadOf: elsewhere.id })).toBe('easyReadOf');
      expect(await refused({ supersedes: elsewhere.id })).toBe('supersedes');
      const [otherItem] = await sql(
        `INSERT INTO agenda_item (meeting_id, position, title, is_public) VALUES ($1, 1, 'Other', true) RETURNING id`,
        [otherMeetingId],
      );
      expect(await refused({ agendaItemId: otherItem.id })).toBe('agendaItemId');
      expect(await refused({ visibility: 'NAMED', namedPersonIds: [] })).toBe('namedPersonIds');
      expect(
        await refused({
          visibility: 'NAMED',
          namedPersonIds: ['00000000-0000-4000-8000-000000000000'],
        }),
      ).toBe('namedPersonIds');
      await sql(`DELETE FROM agenda_item WHERE id = $1`, [otherItem.id]);
      expect(await snapshot()).toEqual(before);
    });

    it('keeps an easy read version open to everyone who may open its original', async () => {
      const original = await create({ title: 'Findings', visibility: 'MEMBERS' });
      const restricted = await api.graphql(
        CREATE,
        {
          input: {
            meetingId,
            title: 'Findings, easy read',
            visibility: 'NAMED',
            namedPersonIds: [await personId('member@example.org')],
            easyReadOf: original.id,
          },
        },
        tokens['staff'],
      );
      expect(outcomeOf(restricted)).toBe('BAD_USER_INPUT');
      expect(restricted.errors?.[0]?.extensions?.details?.['field']).toBe('visibility');

      const easyRead = await create({
        title: 'Findings, easy read',
        visibility: 'PUBLIC',
        easyReadOf: original.id,
      });
      expect(easyRead.easyReadOf).toEqual({ id: original.id });
      // The public sees the easy read version, but not what it is a version of.
      const publicView = dataOf(
        await api.graphql(`query ($id: ID!) { paper(id: $id) { easyReadOf { id } } }`, {
          id: easyRead.id,
        }),
      ).paper;
      expect(publicView).toEqual({ easyReadOf: null });
      const memberView = dataOf(
        await api.graphql(
          `query ($id: ID!) { paper(id: $id) { easyReadVersions { id title } } }`,
          { id: original.id },
          tokens['member'],
        ),
      ).paper;
      expect(memberView.easyReadVersions).toEqual([
        { id: easyRead.id, title: 'Findings, easy read' },
      ]);

      // Making the original public would leave nothing more open than it: allowed. Making the
      // version members-only while the original is public is not.
      const opened = dataOf(
        await api.graphql(
          UPDATE,
          {
            id: original.id,
            expectedVersion: 1,
            input: { title: 'Findings', visibility: 'PUBLIC' },
          },
          tokens['staff'],
        ),
      ).updatePaper;
      expect(opened).toMatchObject({ visibility: 'PUBLIC', version: 2 });
      const closing = await api.graphql(
        UPDATE,
        {
          id: easyRead.id,
          expectedVersion: 1,
          input: { title: 'Findings, easy read', visibility: 'MEMBERS', easyReadOf: original.id },
        },
        tokens['staff'],
      );
      expect(outcomeOf(closing)).toBe('BAD_USER_INPUT');
      const narrowing = await api.graphql(
        UPDATE,
        {
          id: original.id,
          expectedVersion: 2,
          input: { title: 'Findings', visibility: 'MEMBERS' },
        },
        tokens['staff'],
      );
      expect(outcomeOf(narrowing)).toBe('ok');
      const removal = await api.graphql(REMOVE, { id: original.id }, tokens['staff']);
      expect(outcomeOf(removal)).toBe('INVALID_TRANSITION');
    });

    it('edits with optimistic concurrency, audited, and removes a paper that has no file', async () => {
      const paper = await create({ title: 'Draft agenda', visibility: 'PUBLIC' });
      const edited = dataOf(
        await api.graphql(
          UPDATE,
          {
            id: paper.id,
            expectedVersion: 1,
            input: {
              title: 'Agenda',
              visibility: 'NAMED',
              namedPersonIds: [await personId('chair@example.org')],
              contentNote: 'Mentions a complaint.',
            },
          },
          tokens['staff'],
        ),
      ).updatePaper;
      expect(edited).toMatchObject({
        title: 'Agenda',
        visibility: 'NAMED',
        contentNote: 'Mentions a complaint.',
        version: 2,
        namedReaders: [{ fullName: 'Daniel Osei' }],
      });
      const before = await snapshot();
      const stale = await api.graphql(
        UPDATE,
        { id: paper.id, expectedVersion: 1, input: { title: 'Stale', visibility: 'PUBLIC' } },
        tokens['staff'],
      );
      expect(outcomeOf(stale)).toBe('CONFLICT');
      expect(await snapshot()).toEqual(before);
      const [audit] = await sql(
        `SELECT before, after FROM audit_event WHERE object_id = $1 AND action = 'paper.update'`,
        [paper.id],
      );
      expect(audit.before).toMatchObject({ title: 'Draft agenda', visibility: 'PUBLIC' });
      expect(audit.after).toMatchObject({ title: 'Agenda', visibility: 'NAMED' });

      const removed = dataOf(
        await api.graphql(REMOVE, { id: paper.id }, tokens['staff']),
      ).removePaper;
      expect(removed.id).toBe(meetingId);
      expect(removed.papers.map((p: Json) => p.id)).not.toContain(paper.id);
      expect(await sql(`SELECT * FROM paper_reader WHERE paper_id = $1`, [paper.id])).toEqual([]);
      expect(
        await sql(
          `SELECT action FROM audit_event WHERE object_id = $1 AND action = 'paper.remove'`,
          [paper.id],
        ),
      ).toHaveLength(1);
    });
  });

  describe('corrections: audience, withdrawal and a new file', () => {
    const WITHDRAW = `mutation ($id: ID!, $expectedVersion: Int!, $reason: String!) {
      withdrawPaper(id: $id, expectedVersion: $expectedVersion, input: { reason: $reason }) {
        id version withdrawnAt withdrawalReason canDownload
      }
    }`;
    const REINSTATE = `mutation ($id: ID!, $expectedVersion: Int!) {
      reinstatePaper(id: $id, expectedVersion: $expectedVersion) { id version withdrawnAt canDownload }
    }`;
    const SEEN = `query ($id: ID!) { paper(id: $id) { title withdrawnAt withdrawalReason canDownload } }`;

    async function paperWithFile(title: string, input: Record<string, unknown> = {}) {
      const paper = await create({ title, visibility: 'PUBLIC', ...input });
      const bytes = pdfFile(title);
      expect((await upload(paper.id, { bytes, name: 'paper.pdf' })).status).toBe(201);
      return { id: paper.id as string, bytes };
    }

    it('narrows a public paper to members: the public download then answers 401, others 403', async () => {
      const { id, bytes } = await paperWithFile('Data for the review');
      expect((await download(id)).status).toBe(200);
      const narrowed = dataOf(
        await api.graphql(
          UPDATE,
          {
            id,
            expectedVersion: 2,
            input: { title: 'Data for the review', visibility: 'MEMBERS' },
          },
          tokens['staff'],
        ),
      ).updatePaper;
      expect(narrowed).toMatchObject({ visibility: 'MEMBERS', version: 3 });
      expect((await download(id)).status).toBe(401);
      expect((await download(id, tokens['nonMember'])).status).toBe(403);
      expect(outcomeOf(await api.graphql(GET, { id }))).toBe('FORBIDDEN');
      const member = await download(id, tokens['crossSeated']);
      expect(member.status).toBe(200);
      expect(member.body).toEqual(bytes);
    });

    it('withdraws a paper: listed with the reason, its file for the staff only, audited; and puts it back', async () => {
      const { id, bytes } = await paperWithFile('Wrong data table', { visibility: 'MEMBERS' });
      const refused = async (variables: Record<string, unknown>, as: string, code: string) => {
        const before = await snapshot();
        expect(outcomeOf(await api.graphql(WITHDRAW, variables, tokens[as]))).toBe(code);
        expect(await snapshot()).toEqual(before);
      };
      await refused({ id, expectedVersion: 2, reason: 'Wrong table' }, 'member', 'FORBIDDEN');
      await refused(
        { id, expectedVersion: 2, reason: 'Wrong table' },
        'anonymous',
        'UNAUTHENTICATED',
      );
      await refused({ id, expectedVersion: 2, reason: '   ' }, 'staff', 'BAD_USER_INPUT');
      await refused({ id, expectedVersion: 1, reason: 'Wrong table' }, 'staff', 'CONFLICT');

      const withdrawn = dataOf(
        await api.graphql(
          WITHDRAW,
          { id, expectedVersion: 2, reason: ' The table had the wrong year. ' },
          tokens['staff'],
        ),
      ).withdrawPaper;
      expect(withdrawn).toMatchObject({
        version: 3,
        withdrawnAt: expect.any(String),
        withdrawalReason: 'The table had the wrong year.',
        canDownload: true,
      });
      await refused({ id, expectedVersion: 3, reason: 'Again' }, 'staff', 'INVALID_TRANSITION');

      // Members still see it listed, marked withdrawn with the reason, but cannot download it:
      // on its own and on its meeting's page (read in one statement with the meeting).
      const seen = {
        title: 'Wrong data table',
        withdrawnAt: withdrawn.withdrawnAt,
        withdrawalReason: 'The table had the wrong year.',
        canDownload: false,
      };
      expect(dataOf(await api.graphql(SEEN, { id }, tokens['crossSeated'])).paper).toEqual(seen);
      const listed = dataOf(
        await api.graphql(
          `query ($id: ID!) { meeting(id: $id) { papers { id title withdrawnAt withdrawalReason canDownload } } }`,
          { id: meetingId },
          tokens['crossSeated'],
        ),
      ).meeting.papers;
      expect(listed.find((paper: Json) => paper.id === id)).toEqual({ id, ...seen });
      const member = await download(id, tokens['crossSeated']);
      expect(member.status).toBe(403);
      expect(JSON.parse(member.body.toString('utf8'))).toEqual({
        code: 'FORBIDDEN',
        message: expect.stringContaining('withdrawn'),
      });
      expect((await download(id)).status).toBe(401);
      expect((await download(id, tokens['nonMember'])).status).toBe(403);
      const staff = await download(id, tokens['staff']);
      expect(staff.status).toBe(200);
      expect(staff.body).toEqual(bytes);
      const [row] = await sql(`SELECT withdrawn_by FROM paper WHERE id = $1`, [id]);
      expect(row.withdrawn_by).toBe(await accountId('secretariat@example.org'));

      const reinstated = dataOf(
        await api.graphql(REINSTATE, { id, expectedVersion: 3 }, tokens['staff']),
      ).reinstatePaper;
      expect(reinstated).toMatchObject({ version: 4, withdrawnAt: null, canDownload: true });
      expect((await download(id, tokens['crossSeated'])).status).toBe(200);
      expect(
        outcomeOf(await api.graphql(REINSTATE, { id, expectedVersion: 4 }, tokens['staff'])),
      ).toBe('INVALID_TRANSITION');
      const audit = await sql(
        `SELECT action, before, after FROM audit_event
          WHERE object_id = $1 AND action IN ('paper.withdraw', 'paper.reinstate')
          ORDER BY occurred_at, id`,
        [id],
      );
      expect(audit).toEqual([
        {
          action: 'paper.withdraw',
          before: null,
          after: { reason: 'The table had the wrong year.' },
        },
        {
          action: 'paper.reinstate',
          before: { reason: 'The table had the wrong year.' },
          after: null,
        },
      ]);
    });

    it('replaces a file only with the version seen: the old file is kept, and the change audited', async () => {
      const { id, bytes } = await paperWithFile('Evidence tables');
      const replacement = pdfFile('Evidence tables, corrected');
      const before = await snapshot();
      const refusals: [string, number, string][] = [
        ['', 409, 'CONFLICT'],
        ['?expectedVersion=1', 409, 'CONFLICT'],
        ['?expectedVersion=two', 400, 'BAD_USER_INPUT'],
      ];
      for (const [query, status, code] of refusals) {
        const response = await request(api.app.getHttpServer())
          .post(`/papers/${id}/file${query}`)
          .set({ authorization: `Bearer ${tokens['staff']}` })
          .attach('file', replacement, { filename: 'tables.pdf' });
        expect([query, response.status, response.body.code]).toEqual([query, status, code]);
        expect(await snapshot()).toEqual(before);
      }

      const replaced = await request(api.app.getHttpServer())
        .post(`/papers/${id}/file?expectedVersion=2`)
        .set({ authorization: `Bearer ${tokens['staff']}` })
        .attach('file', replacement, { filename: 'tables-corrected.pdf' });
      expect(replaced.status).toBe(201);
      expect(replaced.body).toMatchObject({ version: 3, file: { name: 'tables-corrected.pdf' } });
      expect((await download(id)).body).toEqual(replacement);
      // The file replaced stays in the storage: the audit trail names it.
      const old = sha256Of(bytes);
      expect(await readFile(path.join(api.papersDir, old.slice(0, 2), old))).toEqual(bytes);
      const [audit] = await sql(
        `SELECT before, after FROM audit_event WHERE object_id = $1 AND action = 'paper.replaceFile'`,
        [id],
      );
      expect(audit.before).toMatchObject({ sha256: old, fileName: 'paper.pdf' });
      expect(audit.after).toMatchObject({
        sha256: sha256Of(replacement),
        fileName: 'tables-corrected.pdf',
      });
    });

    it('refuses a public paper under a private item, and making an item private under a public paper', async () => {
      const before = await snapshot();
      const created = await api.graphql(
        CREATE,
        { input: { meetingId, title: 'Leak', visibility: 'PUBLIC', agendaItemId: privateItemId } },
        tokens['staff'],
      );
      expect(outcomeOf(created)).toBe('BAD_USER_INPUT');
      expect(created.errors?.[0]?.message).toContain('private');
      const made = await api.graphql(
        UPDATE,
        {
          id: ids['annex'],
          expectedVersion: 2,
          input: { title: TITLES.annex, visibility: 'PUBLIC', agendaItemId: privateItemId },
        },
        tokens['staff'],
      );
      expect(outcomeOf(made)).toBe('BAD_USER_INPUT');
      expect(await snapshot()).toEqual(before);

      const item = await addItem(meetingId, 'Open discussion', true);
      await create({ title: 'Open notes', visibility: 'PUBLIC', agendaItemId: item });
      const items = await sql(`SELECT * FROM agenda_item WHERE id = $1`, [item]);
      const privatised = await api.graphql(
        `mutation ($id: ID!, $input: AgendaItemInput!) { updateAgendaItem(id: $id, input: $input) { id } }`,
        { id: item, input: { title: 'Open discussion', isPublic: false } },
        tokens['staff'],
      );
      expect(outcomeOf(privatised)).toBe('BAD_USER_INPUT');
      expect(privatised.errors?.[0]?.message).toContain('Open notes');
      expect(await sql(`SELECT * FROM agenda_item WHERE id = $1`, [item])).toEqual(items);
    });
  });

  describe('SQL statements per request do not grow with the number of papers', () => {
    const QUERY = `query ($id: ID!) {
      meeting(id: $id) {
        title
        agenda { title papers { id title visibility contentNote isSuperseded file { name sizeText } } }
        papers {
          id title visibility contentNote version downloadPath isSuperseded
          file { name size sizeText kind mediaType uploadedAt }
          agendaItem { title } supersedes { id } supersededBy { id } easyReadOf { id } easyReadVersions { id }
        }
      }
    }`;
    const counts: Record<string, number[]> = {};
    let countedMeeting: string;
    let items: string[];

    async function statementsFor(viewer: string): Promise<{ count: number; papers: number }> {
      // A session last seen a minute ago or more is refreshed by the next request (one statement
      // more): asked once first, the session is fresh when counted, however slow the machine.
      await api.graphql(QUERY, { id: countedMeeting }, tokens[viewer]);
      counter.reset();
      const result = await api.graphql(QUERY, { id: countedMeeting }, tokens[viewer]);
      const count = counter.count;
      const { meeting } = dataOf(result);
      (counts[viewer] ??= []).push(count);
      return { count, papers: meeting.papers.length };
    }

    /** Adds papers until the meeting has `total`: every visibility, on items and not, some with files, named people, replacements. */
    async function grow(total: number): Promise<void> {
      const [{ n }] = await sql(`SELECT count(*)::int AS n FROM paper WHERE meeting_id = $1`, [
        countedMeeting,
      ]);
      await sql(
        `INSERT INTO paper (meeting_id, agenda_item_id, title, visibility, content_note,
                            file_sha256, file_size, file_kind, media_type, file_name, uploaded_at)
         SELECT $1, ($2::uuid[])[1 + g % 4], 'Counted paper ' || g,
                (ARRAY['PUBLIC','MEMBERS','NAMED'])[1 + g % 3]::paper_visibility,
                CASE WHEN g % 5 = 0 THEN 'A note' END,
                CASE WHEN g % 2 = 0 THEN repeat('b', 64) END,
                CASE WHEN g % 2 = 0 THEN 1000 + g END,
                CASE WHEN g % 2 = 0 THEN 'PDF' END,
                CASE WHEN g % 2 = 0 THEN 'application/pdf' END,
                CASE WHEN g % 2 = 0 THEN 'counted.pdf' END,
                CASE WHEN g % 2 = 0 THEN now() END
           FROM generate_series($3::int + 1, $4::int) AS g`,
        [countedMeeting, [...items, null], n, total],
      );
      const named = await Promise.all(
        ['evidence@example.org', 'member@example.org', 'grace.whitfield@example.org'].map(personId),
      );
      await sql(
        `INSERT INTO paper_reader (paper_id, person_id)
         SELECT p.id, r FROM paper p, unnest($2::uuid[]) AS r
          WHERE p.meeting_id = $1 AND p.visibility = 'NAMED'
         ON CONFLICT DO NOTHING`,
        [countedMeeting, named],
      );
      // Each tenth paper replaces the one before it; each seventh is an easy read version of the first.
      await sql(
        `WITH ordered AS (SELECT id, row_number() OVER (ORDER BY title) AS n FROM paper WHERE meeting_id = $1)
         UPDATE paper p SET supersedes = prev.id
           FROM ordered cur JOIN ordered prev ON prev.n = cur.n - 1
          WHERE p.id = cur.id AND cur.n % 10 = 0 AND p.supersedes IS NULL
            AND NOT EXISTS (SELECT 1 FROM paper q WHERE q.supersedes = prev.id)`,
        [countedMeeting],
      );
      await sql(
        `WITH ordered AS (SELECT id, row_number() OVER (ORDER BY title) AS n FROM paper WHERE meeting_id = $1)
         UPDATE paper p SET easy_read_of = (SELECT id FROM ordered WHERE n = 1), visibility = 'PUBLIC'
           FROM ordered cur WHERE p.id = cur.id AND cur.n % 7 = 0`,
        [countedMeeting],
      );
    }

    beforeAll(async () => {
      countedMeeting = await schedule({ date: '2027-02-09', title: 'Counted meeting' });
      items = [];
      for (const [title, isPublic] of [
        ['One', true],
        ['Two', false],
        ['Three', true],
      ] as const) {
        items.push(await addItem(countedMeeting, title, isPublic));
      }
    });

    it('answers a meeting with 3 papers and with 200 in the same number of statements', async () => {
      await grow(3);
      const small = {
        anonymous: await statementsFor('anonymous'),
        member: await statementsFor('member'),
        named: await statementsFor('named'),
        staff: await statementsFor('staff'),
      };
      expect(small.staff.papers).toBe(3);
      await grow(200);
      const large = {
        anonymous: await statementsFor('anonymous'),
        member: await statementsFor('member'),
        named: await statementsFor('named'),
        staff: await statementsFor('staff'),
      };
      expect(large.staff.papers).toBe(200);
      expect(large.anonymous.papers).toBeGreaterThan(50);
      expect(large.anonymous.papers).toBeLessThan(large.member.papers);
      for (const viewer of Object.keys(small) as (keyof typeof small)[]) {
        expect(large[viewer].count).toBe(small[viewer].count);
      }
      // The meeting with its agenda and papers (named people included) is one statement;
      // signed in adds the session and, for a member, their memberships.
      expect(small.anonymous.count).toBe(1);
      for (const viewer of Object.keys(small) as (keyof typeof small)[]) {
        expect(small[viewer].count).toBeLessThanOrEqual(3);
      }
      process.stdout.write(`Statements for 3 and 200 papers: ${JSON.stringify(counts)}\n`);
    });
  });
});

/** The size as the API words it, for a size under 1 MB. */
function formatKb(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const value = bytes / 1024;
  return `${Number.isInteger(value) ? value : Number(value.toFixed(1))} KB`;
}
