import request from 'supertest';
import {
  CHANGED_SINCE_CHECKED,
  MembershipImportService,
  STOPPED_MESSAGE,
} from '@boards/api/memberships';
import { dataOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const IMPORT = `query ($id: ID!) {
  membershipImport(id: $id) {
    id fileName fileBytes uploadedBy status version totalRows processedRows importedRows errorCount
    failureReason createdAt finishedAt errors { line field code message }
    plan { line summary personName bodyName role startsOn endsOn crossSeatFrom }
  }
}`;
const CONFIRM = `mutation ($id: ID!, $expectedVersion: Int) {
  confirmMembershipImport(id: $id, expectedVersion: $expectedVersion) { id status importedRows finishedAt }
}`;
const DISCARD = `mutation ($id: ID!, $expectedVersion: Int) {
  discardMembershipImport(id: $id, expectedVersion: $expectedVersion) { id status importedRows }
}`;
/** Where a check ends: waiting to be confirmed, or failed. */
const CHECK_ENDS = ['CHECKED', 'DONE', 'FAILED', 'DISCARDED'];
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

  /** Follows an import until its check ends, keeping every state seen on the way. */
  async function followed(id: string, everyMs = 20): Promise<{ last: Json; seen: Json[] }> {
    const seen: Json[] = [];
    const deadline = Date.now() + 390_000;
    while (Date.now() < deadline) {
      const state = await importOf(id);
      seen.push(state);
      if (CHECK_ENDS.includes(state.status)) return { last: state, seen };
      await sleep(everyMs);
    }
    throw new Error(`Import ${id} did not finish`);
  }

  /** Uploads a file as the secretariat and waits for its check to end. */
  async function checked(csv: string): Promise<Json> {
    const response = await upload(csv, secretariat);
    expect(response.status).toBe(202);
    return (await followed(response.body.id)).last;
  }

  function confirm(id: string, token = secretariat, expectedVersion?: number) {
    return api.graphql(CONFIRM, { id, expectedVersion }, token);
  }

  const codeOf = (response: { errors?: Json[] }) => response.errors?.[0]?.extensions?.code;

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

  it('checks a good file without recording anything, lists what it will do, and imports every line in one go once confirmed (a cross-seat resting on a board seat from the same file, either order)', async () => {
    const before = await count('membership');
    const auditBefore = await count('audit_event');
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
      status: 'CHECKED',
      totalRows: 5,
      processedRows: 5,
      importedRows: 0,
      errorCount: 0,
      errors: [],
      failureReason: null,
      finishedAt: null,
    });
    expect(last.plan.map((item: Json) => item.summary)).toEqual([
      'Appoint Imported Person 1 to the Experts by Experience Board as Member from 1 April 2025',
      'Appoint Imported Person 1 to the Design Group as Member from 1 April 2025, on a cross-seat from the Experts by Experience Board',
      'Appoint Imported Person 2 to the Design Group as Member from 1 May 2025 to 31 December 2026, on a cross-seat from the Experts by Experience Board',
      'Appoint Imported Person 2 to the Experts by Experience Board as Vice-chair from 1 January 2025',
      'Appoint Imported Person 3 to the Evidence Group as Observer from 1 June 2025 to 31 December 2025',
    ]);
    expect(last.plan[2]).toEqual({
      line: 4,
      summary: expect.any(String),
      personName: 'Imported Person 2',
      bodyName: 'Design Group',
      role: 'MEMBER',
      startsOn: '2025-05-01',
      endsOn: '2026-12-31',
      crossSeatFrom: 'Experts by Experience Board',
    });
    // Checking recorded nothing: not a membership, not an audit entry.
    expect(await count('membership')).toBe(before);
    expect(await count('audit_event')).toBe(auditBefore);

    const done = dataOf(await confirm(response.body.id)).confirmMembershipImport;
    expect(done).toEqual({
      id: response.body.id,
      status: 'DONE',
      importedRows: 5,
      finishedAt: expect.any(String),
    });
    expect(await importOf(response.body.id)).toMatchObject({ status: 'DONE', importedRows: 5 });
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
    const last = await checked(
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
      plan: [],
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
    // A failed check cannot be confirmed.
    expect(codeOf(await confirm(last.id))).toBe('INVALID_TRANSITION');
    expect(await sql(`SELECT * FROM membership ORDER BY id`)).toEqual(memberships);
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
      const last = await checked(
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

  it('shows its progress while a large file is checked, ending at the total, and imports it all once confirmed', async () => {
    const lines = Array.from(
      { length: 3000 },
      (_, i) => `import.${i + 100}@example.org,evidence-group,MEMBER,2025-04-01,,`,
    );
    const before = await count('membership');
    const response = await upload(`${HEADER}\n${lines.join('\n')}\n`, secretariat);
    expect(response.status).toBe(202);
    const { last, seen } = await followed(response.body.id, 200);
    expect(last).toMatchObject({
      status: 'CHECKED',
      totalRows: 3000,
      processedRows: 3000,
      importedRows: 0,
    });
    expect(last.plan).toHaveLength(3000);
    const progress = seen
      .filter((s) => s.status === 'VALIDATING' && s.totalRows > 0)
      .map((s) => s.processedRows);
    // Seen part-way, from outside the check's transaction, and never going backwards.
    expect(progress.some((rows) => rows > 0 && rows < 3000)).toBe(true);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(await count('membership')).toBe(before);
    const done = dataOf(await confirm(response.body.id)).confirmMembershipImport;
    expect(done).toMatchObject({ status: 'DONE', importedRows: 3000 });
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

  it('discards a checked import: nothing recorded, audited, and it can then be neither confirmed nor discarded', async () => {
    const before = await count('membership');
    const last = await checked(
      `${HEADER}\nimport.40@example.org,evidence-group,MEMBER,2025-04-01,,\n`,
    );
    expect(last.status).toBe('CHECKED');

    const stale = await api.graphql(
      DISCARD,
      { id: last.id, expectedVersion: last.version - 1 },
      secretariat,
    );
    expect(codeOf(stale)).toBe('CONFLICT');

    const discarded = dataOf(
      await api.graphql(DISCARD, { id: last.id, expectedVersion: last.version }, secretariat),
    ).discardMembershipImport;
    expect(discarded).toEqual({ id: last.id, status: 'DISCARDED', importedRows: 0 });
    expect(await importOf(last.id)).toMatchObject({
      status: 'DISCARDED',
      version: last.version + 1,
      finishedAt: expect.any(String),
    });
    const [entry] = await sql(
      `SELECT action, object_id, actor_label FROM audit_event
        WHERE action = 'membership.import.discard' ORDER BY id DESC LIMIT 1`,
    );
    expect(entry).toEqual({
      action: 'membership.import.discard',
      object_id: last.id,
      actor_label: 'Priya Raman',
    });

    const again = await confirm(last.id);
    expect(codeOf(again)).toBe('INVALID_TRANSITION');
    expect(again.errors?.[0]?.message).toMatch(/it has been discarded/);
    expect(codeOf(await api.graphql(DISCARD, { id: last.id }, secretariat))).toBe(
      'INVALID_TRANSITION',
    );
    expect(await count('membership')).toBe(before);
  });

  it('imports a checked file once: confirming twice, or twice at once, never imports twice', async () => {
    const before = await count('membership');
    const audits = () =>
      sql(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'membership.import'`);
    const importsAudited = (await audits())[0].n;
    const file = (n: number) =>
      `${HEADER}\nimport.${n}@example.org,evidence-group,MEMBER,2025-04-01,,\n` +
      `import.${n + 1}@example.org,design-group,OBSERVER,2025-04-01,,\n`;

    const one = await checked(file(41));
    const [first, second] = await Promise.all([confirm(one.id), confirm(one.id)]);
    const outcomes = [first, second].map((r) => r.errors?.[0]?.extensions?.code ?? 'ok');
    expect(outcomes.sort()).toEqual(['INVALID_TRANSITION', 'ok']);
    const failed = [first, second].find((r) => r.errors);
    expect(failed?.errors?.[0]?.message).toMatch(/already been imported/);
    expect(await count('membership')).toBe(before + 2);

    const two = await checked(file(43));
    expect(dataOf(await confirm(two.id)).confirmMembershipImport.status).toBe('DONE');
    expect(codeOf(await confirm(two.id))).toBe('INVALID_TRANSITION');
    expect(await count('membership')).toBe(before + 4);
    expect((await audits())[0].n).toBe(importsAudited + 2);
  });

  it('refuses with CONFLICT, recording nothing at all, when the memberships changed after the check; the import then lists the lines now refused', async () => {
    const last = await checked(
      `${HEADER}\n` +
        'import.45@example.org,evidence-group,MEMBER,2025-04-01,,\n' +
        'import.46@example.org,evidence-group,MEMBER,2025-04-01,,\n',
    );
    expect(last.status).toBe('CHECKED');
    // Meanwhile, someone appointed import.46 to the Evidence Group on their own.
    await sql(
      `INSERT INTO membership (person_id, body_id, role, starts_on)
       SELECT p.id, b.id, 'OBSERVER', '2025-01-01' FROM person p, body b
        WHERE p.email = 'import.46@example.org' AND b.slug = 'evidence-group'`,
    );
    const memberships = await sql(`SELECT * FROM membership ORDER BY id`);
    const auditEntries = await count('audit_event');

    const stale = await confirm(last.id, secretariat, last.version + 1);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect((await importOf(last.id)).status).toBe('CHECKED');

    const refused = await confirm(last.id, secretariat, last.version);
    expect(codeOf(refused)).toBe('CONFLICT');
    expect(refused.errors?.[0]?.message).toBe(
      `${CHANGED_SINCE_CHECKED}: 1 line is now refused. Put the file right and upload it again`,
    );
    expect(refused.errors?.[0]?.extensions?.details?.problems).toEqual([
      expect.objectContaining({ line: 3, field: 'starts_on', code: 'MEMBERSHIP_OVERLAP' }),
    ]);
    // Not even line 2, which is still good.
    expect(await sql(`SELECT * FROM membership ORDER BY id`)).toEqual(memberships);
    expect(await count('audit_event')).toBe(auditEntries);
    const after = await importOf(last.id);
    expect(after).toMatchObject({
      status: 'FAILED',
      importedRows: 0,
      failureReason: CHANGED_SINCE_CHECKED,
      errorCount: 1,
      errors: [
        { line: 3, field: 'starts_on', code: 'MEMBERSHIP_OVERLAP', message: expect.any(String) },
      ],
    });
    expect(codeOf(await confirm(last.id))).toBe('INVALID_TRANSITION');
  });

  it('lets only the secretariat confirm or discard, with a typed error for an import that is not there', async () => {
    const last = await checked(
      `${HEADER}\nimport.47@example.org,evidence-group,MEMBER,2025-04-01,,\n`,
    );
    expect(codeOf(await confirm(last.id, member))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(DISCARD, { id: last.id }, member))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(CONFIRM, { id: last.id }))).toBe('UNAUTHENTICATED');
    expect((await importOf(last.id)).status).toBe('CHECKED');
    expect(codeOf(await confirm('00000000-0000-4000-8000-000000000000'))).toBe('NOT_FOUND');
    expect(codeOf(await confirm('not-an-id'))).toBe('NOT_FOUND');
    expect(codeOf(await api.graphql(DISCARD, { id: 'not-an-id' }, secretariat))).toBe('NOT_FOUND');
    expect(dataOf(await api.graphql(DISCARD, { id: last.id }, secretariat))).toMatchObject({
      discardMembershipImport: { status: 'DISCARDED' },
    });
  });

  it('fails a file that cannot be read at all, saying why', async () => {
    expect(await checked(`${HEADER}\r\n,,,,,\r\n`)).toMatchObject({
      status: 'FAILED',
      totalRows: 0,
      errors: [],
      failureReason: 'There are no memberships in the file, only the column names',
    });
    const header = await checked('name,body,role\nimport.20@example.org,evidence-group,MEMBER\n');
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
    expect((await followed(fromPage.body.id)).last.status).toBe('CHECKED');
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
         SELECT a.id, 'Priya Raman', 'abandoned.csv', 100, 'VALIDATING', 10, now() - $1::interval
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
    expect((await importOf(live.id)).status).toBe('VALIDATING');
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
        if (row.status === 'VALIDATING' && row.processed_rows > 0) break;
        expect(row.status).not.toMatch(/CHECKED|DONE|FAILED/);
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
