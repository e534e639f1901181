/**
 * How much faster is importing memberships from a CSV file than appointing the same people one by
 * one through GraphQL? Both ways run against the real API process (`apps/api/src/main.ts`) and a
 * fresh embedded PostgreSQL of its own, in the same run, with the same rows: N people, each
 * appointed an ordinary member of a body of their own kind (two new bodies, so neither way
 * meets the other's memberships).
 *
 * - import: `POST /imports/memberships` with the file, then `membershipImport(id)` every 100 ms
 *   until CHECKED (every rule checked per line, in a transaction rolled back), then
 *   `confirmMembershipImport` (the same again, in one transaction that commits);
 * - GraphQL: `appointMember` N times, one after another (a transaction, the lock and a commit
 *   each, as the secretariat's pages do).
 *
 *   node -r ./tools/swc-register.js tools/bench/membership-import.bench.ts [rows=5000]
 *
 * It prints both times, the rows per second and the ratio. Nothing is left behind: the database
 * lives in a temporary folder that is removed at the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import {
  createDataSource,
  migrate,
  seedDemoData,
  startEmbeddedPostgres,
  type RunningPostgres,
} from '@boards/api/database';
import { hashPassword } from '@boards/api/identity';
import { freePort, waitUntilOk } from '@boards/api/database/testing';

const ROOT = path.resolve(__dirname, '..', '..');
const ROWS = Number(process.argv[2] ?? 5000);
const PASSWORD = 'bench-password-not-secret';
const HEADER = 'email,body,role,starts_on,ends_on,cross_seat_from';

async function prepareDatabase(pg: RunningPostgres): Promise<string> {
  const admin = new Client({ connectionString: pg.url });
  await admin.connect();
  await admin.query('CREATE DATABASE bench');
  await admin.end();
  const url = pg.urlFor('bench');
  const dataSource = createDataSource({ url, logging: 'none' });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    await seedDemoData(dataSource, { demoPasswordHash: await hashPassword(PASSWORD) });
    await dataSource.query(
      `INSERT INTO person (full_name, email)
       SELECT 'Bench Person ' || g, 'bench.' || g || '@example.org' FROM generate_series(1, $1::int) g`,
      [ROWS],
    );
    await dataSource.query(
      `INSERT INTO body (slug, name, kind, purpose, established_on) VALUES
         ('bench-import', 'Bench Import Group', 'GROUP', 'Benchmark', '2020-01-01'),
         ('bench-graphql', 'Bench GraphQL Group', 'GROUP', 'Benchmark', '2020-01-01')`,
    );
  } finally {
    await dataSource.destroy();
  }
  return url;
}

function startApi(databaseUrl: string, port: number): ChildProcess {
  const child = spawn(process.execPath, ['-r', './tools/swc-register.js', 'apps/api/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      API_PORT: String(port),
      API_HOST: '127.0.0.1',
      NODE_ENV: 'development',
      DEMO_MODE: 'true',
      REQUIRE_STAFF_TOTP: 'false',
      DATABASE_LOG: 'errors',
      OUTBOX_INTERVAL_SECONDS: '0',
      MAIL_DIR: path.join(tmpdir(), 'boards-bench-mail'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return child;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'boards-bench-'));
  // The folder itself (owned by the server's user when run as root), as the test setup does.
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  let api: ChildProcess | undefined;
  try {
    console.log(`Preparing a database with ${ROWS.toLocaleString('en-GB')} people…`);
    const databaseUrl = await prepareDatabase(pg);
    const port = await freePort();
    api = startApi(databaseUrl, port);
    const base = `http://127.0.0.1:${port}`;
    await waitUntilOk(`${base}/readyz`, 60_000);

    const graphql = async <T>(query: string, variables: object, token?: string): Promise<T> => {
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      const payload = (await response.json()) as { data?: T; errors?: unknown[] };
      if (payload.errors?.length || !payload.data) {
        throw new Error(`GraphQL error: ${JSON.stringify(payload.errors)}`);
      }
      return payload.data;
    };
    const { login } = await graphql<{ login: { token: string } }>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email: 'secretariat@example.org', password: PASSWORD },
    );
    const token = login.token;
    const { people } = await graphql<{ people: { edges: { node: { id: string } }[] } }>(
      'query ($search: String) { people(search: $search, first: 1) { edges { node { id } } } }',
      { search: 'bench.1@' },
      token,
    );
    if (!people.edges.length) throw new Error('The bench people are missing');
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    const ids: { id: string }[] = (
      await db.query(`SELECT id FROM person WHERE email LIKE 'bench.%' ORDER BY id`)
    ).rows;
    const [{ id: graphqlBodyId }] = (
      await db.query(`SELECT id FROM body WHERE slug = 'bench-graphql'`)
    ).rows as { id: string }[];

    // 1. The CSV import.
    const csv = `${HEADER}\n${Array.from(
      { length: ROWS },
      (_, i) => `bench.${i + 1}@example.org,bench-import,MEMBER,2025-04-01,,`,
    ).join('\n')}\n`;
    let started = performance.now();
    const upload = await fetch(`${base}/imports/memberships`, {
      method: 'POST',
      headers: {
        'content-type': 'text/csv',
        'x-file-name': 'bench.csv',
        authorization: `Bearer ${token}`,
      },
      body: csv,
    });
    if (upload.status !== 202) throw new Error(`Upload refused: ${await upload.text()}`);
    const { id } = (await upload.json()) as { id: string };
    let status = 'VALIDATING';
    while (status === 'VALIDATING' || status === 'IMPORTING') {
      await new Promise((resolve) => setTimeout(resolve, 100));
      ({
        membershipImport: { status },
      } = await graphql<{ membershipImport: { status: string } }>(
        'query ($id: ID!) { membershipImport(id: $id) { status } }',
        { id },
        token,
      ));
    }
    if (status !== 'CHECKED') throw new Error(`The check ended ${status}`);
    const {
      confirmMembershipImport: { status: confirmed },
    } = await graphql<{ confirmMembershipImport: { status: string } }>(
      'mutation ($id: ID!) { confirmMembershipImport(id: $id) { status } }',
      { id },
      token,
    );
    const importMs = performance.now() - started;
    if (confirmed !== 'DONE') throw new Error(`The import ended ${confirmed}`);

    // 2. The same number of appointments, one GraphQL mutation each.
    started = performance.now();
    for (const person of ids) {
      await graphql(
        'mutation ($input: AppointmentInput!) { appointMember(input: $input) { id } }',
        {
          input: {
            personId: person.id,
            bodyId: graphqlBodyId,
            role: 'MEMBER',
            startsOn: '2025-04-01',
          },
        },
        token,
      );
    }
    const graphqlMs = performance.now() - started;

    const counts = (
      await db.query(
        `SELECT b.slug, count(m.id)::int AS n FROM body b LEFT JOIN membership m ON m.body_id = b.id
          WHERE b.slug LIKE 'bench-%' GROUP BY b.slug ORDER BY b.slug`,
      )
    ).rows;
    await db.end();
    const rate = (ms: number) => Math.round((ROWS / ms) * 1000).toLocaleString('en-GB');
    console.log(`Memberships recorded: ${JSON.stringify(counts)}`);
    console.log(
      `CSV import:        ${ROWS.toLocaleString('en-GB')} rows in ${(importMs / 1000).toFixed(1)} s (${rate(importMs)} rows/s)`,
    );
    console.log(
      `GraphQL one by one: ${ROWS.toLocaleString('en-GB')} rows in ${(graphqlMs / 1000).toFixed(1)} s (${rate(graphqlMs)} rows/s)`,
    );
    console.log(`Ratio: the import is ${(graphqlMs / importMs).toFixed(2)}× as fast`);
    console.log(
      `Machine: ${cpus().length} CPUs, load average ${loadavg()
        .map((load) => load.toFixed(1))
        .join(' ')} at the end (both ways share it: compare the ratio, not the times)`,
    );
  } finally {
    if (api && api.exitCode === null) {
      await new Promise<void>((resolve) => {
        api?.once('exit', () => resolve());
        api?.kill('SIGTERM');
      });
    }
    await pg.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
