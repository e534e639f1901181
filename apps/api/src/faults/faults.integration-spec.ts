import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { seedDemoData, startEmbeddedPostgres, type RunningPostgres } from '@boards/api/database';
import {
  createTestDatabase,
  freePort,
  type TestDatabase,
  waitUntilOk,
} from '@boards/api/database/testing';
import { hashPassword } from '@boards/api/identity';
import { pdfFile } from '@boards/api/papers/testing';
import { startApiProcess, type ApiProcess } from '../testing/api-process';
import { DEMO_TODAY, type Json } from '../testing/api-harness';

/**
 * Faults the portal must live through, with the real API as a child process on loopback:
 * its PostgreSQL stopped and started again under load, and the API killed in the middle of a
 * transaction. The tests keep to a few seconds of bounded traffic each.
 */
const PASSWORD = 'correct horse battery staple';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Answer {
  status: number;
  body: { data?: Json | null; errors?: { extensions?: { code?: string } }[] };
}

async function graphql(
  base: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Answer> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, body: (await response.json()) as Answer['body'] };
}

async function signIn(base: string, email: string): Promise<string> {
  const answer = await graphql(
    base,
    `
      mutation ($email: String!, $password: String!) {
        login(email: $email, password: $password) {
          token
        }
      }
    `,
    { email, password: PASSWORD },
  );
  const token = answer.body.data?.['login']?.token as string | undefined;
  if (!token) throw new Error(`Could not sign in ${email}: ${JSON.stringify(answer.body)}`);
  return token;
}

async function seeded(serverUrl?: string): Promise<TestDatabase> {
  const db = await createTestDatabase(serverUrl ? { serverUrl } : {});
  await seedDemoData(db.dataSource, {
    demoPasswordHash: await hashPassword(PASSWORD),
    today: DEMO_TODAY,
  });
  return db;
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const READ = `{ bodies { slug name members { __typename } } }`;
const CREATE_PERSON = `mutation ($input: PersonInput!) { createPerson(input: $input) { id } }`;

describe('PostgreSQL stopped and started again while the API is under load', () => {
  let pg: RunningPostgres | undefined;
  let dataDir: string;
  let papersDir: string;
  let api: ApiProcess | undefined;

  afterAll(async () => {
    await api?.kill();
    await pg?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
    if (papersDir) await rm(papersDir, { recursive: true, force: true });
  });

  it('keeps the API up, fails /readyz during the outage, serves again within 10 s, and loses no acknowledged write', async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'boards-fault-pg-'));
    papersDir = await mkdtemp(path.join(tmpdir(), 'boards-fault-papers-'));
    const port = await freePort();
    pg = await startEmbeddedPostgres({ dataDir, port });
    const db = await seeded(pg.url);
    const databaseUrl = db.url;
    await db.dataSource.destroy();
    api = await startApiProcess(databaseUrl, { PAPERS_DIR: papersDir });
    const { base } = api;
    const token = await signIn(base, 'secretariat@example.org');

    // Bounded load: three callers, each at most one request every 25 ms, reads and writes.
    const acknowledged: string[] = [];
    const outcomes = new Map<string, number>();
    const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    let running = true;
    let sent = 0;
    const caller = async (n: number) => {
      for (let i = 0; running && sent < 5_000; i += 1) {
        sent += 1;
        try {
          if (i % 2 === 0) {
            const answer = await graphql(base, READ);
            count(answer.body.data?.['bodies'] ? 'read ok' : `read ${answer.status}`);
          } else {
            const email = `outage-${n}-${i}@example.org`;
            const answer = await graphql(
              base,
              CREATE_PERSON,
              {
                input: { fullName: `Outage Caller${n} Number${i}`, email, livedExperience: false },
              },
              token,
            );
            if (answer.body.data?.['createPerson']?.id) {
              acknowledged.push(email);
              count('write ok');
            } else {
              count(`write ${answer.status} ${answer.body.errors?.[0]?.extensions?.code}`);
            }
          }
        } catch (error) {
          count(`no answer (${(error as Error).name})`);
        }
        await sleep(25);
      }
    };
    const callers = Promise.all([1, 2, 3].map(caller));

    await sleep(1_500);
    const writtenBefore = acknowledged.length;
    expect(writtenBefore).toBeGreaterThan(0);

    await pg.stop();
    // /readyz says so within its two-second probe, while /healthz and the process stay up.
    const outageStarted = Date.now();
    let readyDuringOutage = 200;
    while (Date.now() - outageStarted < 6_000) {
      readyDuringOutage = (await fetch(`${base}/readyz`)).status;
      if (readyDuringOutage !== 200) break;
      await sleep(100);
    }
    expect(readyDuringOutage).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await sleep(1_500);
    expect(api.alive()).toBe(true);

    pg = await startEmbeddedPostgres({ dataDir, port });
    const restarted = Date.now();
    await waitUntilOk(`${base}/readyz`, 10_000);
    for (;;) {
      const answer = await graphql(base, READ).catch(() => undefined);
      if (answer?.body.data?.['bodies']) break;
      if (Date.now() - restarted > 10_000) throw new Error('No answer within 10 s of the restart');
      await sleep(100);
    }
    const recoveryMs = Date.now() - restarted;
    expect(recoveryMs).toBeLessThan(10_000);

    const writtenAtRecovery = acknowledged.length;
    await sleep(1_500);
    running = false;
    await callers;
    expect(acknowledged.length).toBeGreaterThan(writtenAtRecovery);
    expect(api.alive()).toBe(true);

    const stored = await withClient(databaseUrl, async (client) => {
      const { rows } = await client.query<{ email: string }>(
        `SELECT email FROM person WHERE email = ANY($1)`,
        [acknowledged],
      );
      return rows.map((row) => row.email);
    });
    expect(new Set(stored)).toEqual(new Set(acknowledged));
    console.log(
      `Outage: ${sent} requests; back ${recoveryMs} ms after the restart; outcomes ${JSON.stringify(Object.fromEntries(outcomes))}`,
    );
    // Nothing the callers saw during the outage was an unexplained crash of the process.
    expect(api.output()).not.toMatch(/Unhandled|uncaught/i);
  });
});

describe('the API killed in the middle of a transaction', () => {
  let db: TestDatabase;
  let papersDir: string;
  let api: ApiProcess | undefined;
  let holder: Client;
  const sql = <T extends Record<string, unknown>>(text: string, params: unknown[] = []) =>
    db.dataSource.query(text, params) as Promise<T[]>;

  beforeAll(async () => {
    db = await seeded();
    papersDir = await mkdtemp(path.join(tmpdir(), 'boards-kill-papers-'));
    holder = new Client({ connectionString: db.url });
    await holder.connect();
  });
  afterEach(async () => {
    await api?.kill();
    api = undefined;
    await holder.query(`SELECT pg_advisory_unlock_all()`);
    await sql(`DROP TRIGGER IF EXISTS fault_hold_audit ON audit_event`);
  });
  afterAll(async () => {
    await holder?.end();
    await db?.drop();
    if (papersDir) await rm(papersDir, { recursive: true, force: true });
  });

  /**
   * Holds every audited write at its audit row, the last statement of the services'
   * transactions: the writes before it are made, the transaction is open, nothing is committed.
   */
  async function holdAuditedWrites(): Promise<void> {
    await holder.query(`SELECT pg_advisory_lock(4242)`);
    await sql(`CREATE OR REPLACE FUNCTION fault_hold_audit() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN PERFORM pg_advisory_xact_lock_shared(4242); RETURN NEW; END $$`);
    await sql(`CREATE TRIGGER fault_hold_audit BEFORE INSERT ON audit_event
      FOR EACH ROW EXECUTE FUNCTION fault_hold_audit()`);
  }

  /** The backend of the held transaction, once it waits at the audit row. */
  async function heldBackend(request: Promise<unknown>): Promise<number> {
    let answered: unknown;
    void request.then((answer) => (answered = answer ?? 'no answer'));
    const deadline = Date.now() + 15_000;
    for (;;) {
      if (answered !== undefined) {
        throw new Error(`The request ended before it was held: ${JSON.stringify(answered)}`);
      }
      const [waiting] = await sql<{ pid: number }>(
        `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND NOT granted`,
      );
      if (waiting) return waiting.pid;
      if (Date.now() > deadline) throw new Error('No transaction reached the audit row');
      await sleep(50);
    }
  }

  /** Lets the held backend go (its client is dead) and waits until PostgreSQL has ended it. */
  async function release(pid: number): Promise<void> {
    await holder.query(`SELECT pg_advisory_unlock(4242)`);
    const deadline = Date.now() + 10_000;
    while ((await sql(`SELECT 1 FROM pg_stat_activity WHERE pid = $1`, [pid])).length > 0) {
      if (Date.now() > deadline) throw new Error(`Backend ${pid} is still there`);
      await sleep(50);
    }
    await sql(`DROP TRIGGER fault_hold_audit ON audit_event`);
  }

  const termsOf = (bodyId: string) =>
    sql(
      `SELECT id, number, status, version, effective_from, published_at, content
         FROM terms_of_reference WHERE body_id = $1 ORDER BY number`,
      [bodyId],
    );
  const auditCount = async () =>
    Number((await sql<{ n: string }>(`SELECT count(*) AS n FROM audit_event`))[0]?.n);

  it('publishing terms of reference: nothing of the publication is left, and it succeeds after a restart', async () => {
    api = await startApiProcess(db.url, { PAPERS_DIR: papersDir });
    const token = await signIn(api.base, 'secretariat@example.org');
    const [body] = await sql<{ id: string }>(
      `SELECT b.id FROM body b WHERE b.slug = 'evidence-group'`,
    );
    const bodyId = String(body?.id);
    const started = await graphql(
      api.base,
      `
        mutation ($bodyId: ID!) {
          startTermsOfReferenceDraft(bodyId: $bodyId) {
            id
            version
            composition
            content
            meetingFrequency
          }
        }
      `,
      { bodyId },
      token,
    );
    const start = started.body.data?.['startTermsOfReferenceDraft'];
    expect(start).toBeDefined();
    const saved = await graphql(
      api.base,
      `
        mutation ($id: ID!, $v: Int!, $input: TermsOfReferenceDraftInput!) {
          saveTermsOfReferenceDraft(id: $id, expectedVersion: $v, input: $input) {
            id
            version
          }
        }
      `,
      {
        id: start.id,
        v: start.version,
        input: {
          composition: start.composition,
          content: `${start.content}\n\nRevised while the API was killed.`,
          meetingFrequency: start.meetingFrequency,
          quorum: { kind: 'COUNT', count: 4 },
        },
      },
      token,
    );
    const draft = saved.body.data?.['saveTermsOfReferenceDraft'] as { id: string; version: number };
    expect(draft).toBeDefined();
    const before = await termsOf(bodyId);
    const audited = await auditCount();

    await holdAuditedWrites();
    const publishing = graphql(
      api.base,
      `
        mutation ($id: ID!, $v: Int!) {
          publishTermsOfReference(id: $id, expectedVersion: $v, effectiveFrom: "2027-01-04") {
            id
            status
          }
        }
      `,
      { id: draft.id, v: draft.version },
      token,
    ).catch(() => 'no answer');
    const pid = await heldBackend(publishing);
    await api.kill();
    expect(await publishing).toBe('no answer');
    await release(pid);

    expect(await termsOf(bodyId)).toEqual(before);
    expect(await auditCount()).toBe(audited);

    api = await startApiProcess(db.url, { PAPERS_DIR: papersDir });
    const again = await graphql(
      api.base,
      `
        mutation ($id: ID!, $v: Int!) {
          publishTermsOfReference(id: $id, expectedVersion: $v, effectiveFrom: "2027-01-04") {
            id
            status
          }
        }
      `,
      { id: draft.id, v: draft.version },
      await signIn(api.base, 'secretariat@example.org'),
    );
    expect(again.body.data?.['publishTermsOfReference']).toEqual({
      id: draft.id,
      status: 'PUBLISHED',
    });
  });

  it('uploading a paper: the paper has no file and no audit entry, and the upload succeeds after a restart', async () => {
    api = await startApiProcess(db.url, { PAPERS_DIR: papersDir });
    const token = await signIn(api.base, 'secretariat@example.org');
    const [meeting] = await sql<{ id: string }>(
      `SELECT m.id FROM meeting m WHERE m.status = 'SCHEDULED' ORDER BY m.starts_at DESC LIMIT 1`,
    );
    const created = await graphql(
      api.base,
      `
        mutation ($input: NewPaperInput!) {
          createPaper(input: $input) {
            id
          }
        }
      `,
      {
        input: {
          meetingId: meeting?.id,
          title: 'Paper for a killed upload',
          visibility: 'MEMBERS',
        },
      },
      token,
    );
    const paper = created.body.data?.['createPaper'] as { id: string } | undefined;
    expect(paper).toBeDefined();
    const paperId = String(paper?.id);
    const paperRow = () =>
      sql(`SELECT file_sha256, file_name, version, uploaded_at FROM paper WHERE id = $1`, [
        paperId,
      ]);
    const before = await paperRow();
    const audited = await auditCount();
    const upload = (base: string, bearer: string) => {
      const form = new FormData();
      form.append('file', new Blob([pdfFile('Killed upload')]), 'killed-upload.pdf');
      return fetch(`${base}/papers/${paperId}/file`, {
        method: 'POST',
        headers: { authorization: `Bearer ${bearer}` },
        body: form,
      });
    };

    await holdAuditedWrites();
    const uploading = upload(api.base, token).then(
      async (response) => ({ status: response.status, body: await response.text() }),
      () => 'no answer',
    );
    const pid = await heldBackend(uploading);
    await api.kill();
    expect(await uploading).toBe('no answer');
    await release(pid);

    expect(await paperRow()).toEqual(before);
    expect(await auditCount()).toBe(audited);

    api = await startApiProcess(db.url, { PAPERS_DIR: papersDir });
    const response = await upload(api.base, await signIn(api.base, 'secretariat@example.org'));
    expect(response.status).toBe(201);
    const [after] = await paperRow();
    expect(after).toMatchObject({ file_name: 'killed-upload.pdf' });
  });
});
