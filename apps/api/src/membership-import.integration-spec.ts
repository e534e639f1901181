import request from 'supertest';
import { MembershipImportService, STOPPED_MESSAGE } from '@boards/api/memberships';
import { dataOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const IMPORT = `query ($id: ID!) {
  membershipImport(id: $id) {
    id fileName fileBytes uploadedBy status totalRows processedRows importedRows errorCount
    failureReason createdAt finishedAt errors { line field code message }
  }
}`;
const HISTORY = `query ($first: Int, $after: String) {
  membershipImports(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id fileName status uploadedBy } }
  }
}`;
const HEADER = 'email,body,role,starts_on,ends_on,cross_seat_from';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('importing memberships from a CSV file (real PostgreSQL, over HTTP)', () => {
  let api: ApiHarness;
  let secretariat: string;
  let member: string;
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);
  const count = async (table: string) =>
    Number((await sql(`SELECT count(*)::int AS n FROM ${table}`))[0].n);

  function upload(csv: string | Buffer, token?: string, headers: Record<string, string> = {}) {
    return request(api.app.getHttpServer())
      .post('/imports/memberships')
      .set({
        'content-type': 'text/csv; charset=utf-8',
        'x-file-name': encodeURIComponent('new members.csv'),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      })
      .send(csv);
  }

  async function importOf(id: string): Promise<Json> {
    return dataOf(await api.graphql(IMPORT, { id }, secretariat)).membershipImport;
  }

  /** Follows an import until it ends, keeping every state seen on the way. */
  async function followed(id: string, everyMs = 20): Promise<{ last: Json; seen: Json[] }> {
    const seen: Json[] = [];
    const deadline = Date.now() + 390_000;
    while (Date.now() < deadline) {
      const state = await importOf(id);
      seen.push(state);
      if (state.status === 'DONE' || state.status === 'FAILED') return { last: state, seen };
      await sleep(everyMs);
    }
    throw new Error(`Import ${id} did not finish`);
  }

  async function imported(csv: string): Promise<Json> {
    const response = await upload(csv, secretariat);
    expect(response.status).toBe(202);
    return (await followed(response.body.id)).last;
  }

  beforeAll(async () => {
    api = await startApi();
    [secretariat, member] = await Promise.all([
      api.signIn('secretariat@example.org'),
      api.signIn('member@example.org'),
    ]);
    // People in the portal with no memberships yet: import.1@example.org … import.3200@example.org.
    await sql(
      `INSERT INTO person (full_name, email)
       SELECT 'Imported Person ' || g, 'import.' || g || '@example.org' FROM generate_series(1, 3200) g`,
    );
    // Room for two more cross-seats on the Design Group (it has two; the Evidence Group stays full).
    await sql(
      `UPDATE cross_seat_rule_version SET max_seats = 4
        WHERE rule_id = (SELECT r.id FROM cross_seat_rule r JOIN body b ON b.id = r.target_body_id
                          WHERE b.slug = 'design-group')`,
    );
  });
  afterAll(() => api?.close());

  it('imports a good file: every line, a cross-seat resting on a board seat from the same file (either order), in one go', async () => {
    const before = await count('membership');
    const response = await upload(
      `\ufeff${HEADER}\r\n` +
        'import.1@example.org,experts-by-experience-board,MEMBER,2025-04-01,,\r\n' +
        'import.1@example.org,design-group,MEMBER,2025-04-01,,experts-by-experience-board\r\n' +
        'IMPORT.2@Example.org,Design-Group,member,1/5/2025,31/12/2026,experts-by-experience-board\r\n' +
        '"import.2@example.org",experts-by-experience-board,Vice-chair,2025-01-01,,\r\n' +
        'import.3@example.org,evidence-group,observer,2025-06-01,2025-12-31,\r\n' +
        ',,,,,\r\n\r\n',
      secretariat,
    );
    expect(response.status).toBe(202);
    expect(response.body).toEqual({ id: expect.any(String), status: 'VALIDATING' });

    const { last } = await followed(response.body.id);
    expect(last).toMatchObject({
      id: response.body.id,
      fileName: 'new members.csv',
      uploadedBy: 'Priya Raman',
      status: 'DONE',
      totalRows: 5,
      processedRows: 5,
      importedRows: 5,
      errorCount: 0,
      errors: [],
      failureReason: null,
      finishedAt: expect.any(String),
    });
    expect(await count('membership')).toBe(before + 5);
    const rows = await sql(
      `SELECT p.email, b.slug AS body, m.role, m.seat, f.slug AS "from", m.starts_on, m.ends_on
         FROM membership m JOIN person p ON p.id = m.person_id JOIN body b ON b.id = m.body_id
         LEFT JOIN body f ON f.id = m.from_body_id
        WHERE p.email LIKE 'import.%' ORDER BY p.email, m.seat, b.slug`,
    );
    expect(rows).toEqual([
      {
        email: 'import.1@example.org',
        body: 'experts-by-experience-board',
        role: 'MEMBER',
        seat: 'ORDINARY',
        from: null,
        starts_on: '2025-04-01',
        ends_on: null,
      },
      {
        email: 'import.1@example.org',
        body: 'design-group',
        role: 'MEMBER',
        seat: 'CROSS_SEAT',
        from: 'experts-by-experience-board',
        starts_on: '2025-04-01',
        ends_on: null,
      },
      {
        email: 'import.2@example.org',
        body: 'experts-by-experience-board',
        role: 'VICE_CHAIR',
        seat: 'ORDINARY',
        from: null,
        starts_on: '2025-01-01',
        ends_on: null,
      },
      {
        email: 'import.2@example.org',
        body: 'design-group',
        role: 'MEMBER',
        seat: 'CROSS_SEAT',
        from: 'experts-by-experience-board',
        starts_on: '2025-05-01',
        ends_on: '2026-12-31',
      },
      {
        email: 'import.3@example.org',
        body: 'evidence-group',
        role: 'OBSERVER',
        seat: 'ORDINARY',
        from: null,
        starts_on: '2025-06-01',
        ends_on: '2025-12-31',
      },
    ]);
    // Audited: each membership, and the import itself, by the secretariat.
    const audit = await sql(
      `SELECT action, object_type, object_id, actor_label, after FROM audit_event
        WHERE action IN ('membership.appoint', 'membership.import') ORDER BY id DESC LIMIT 6`,
    );
    expect(audit.map((e: Json) => e.action).sort()).toEqual([
      'membership.appoint',
      'membership.appoint',
      'membership.appoint',
      'membership.appoint',
      'membership.appoint',
      'membership.import',
    ]);
    expect(audit.every((e: Json) => e.actor_label === 'Priya Raman')).toBe(true);
    expect(audit.find((e: Json) => e.action === 'membership.import')).toMatchObject({
      object_type: 'MembershipImport',
      object_id: response.body.id,
      after: { imported: 5, lines: 5 },
    });
  });

  it('reports every bad line with its line number, and imports nothing at all', async () => {
    const memberships = await sql(`SELECT * FROM membership ORDER BY id`);
    const auditEntries = await count('audit_event');
    const last = await imported(
      `${HEADER}\n` +
        // 2: good on its own
        'import.10@example.org,evidence-group,MEMBER,2025-04-01,,\n' +
        // 3: two bad cells
        'import.11@example.org,evidence-group,Boss,2025-13-01,,\n' +
        // 4: nobody of that name in the portal
        'nobody@example.org,evidence-group,MEMBER,2025-04-01,,\n' +
        // 5: Jordan Ellis has sat on the board since 2021
        'member@example.org,experts-by-experience-board,MEMBER,2025-04-01,,\n' +
        // 6: good, and the board seat line 7 rests on
        'import.12@example.org,experts-by-experience-board,MEMBER,2025-01-01,,\n' +
        // 7: the Evidence Group already has its two cross-seats from the board
        'import.12@example.org,evidence-group,MEMBER,2025-04-01,,experts-by-experience-board\n' +
        // 8: before the Design Group was established
        'import.13@example.org,design-group,MEMBER,2019-01-01,,\n' +
        // 9: a value too many
        'import.14@example.org,design-group,MEMBER,2025-04-01,,,\n' +
        // 10: overlaps line 2
        'import.10@example.org,evidence-group,CHAIR,2025-06-01,,\n',
    );
    expect(last).toMatchObject({
      status: 'FAILED',
      totalRows: 9,
      processedRows: 9,
      importedRows: 0,
      failureReason: null,
    });
    expect(last.errors.map((e: Json) => [e.line, e.field, e.code])).toEqual([
      [3, 'role', 'BAD_USER_INPUT'],
      [3, 'starts_on', 'BAD_USER_INPUT'],
      [4, 'email', 'NOT_FOUND'],
      [5, 'starts_on', 'MEMBERSHIP_OVERLAP'],
      [7, 'starts_on', 'CROSS_SEAT_RULE'],
      [8, 'starts_on', 'BAD_USER_INPUT'],
      [9, null, 'BAD_USER_INPUT'],
      [10, 'starts_on', 'MEMBERSHIP_OVERLAP'],
    ]);
    expect(last.errorCount).toBe(8);
    const message = (line: number) => last.errors.find((e: Json) => e.line === line).message;
    expect(message(4)).toContain('nobody@example.org');
    expect(message(5)).toMatch(/already has a membership of this body from 15 March 2021/);
    expect(message(7)).toMatch(/the cross-seating rule allows no more than 2/);
    expect(message(8)).toMatch(/cannot start before Design Group was established/);
    expect(message(10)).toMatch(/overlaps line 2/);
    // Nothing changed: not the good lines either.
    expect(await sql(`SELECT * FROM membership ORDER BY id`)).toEqual(memberships);
    expect(await count('audit_event')).toBe(auditEntries);
  });

  it('records a line the database itself refuses against that line, and still checks the lines after it', async () => {
    // A refusal no rule knows about: the transaction is lost, so the other lines are checked again.
    await sql(`
      CREATE FUNCTION refuse_probe_membership() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.person_id = (SELECT id FROM person WHERE email = 'import.50@example.org') THEN
          RAISE EXCEPTION 'refused for the test';
        END IF;
        RETURN NEW;
      END $$`);
    await sql(`CREATE TRIGGER refuse_probe_membership BEFORE INSERT ON membership
               FOR EACH ROW EXECUTE FUNCTION refuse_probe_membership()`);
    try {
      const memberships = await sql(`SELECT * FROM membership ORDER BY id`);
      const last = await imported(
        `${HEADER}\n` +
          'import.51@example.org,evidence-group,MEMBER,2025-04-01,,\n' +
          'import.50@example.org,evidence-group,MEMBER,2025-04-01,,\n' +
          'import.52@example.org,evidence-group,MEMBER,2025-04-01,,\n' +
          'member@example.org,experts-by-experience-board,MEMBER,2025-04-01,,\n',
      );
      expect(last).toMatchObject({ status: 'FAILED', importedRows: 0, processedRows: 4 });
      expect(last.errors.map((e: Json) => [e.line, e.field, e.code])).toEqual([
        [3, null, 'INTERNAL_SERVER_ERROR'],
        [5, 'starts_on', 'MEMBERSHIP_OVERLAP'],
      ]);
      expect(last.errors[0].message).not.toContain('refused for the test');
      expect(await sql(`SELECT * FROM membership ORDER BY id`)).toEqual(memberships);
    } finally {
      await sql(`DROP TRIGGER refuse_probe_membership ON membership`);
      await sql(`DROP FUNCTION refuse_probe_membership()`);
    }
  });

  it('shows its progress while a large file is imported, ending at the total', async () => {
    const lines = Array.from(
      { length: 3000 },
      (_, i) => `import.${i + 100}@example.org,evidence-group,MEMBER,2025-04-01,,`,
    );
    const before = await count('membership');
    const response = await upload(`${HEADER}\n${lines.join('\n')}\n`, secretariat);
    expect(response.status).toBe(202);
    const { last, seen } = await followed(response.body.id, 200);
    expect(last).toMatchObject({
      status: 'DONE',
      totalRows: 3000,
      processedRows: 3000,
      importedRows: 3000,
    });
    const progress = seen.filter((s) => s.status === 'IMPORTING').map((s) => s.processedRows);
    // Seen part-way, from outside the import's transaction, and never going backwards.
    expect(progress.some((rows) => rows > 0 && rows < 3000)).toBe(true);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await count('membership')).toBe(before + 3000);
  }, 400_000);

  it('keeps a history, newest first, a page at a time', async () => {
    const first = dataOf(await api.graphql(HISTORY, { first: 2 }, secretariat)).membershipImports;
    expect(first.totalCount).toBe(4);
    expect(first.edges.map((e: Json) => e.node.status)).toEqual(['DONE', 'FAILED']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const rest = dataOf(
      await api.graphql(HISTORY, { first: 2, after: first.pageInfo.endCursor }, secretariat),
    ).membershipImports;
    expect(rest.edges.map((e: Json) => e.node.status)).toEqual(['FAILED', 'DONE']);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(rest.edges[0].node.uploadedBy).toBe('Priya Raman');
  });

  it('fails a file that cannot be read at all, saying why', async () => {
    expect(await imported(`${HEADER}\r\n,,,,,\r\n`)).toMatchObject({
      status: 'FAILED',
      totalRows: 0,
      errors: [],
      failureReason: 'There are no memberships in the file, only the column names',
    });
    const header = await imported('name,body,role\nimport.20@example.org,evidence-group,MEMBER\n');
    expect(header.status).toBe('FAILED');
    expect(header.errors.map((e: Json) => [e.line, e.field])).toEqual([
      [1, null],
      [1, 'email'],
      [1, 'starts_on'],
    ]);
  });

  it('refuses uploads from anyone but the secretariat, and files it cannot take, recording nothing', async () => {
    const imports = await count('membership_import');
    const csv = `${HEADER}\nimport.30@example.org,evidence-group,MEMBER,2025-04-01,,\n`;

    const anonymous = await upload(csv);
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toEqual({ code: 'UNAUTHENTICATED', message: expect.any(String) });

    const notStaff = await upload(csv, member);
    expect(notStaff.status).toBe(403);
    expect(notStaff.body.code).toBe('FORBIDDEN');

    const notSignedIn = await upload(csv, 'not-a-real-session-token');
    expect(notSignedIn.status).toBe(401);

    // The session cookie alone is what another site could make a browser send.
    const cookie = { cookie: `boards_session=${encodeURIComponent(secretariat)}` };
    const cookieOnly = await upload(csv, undefined, cookie);
    expect(cookieOnly.status).toBe(403);
    const crossSite = await upload(csv, undefined, {
      ...cookie,
      'x-requested-with': 'fetch',
      'sec-fetch-site': 'cross-site',
    });
    expect(crossSite.status).toBe(403);

    const wrongType = await upload(csv, secretariat, { 'content-type': 'text/plain' });
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.code).toBe('BAD_USER_INPUT');
    const wrongCharset = await upload(csv, secretariat, {
      'content-type': 'text/csv; charset=windows-1252',
    });
    expect(wrongCharset.status).toBe(415);

    const empty = await upload('', secretariat);
    expect(empty.status).toBe(400);
    expect(empty.body).toEqual({ code: 'BAD_USER_INPUT', message: 'The selected file is empty' });

    const huge = Buffer.alloc(10 * 1024 * 1024 + 1, 'a');
    const tooLarge = await upload(huge, secretariat);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.message).toBe('The selected file must be smaller than 10 MB');

    expect(await count('membership_import')).toBe(imports);

    // With the cookie, the custom header, and from this site, the secretariat may upload.
    const fromPage = await upload(csv, undefined, {
      ...cookie,
      'x-requested-with': 'fetch',
      'sec-fetch-site': 'same-origin',
    });
    expect(fromPage.status).toBe(202);
    expect((await followed(fromPage.body.id)).last.status).toBe('DONE');
  });

  it('lets only the secretariat follow imports', async () => {
    const [{ id }] = await sql(`SELECT id FROM membership_import LIMIT 1`);
    const asMember = await api.graphql(IMPORT, { id }, member);
    expect(asMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const asNobody = await api.graphql(HISTORY, {});
    expect(asNobody.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(dataOf(await api.graphql(IMPORT, { id: 'not-an-id' }, secretariat))).toEqual({
      membershipImport: null,
    });
  });

  it('marks imports left running by a process that stopped as failed, and leaves live ones alone', async () => {
    const insert = (heartbeat: string) =>
      sql(
        `INSERT INTO membership_import
           (created_by_account_id, created_by_label, file_name, file_bytes, status, total_rows, heartbeat_at)
         SELECT a.id, 'Priya Raman', 'abandoned.csv', 100, 'IMPORTING', 10, now() - $1::interval
           FROM account a JOIN person p ON p.id = a.person_id
          WHERE p.email = 'secretariat@example.org'
         RETURNING id`,
        [heartbeat],
      );
    const [[stale], [live]] = await Promise.all([insert('10 minutes'), insert('2 seconds')]);
    // As on starting the API (reads look again only every few seconds):
    await api.app.get(MembershipImportService).onApplicationBootstrap();
    expect(await importOf(stale.id)).toMatchObject({
      status: 'FAILED',
      importedRows: 0,
      failureReason: STOPPED_MESSAGE,
      finishedAt: expect.any(String),
    });
    expect((await importOf(live.id)).status).toBe('IMPORTING');
    await sql(`DELETE FROM membership_import WHERE id = ANY($1)`, [[stale.id, live.id]]);
  });
});

describe('an import when the API stops part-way', () => {
  it('rolls back, imports nothing and says so', async () => {
    const api = await startApi();
    try {
      const token = await api.signIn('secretariat@example.org');
      await api.db.dataSource.query(
        `INSERT INTO person (full_name, email)
         SELECT 'Stopped Person ' || g, 'stopped.' || g || '@example.org' FROM generate_series(1, 3000) g`,
      );
      const before = await api.db.dataSource.query(`SELECT count(*)::int AS n FROM membership`);
      const lines = Array.from(
        { length: 3000 },
        (_, i) => `stopped.${i + 1}@example.org,design-group,MEMBER,2025-04-01,,`,
      );
      const response = await request(api.app.getHttpServer())
        .post('/imports/memberships')
        .set({ 'content-type': 'text/csv', authorization: `Bearer ${token}` })
        .send(`${HEADER}\n${lines.join('\n')}\n`);
      expect(response.status).toBe(202);
      // Wait until it is part-way through, then stop the API.
      for (;;) {
        const [row] = await api.db.dataSource.query(
          `SELECT status, processed_rows FROM membership_import WHERE id = $1`,
          [response.body.id],
        );
        if (row.status === 'IMPORTING' && row.processed_rows > 0) break;
        expect(row.status).not.toMatch(/DONE|FAILED/);
        await sleep(10);
      }
      await api.app.close();
      const [after] = await api.db.dataSource.query(
        `SELECT status, imported_rows, failure_reason FROM membership_import WHERE id = $1`,
        [response.body.id],
      );
      expect(after).toEqual({
        status: 'FAILED',
        imported_rows: 0,
        failure_reason: STOPPED_MESSAGE,
      });
      expect(await api.db.dataSource.query(`SELECT count(*)::int AS n FROM membership`)).toEqual(
        before,
      );
    } finally {
      await api.db.drop();
    }
  });
});
