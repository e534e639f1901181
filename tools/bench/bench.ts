/**
 * `npm run bench`: this API against a peer (PostGraphile 4 over the same tables) and the limit
 * (a bare node:http + pg server answering each read with one hand-written json_agg statement),
 * in one run, against one embedded PostgreSQL and one data set, each server in its own child
 * process with NODE_ENV=production and the same pool size.
 *
 * 1. Prepares a database in a temporary folder: migrations, the demo data (with the demo papers),
 *    the `bench` schema the peer and the limit share (bench-sql.ts), pg_stat_statements.
 * 2. Starts the three servers and signs the demo member in (one session, used by all three).
 * 3. Checks that the three give the same data for each read, and that the write leaves the same
 *    rows; stops if not.
 * 4. Counts the SQL statements per operation (pg_stat_statements, each server asked alone).
 * 5. Measures throughput with autocannon: a warm-up, then rounds in which every operation is run
 *    on each server in turn (the order rotating each round); medians and spread. Then p99
 *    latency at a fixed rate (half the slowest server's median throughput for the operation).
 * 6. Loads the large data set (`npm run seed:large`'s) into the same database and measures the
 *    reads again, to show what it costs.
 * 7. Reads each server's peak RSS (VmHWM), writes docs/benchmarks.md (or --out FILE) and prints a
 *    summary.
 *
 *   npm run bench                 the full run (several minutes)
 *   npm run bench -- --quick      short durations, for development; writes to a temporary file
 *                                 unless --out is given
 *   npm run bench -- --no-large   without step 6
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Client } from 'pg';
import {
  createDataSource,
  LARGE_DATA_FULL,
  migrate,
  seedDemoData,
  seedLargeData,
  startEmbeddedPostgres,
  type RunningPostgres,
} from '@boards/api/database';
import { hashPassword } from '@boards/api/identity';
import { seedDemoPapers } from '../start/demo-papers';
import { BENCH_SCHEMA_SQL } from './bench-sql';
import {
  normalise,
  OPERATION_TITLES,
  OPERATIONS,
  READS,
  request,
  SERVERS,
  serversFor,
  type Context,
  type OperationName,
  type Request,
  type ServerName,
} from './operations';
import { freePort, waitUntilOk } from '@boards/api/database/testing';

// autocannon ships no types; the part used here.
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
const autocannon = require('autocannon') as (options: object) => Promise<AutocannonResult>;

const ROOT = path.resolve(__dirname, '..', '..');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const LARGE = !args.includes('--no-large');
const outAt = args.indexOf('--out');
const OUT = outAt >= 0 ? path.resolve(args[outAt + 1]) : undefined;

export const SETTINGS = QUICK
  ? { warmup: 1, duration: 2, rounds: 3, rateDuration: 3, connections: 10, pool: 10, counted: 5 }
  : { warmup: 5, duration: 6, rounds: 5, rateDuration: 10, connections: 10, pool: 10, counted: 20 };

const PASSWORD = 'bench-password-not-a-secret';
const MEMBER = 'member@example.org';
const SLUG = 'evidence-group';

const log = (line: string) => console.log(`[bench] ${line}`);

function londonToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/** An embedded PostgreSQL with pg_stat_statements loaded (set, then a restart). */
async function startDatabase(dataDir: string): Promise<RunningPostgres> {
  const port = await freePort();
  let pg = await startEmbeddedPostgres({ dataDir, port });
  const admin = new Client({ connectionString: pg.url });
  await admin.connect();
  await admin.query(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
  await admin.end();
  await pg.stop();
  pg = await startEmbeddedPostgres({ dataDir, port });
  return pg;
}

async function prepareDatabase(pg: RunningPostgres, papersDir: string): Promise<string> {
  const admin = new Client({ connectionString: pg.url });
  await admin.connect();
  await admin.query('CREATE DATABASE bench');
  await admin.end();
  const url = pg.urlFor('bench');
  const dataSource = createDataSource({ url, logging: 'errors', poolSize: 2 });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    await seedDemoData(dataSource, { demoPasswordHash: await hashPassword(PASSWORD) });
    await seedDemoPapers(dataSource, papersDir);
    await dataSource.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    await dataSource.query(BENCH_SCHEMA_SQL);
    await dataSource.query('ANALYZE');
  } finally {
    await dataSource.destroy();
  }
  return url;
}

interface Running {
  name: ServerName;
  child: ChildProcess;
  base: string;
}

async function startServer(
  name: ServerName,
  databaseUrl: string,
  workDir: string,
): Promise<Running> {
  const port = await freePort();
  const common = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    DATABASE_POOL_SIZE: String(SETTINGS.pool),
  };
  const script = {
    api: 'apps/api/src/main.ts',
    apiUncached: 'apps/api/src/main.ts',
    peer: 'tools/bench/servers/peer-server.ts',
    limit: 'tools/bench/servers/limit-server.ts',
  }[name];
  const env =
    name === 'api' || name === 'apiUncached'
      ? {
          ...common,
          API_PORT: String(port),
          API_HOST: '127.0.0.1',
          // Production refuses the development key: a key made for this run.
          TOTP_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
          DATABASE_LOG: 'errors',
          RUN_MIGRATIONS: 'false',
          // No background work while measuring: the job queue and the outbox sender are off.
          JOBS_WORKER: 'false',
          OUTBOX_INTERVAL_SECONDS: '0',
          DATA_DIR: workDir,
          PAPERS_DIR: path.join(workDir, 'papers'),
          MAIL_DIR: path.join(workDir, 'mail'),
          PUBLIC_READ_CACHE: name === 'api' ? 'true' : 'false',
        }
      : { ...common, PORT: String(port) };
  const child = spawn(process.execPath, ['-r', './tools/swc-register.js', script], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  child.once('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[bench] The ${name} server stopped (${signal ?? `exit code ${code}`})`);
      process.exit(1);
    }
  });
  await waitUntilOk(
    `${base}${name === 'api' || name === 'apiUncached' ? '/readyz' : '/healthz'}`,
    120_000,
  );
  return { name, child, base };
}

async function send(base: string, req: Request): Promise<unknown> {
  const response = await fetch(`${base}${req.path}`, {
    method: req.method,
    headers: req.headers,
    body: req.body,
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${req.method} ${req.path}: ${response.status} ${text}`);
  return JSON.parse(text) as unknown;
}

async function login(base: string): Promise<string> {
  const payload = (await send(base, {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      variables: { email: MEMBER, password: PASSWORD },
    }),
  })) as { data?: { login: { token: string } }; errors?: unknown };
  if (!payload.data) throw new Error(`Sign-in failed: ${JSON.stringify(payload.errors)}`);
  return payload.data.login.token;
}

/** What the write leaves: the member's choices and the audit event it appended. */
async function writeOutcome(db: Client): Promise<unknown> {
  const { rows } = await db.query(
    `SELECT n.topics_off, n.reminder_days,
            (SELECT json_build_object('actor', e.actor_label, 'action', e.action,
                     'objectType', e.object_type, 'objectId', e.object_id,
                     'before', e.before, 'after', e.after, 'account', e.actor_account_id)
               FROM audit_event e ORDER BY e.id DESC LIMIT 1) AS audit,
            (SELECT count(*)::int FROM audit_event) AS events
       FROM notice_choice n JOIN person p ON p.id = n.person_id WHERE lower(p.email) = $1`,
    [MEMBER],
  );
  return rows[0];
}

/** Step 3: the same data from all three, or an error naming the difference. */
async function checkEquivalence(
  servers: Running[],
  ctx: Context,
  db: Client,
): Promise<Record<OperationName, string>> {
  const summary = {} as Record<OperationName, string>;
  for (const operation of READS) {
    const asked = servers.filter((s) => serversFor(operation).includes(s.name));
    const answers = await Promise.all(
      asked.map(async (s) =>
        normalise(s.name, operation, await send(s.base, request(s.name, operation, ctx))),
      ),
    );
    for (let i = 1; i < answers.length; i++) {
      if (!isDeepStrictEqual(answers[0], answers[i])) {
        throw new Error(
          `${operation}: ${asked[i].name} differs from ${asked[0].name}\n` +
            `${asked[0].name}: ${JSON.stringify(answers[0], null, 1)}\n` +
            `${asked[i].name}: ${JSON.stringify(answers[i], null, 1)}`,
        );
      }
    }
    const a = answers[0] as unknown;
    summary[operation] =
      operation === 'members'
        ? `${(a as unknown[]).length} members`
        : operation === 'body'
          ? `${(a as { members: unknown[] }).members.length} members, terms v${(a as { terms: { number: number } | null }).terms?.number ?? '-'}, ${(a as { meetings: unknown[] }).meetings.length} meetings`
          : `${(a as unknown[]).length} meetings, ${(a as { papers: unknown[] }[]).reduce((n, m) => n + m.papers.length, 0)} papers`;
  }
  // The write: from the same state, each server's write leaves the same rows.
  const outcomes: unknown[] = [];
  const writers = servers.filter((s) => serversFor('write').includes(s.name));
  for (const s of writers) {
    await db.query(
      `UPDATE notice_choice SET topics_off = '{}', reminder_days = 2
        WHERE person_id = (SELECT id FROM person WHERE lower(email) = $1)`,
      [MEMBER],
    );
    const before = (await writeOutcome(db)) as { events: number } | undefined;
    normalise(s.name, 'write', await send(s.base, request(s.name, 'write', ctx)));
    const after = (await writeOutcome(db)) as { events: number } & Record<string, unknown>;
    if (before && after.events !== before.events + 1) {
      throw new Error(`write on ${s.name} appended ${after.events - before.events} audit events`);
    }
    outcomes.push({ ...after, events: undefined });
  }
  for (let i = 1; i < outcomes.length; i++) {
    if (!isDeepStrictEqual(outcomes[0], outcomes[i])) {
      throw new Error(
        `write: ${writers[i].name} leaves ${JSON.stringify(outcomes[i])}, ${writers[0].name} ${JSON.stringify(outcomes[0])}`,
      );
    }
  }
  summary.write = 'same choices row and audit event';
  return summary;
}

/** Milliseconds PostgreSQL spent executing a request's statements (filled by countStatements). */
const sqlTime = {} as Record<OperationName, Record<ServerName, number>>;

/** Step 4: statements per request, each server asked alone, one request after another. */
async function countStatements(
  servers: Running[],
  ctx: Context,
  db: Client,
): Promise<Record<OperationName, Record<ServerName, number>>> {
  const counts = {} as Record<OperationName, Record<ServerName, number>>;
  for (const operation of OPERATIONS) {
    counts[operation] = {} as Record<ServerName, number>;
    sqlTime[operation] = {} as Record<ServerName, number>;
    for (const s of servers.filter((x) => serversFor(operation).includes(x.name))) {
      const req = request(s.name, operation, ctx);
      await send(s.base, req); // plans and caches settled
      await db.query('SELECT pg_stat_statements_reset()');
      for (let i = 0; i < SETTINGS.counted; i++) await send(s.base, req);
      const { rows } = await db.query<{ calls: string; ms: string }>(
        `SELECT coalesce(sum(calls), 0) AS calls, coalesce(sum(total_exec_time), 0) AS ms
           FROM pg_stat_statements
          WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
            AND query NOT ILIKE '%pg_stat_statements%'`,
      );
      counts[operation][s.name] = Number(rows[0].calls) / SETTINGS.counted;
      sqlTime[operation][s.name] = Number(rows[0].ms) / SETTINGS.counted;
    }
  }
  return counts;
}

function cannon(base: string, req: Request, duration: number, rate?: number) {
  return autocannon({
    url: `${base}${req.path}`,
    method: req.method,
    headers: req.headers,
    body: req.body,
    connections: SETTINGS.connections,
    duration,
    ...(rate ? { overallRate: rate } : {}),
  });
}

interface Sample {
  rps: number;
  p99: number;
  failures: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

type Throughput = Record<string, Record<ServerName, Sample[]>>;

/** The machine's 1-minute load average, sampled after each operation of each round. */
const loadSamples: number[] = [];

/** Step 5: warm-up, then rounds with the servers interleaved (the order rotating). */
async function measureThroughput(
  servers: Running[],
  operations: readonly OperationName[],
  ctx: Context,
  label: string,
): Promise<Throughput> {
  const results: Throughput = {};
  for (const operation of operations) {
    results[operation] = { api: [], apiUncached: [], peer: [], limit: [] };
    for (const s of servers.filter((x) => serversFor(operation).includes(x.name)))
      await cannon(s.base, request(s.name, operation, ctx), SETTINGS.warmup);
  }
  for (let round = 0; round < SETTINGS.rounds; round++) {
    for (const operation of operations) {
      const measured = servers.filter((x) => serversFor(operation).includes(x.name));
      const order = measured.map((_, i) => measured[(i + round) % measured.length]);
      for (const s of order) {
        const result = await cannon(s.base, request(s.name, operation, ctx), SETTINGS.duration);
        results[operation][s.name].push({
          rps: result.requests.average,
          p99: result.latency.p99,
          failures: result.non2xx + result.errors + result.timeouts,
        });
      }
      loadSamples.push(loadavg()[0]);
      log(
        `${label} round ${round + 1} ${operation}: ${measured
          .map((s) => `${s.name} ${Math.round(results[operation][s.name][round].rps)} req/s`)
          .join(', ')}`,
      );
    }
  }
  return results;
}

/** p99 at a fixed rate: half the slowest server's median throughput, the same for all three. */
async function measureLatency(
  servers: Running[],
  throughput: Throughput,
  ctx: Context,
): Promise<Record<string, { rate: number } & Record<ServerName, Sample>>> {
  const results: Record<string, { rate: number } & Record<ServerName, Sample>> = {};
  for (const operation of OPERATIONS) {
    const measured = servers.filter((x) => serversFor(operation).includes(x.name));
    const slowest = Math.min(
      ...measured.map((s) => median(throughput[operation][s.name].map((x) => x.rps))),
    );
    const rate = Math.max(10, Math.floor(slowest / 2 / 10) * 10);
    const entry = { rate } as { rate: number } & Record<ServerName, Sample>;
    for (const s of measured) {
      const result = await cannon(
        s.base,
        request(s.name, operation, ctx),
        SETTINGS.rateDuration,
        rate,
      );
      entry[s.name] = {
        rps: result.requests.average,
        p99: result.latency.p99,
        failures: result.non2xx + result.errors + result.timeouts,
      };
    }
    results[operation] = entry;
    log(
      `p99 at ${rate} req/s, ${operation}: ${measured.map((s) => `${s.name} ${entry[s.name].p99} ms`).join(', ')}`,
    );
  }
  return results;
}

async function peakRss(pid: number): Promise<{ hwm: number; rss: number }> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { hwm: kb('VmHWM') / 1024, rss: kb('VmRSS') / 1024 };
}

let stopping = false;
async function stopServer(s: Running): Promise<void> {
  stopping = true;
  if (s.child.exitCode !== null) return;
  await new Promise<void>((resolve) => {
    const timer = setTimeout(() => s.child.kill('SIGKILL'), 10_000);
    s.child.once('exit', () => (clearTimeout(timer), resolve()));
    s.child.kill('SIGTERM');
  });
}

interface Report {
  started: Date;
  finished: Date;
  load: { before: number[]; after: number[] };
  sizes: Record<string, number>;
  largeSizes?: Record<string, number>;
  equivalence: Record<OperationName, string>;
  statements: Record<OperationName, Record<ServerName, number>>;
  sqlTime: Record<OperationName, Record<ServerName, number>>;
  throughput: Throughput;
  latency: Record<string, { rate: number } & Record<ServerName, Sample>>;
  large?: Throughput;
  largeLoadSeconds?: number;
  memory: Record<ServerName, { hwm: number; rss: number }>;
}

async function tableSizes(db: Client): Promise<Record<string, number>> {
  const { rows } = await db.query<{ t: string; n: number }>(
    `SELECT t, (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM %I', t), false, true, '')))[1]::text::int AS n
       FROM unnest(ARRAY['body','person','membership','meeting','paper','terms_of_reference']) t`,
  );
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : 'n/a');
const spread = (samples: Sample[]) => {
  const rps = samples.map((s) => s.rps);
  return `${fmt(median(rps))} (${fmt(Math.min(...rps))}–${fmt(Math.max(...rps))})`;
};
const med = (samples: Sample[]) => median(samples.map((s) => s.rps));

export function renderReport(r: Report): string {
  const lines: string[] = [];
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  lines.push(
    '# Benchmarks',
    '',
    `One run of \`npm run bench${QUICK ? ' -- --quick' : ''}\` (tools/bench/bench.ts), ${r.started.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${((r.finished.getTime() - r.started.getTime()) / 60000).toFixed(1)} minutes.`,
    '',
    '## Set-up',
    '',
    `- Machine: ${cpus().length} × ${cpu}, ${fmt(totalmem() / 2 ** 30, 1)} GB memory, Node ${process.version}, embedded PostgreSQL 17 (one server, one database, pg_stat_statements loaded). **Shared with other work**: load average ${r.load.before.map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min) at the start and ${r.load.after.map((l) => l.toFixed(1)).join(' / ')} at the end, and from ${fmt(Math.min(...loadSamples), 1)} to ${fmt(Math.max(...loadSamples), 1)} (median ${fmt(median(loadSamples), 1)}) during the measurements, on ${cpus().length} cores; the load generator (autocannon) runs on the same machine. Absolute figures are therefore low and noisy; the ratios between servers, measured interleaved, are the meaningful part.`,
    `- Servers, each in its own child process, \`NODE_ENV=production\`, pool of ${SETTINGS.pool} connections each, same database and data:`,
    "  - **api**: this portal's API (`apps/api/src/main.ts`: NestJS, Apollo, TypeORM), production configuration (its own TOTP key, job worker and outbox sender off so nothing runs in the background), with its cache of anonymous public reads (`PUBLIC_READ_CACHE`, on by default in production);",
    '  - **api, cache off**: the same with `PUBLIC_READ_CACHE=false`;',
    '  - **peer**: PostGraphile 4.14 in library mode on `node:http` over the same tables (schemas `public` and `bench`), simple list collections, no GraphiQL, no query log, default mutations off;',
    '  - **limit**: `node:http` + `pg`, one hand-written `json_agg` statement per request, the JSON passed through as text.',
    `- Data: the demo data (\`npm run seed\`) ${Object.entries(r.sizes)
      .map(([t, n]) => `${fmt(n)} ${t}`)
      .join(', ')}${
      r.largeSizes
        ? `; then the large data set (\`npm run seed:large\`, seed ${LARGE_DATA_FULL.seed}) added to the same database: ${Object.entries(
            r.largeSizes,
          )
            .map(([t, n]) => `${fmt(n)} ${t}`)
            .join(', ')} (loaded in ${fmt(r.largeLoadSeconds ?? 0)} s)`
        : ''
    }.`,
    `- Load: autocannon, ${SETTINGS.connections} connections; warm-up ${SETTINGS.warmup} s per server and operation; ${SETTINGS.rounds} rounds of ${SETTINGS.duration} s per server and operation, the servers interleaved (the order rotates each round); figures are the median of the rounds with the lowest and highest in brackets. p99 at a fixed rate: ${SETTINGS.rateDuration} s per server at half the slowest server's median throughput for that operation (the same rate for all three).`,
    `- Operations, on the body \`${SLUG}\` and the demo member \`${MEMBER}\` (an Experts by Experience Board member cross-seated on the Evidence Group):`,
    ...OPERATIONS.map((o) => `  - ${OPERATION_TITLES[o]}`),
    '',
    '### Same data',
    '',
    'Before measuring, the harness asks each server each read and compares the answers, brought to one shape (members as a set, meetings in order, instants as ISO strings); it stops if they differ. The write is run on each server from the same state and must leave the same choices row and the same audit event. This run:',
    '',
    ...OPERATIONS.map((o) => `- ${o}: ${r.equivalence[o]}`),
    '',
    "The public display rule (consent in force today; HIDDEN left out; ANONYMOUS as \"A member…\" without affiliation or bio; lived experience only as true, only with consent; FIRST_NAME_INITIAL names) is the portal's domain rule. PostGraphile cannot apply it by itself, so the peer and the limit both read a SQL view, `bench.public_member`, which applies the same rule (tools/bench/bench-sql.ts); without it the peer would publish raw columns, which would be neither the same data nor lawful. The member's papers (the meetings of the bodies they sit on on each meeting's day; PUBLIC, MEMBERS and NAMED-to-them papers) and the session check are SQL functions in the same way, and the write is a function that makes, updates and audits the choices row as the API does.",
    '',
    '## Throughput (requests per second, higher is better)',
    '',
    '"api, cache off" is the same API with `PUBLIC_READ_CACHE=false`, measured on the two anonymous reads (the only ones the cache can answer), to show what the cache does and what the API does without it.',
    '',
    '| operation | api | api, cache off | peer | limit | api ÷ peer (target ≥ 1.0) | api ÷ limit (target ≥ 0.5) | cache off ÷ peer | cache off ÷ limit |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  const has = (t: Record<ServerName, Sample[]>, s: ServerName) => t[s].length > 0;
  for (const o of OPERATIONS) {
    const t = r.throughput[o];
    const off = has(t, 'apiUncached');
    lines.push(
      `| ${o} | ${spread(t.api)} | ${off ? spread(t.apiUncached) : '–'} | ${spread(t.peer)} | ${spread(t.limit)} | ${ratio(med(t.api), med(t.peer))} | ${ratio(med(t.api), med(t.limit))} | ${off ? ratio(med(t.apiUncached), med(t.peer)) : '–'} | ${off ? ratio(med(t.apiUncached), med(t.limit)) : '–'} |`,
    );
  }
  const failures = OPERATIONS.flatMap((o) =>
    serversFor(o).flatMap((s) => r.throughput[o][s].map((x) => x.failures)),
  ).reduce((a, b) => a + b, 0);
  lines.push(
    '',
    `Failed requests (non-2xx, errors, timeouts) across all rounds: ${fmt(failures)}.`,
  );
  lines.push(
    '',
    '## Latency at a fixed rate (p99, milliseconds, lower is better)',
    '',
    '| operation | rate (req/s) | api | api, cache off | peer | limit | api p99 ≤ peer p99 |',
    '|---|---:|---:|---:|---:|---:|---|',
  );
  for (const o of OPERATIONS) {
    const l = r.latency[o];
    lines.push(
      `| ${o} | ${l.rate} | ${l.api.p99} | ${l.apiUncached ? l.apiUncached.p99 : '–'} | ${l.peer.p99} | ${l.limit.p99} | ${l.api.p99 <= l.peer.p99 ? 'yes' : 'no'} |`,
    );
  }
  const cell = (o: OperationName, s: ServerName) =>
    r.statements[o][s] === undefined
      ? '–'
      : `${fmt(r.statements[o][s], 1)} (${r.sqlTime[o][s].toFixed(2)} ms)`;
  lines.push(
    '',
    '## SQL statements per request',
    '',
    `Counted with pg_stat_statements (every top-level statement a server sends, BEGIN and COMMIT included), each server asked ${SETTINGS.counted} times alone, one request after another; in brackets the time PostgreSQL spent executing them per request. The cached API sends none for a repeated anonymous read.`,
    '',
    '| operation | api | api, cache off | peer | limit |',
    '|---|---:|---:|---:|---:|',
    ...OPERATIONS.map(
      (o) =>
        `| ${o} | ${cell(o, 'api')} | ${cell(o, 'apiUncached')} | ${cell(o, 'peer')} | ${cell(o, 'limit')} |`,
    ),
    '',
    '## Peak memory (RSS of each server process, MB)',
    '',
    '| server | peak (VmHWM) | at the end |',
    '|---|---:|---:|',
    ...SERVERS.map((s) => `| ${s} | ${fmt(r.memory[s].hwm)} | ${fmt(r.memory[s].rss)} |`),
  );
  if (r.large) {
    const large = r.large;
    lines.push(
      '',
      '## What the large data set costs',
      '',
      'The same reads (same body, same member) after the large data set was added to the database, against the figures above: throughput with it ÷ throughput without (target: at most 20% less, i.e. at least 0.80).',
      '',
      '| operation | api | api, cache off | peer | limit | api with ÷ without | cache off with ÷ without | peer with ÷ without | limit with ÷ without |',
      '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    );
    for (const o of READS) {
      const t = large[o];
      const off = has(t, 'apiUncached');
      lines.push(
        `| ${o} | ${spread(t.api)} | ${off ? spread(t.apiUncached) : '–'} | ${spread(t.peer)} | ${spread(t.limit)} | ${ratio(med(t.api), med(r.throughput[o].api))} | ${off ? ratio(med(t.apiUncached), med(r.throughput[o].apiUncached)) : '–'} | ${ratio(med(t.peer), med(r.throughput[o].peer))} | ${ratio(med(t.limit), med(r.throughput[o].limit))} |`,
      );
    }
    lines.push(
      '',
      'With the large data set, api ÷ peer: ' +
        READS.map((o) => `${o} ${ratio(med(large[o].api), med(large[o].peer))}`).join(', ') +
        '; api ÷ limit: ' +
        READS.map((o) => `${o} ${ratio(med(large[o].api), med(large[o].limit))}`).join(', ') +
        '.',
    );
  }
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  const started = new Date();
  const loadBefore = loadavg();
  const workDir = await mkdtemp(path.join(tmpdir(), 'boards-bench-'));
  // Its own folder (handed to the server's user when run as root), as the test setup does.
  const pgDir = await mkdtemp(path.join(tmpdir(), 'boards-bench-pg-'));
  const pg = await startDatabase(pgDir);
  const servers: Running[] = [];
  let db: Client | undefined;
  try {
    log('Preparing the database (migrations, demo data, the bench schema)…');
    const url = await prepareDatabase(pg, path.join(workDir, 'papers'));
    db = new Client({ connectionString: url });
    await db.connect();
    for (const name of SERVERS) servers.push(await startServer(name, url, workDir));
    log(`Servers up: ${servers.map((s) => `${s.name} ${s.base} (pid ${s.child.pid})`).join(', ')}`);
    const ctx: Context = {
      slug: SLUG,
      today: londonToday(),
      token: await login(servers[0].base),
      choices: { off: ['MINUTES'], reminderDays: 3 },
    };
    const equivalence = await checkEquivalence(servers, ctx, db);
    log(`Same data: ${OPERATIONS.map((o) => `${o} (${equivalence[o]})`).join('; ')}`);
    const sizes = await tableSizes(db);
    const statements = await countStatements(servers, ctx, db);
    log(
      `Statements per request: ${OPERATIONS.map(
        (o) =>
          `${o} ${serversFor(o)
            .map((s) => `${s} ${statements[o][s]}`)
            .join('/')}`,
      ).join('; ')}`,
    );
    log(
      `SQL execution ms per request: ${OPERATIONS.map(
        (o) =>
          `${o} ${serversFor(o)
            .map((s) => `${s} ${sqlTime[o][s].toFixed(2)}`)
            .join('/')}`,
      ).join('; ')}`,
    );
    const throughput = await measureThroughput(servers, OPERATIONS, ctx, 'demo data');
    const latency = await measureLatency(servers, throughput, ctx);
    let large: Throughput | undefined;
    let largeSizes: Record<string, number> | undefined;
    let largeLoadSeconds: number | undefined;
    if (LARGE) {
      log('Loading the large data set…');
      const dataSource = createDataSource({ url, logging: 'errors', poolSize: 1 });
      await dataSource.initialize();
      const loadStarted = Date.now();
      try {
        const result = await seedLargeData(dataSource, LARGE_DATA_FULL);
        if (!result.loaded) throw new Error(result.reason);
        await dataSource.query('ANALYZE');
      } finally {
        await dataSource.destroy();
      }
      largeLoadSeconds = (Date.now() - loadStarted) / 1000;
      largeSizes = await tableSizes(db);
      await checkEquivalence(servers, ctx, db);
      large = await measureThroughput(servers, READS, ctx, 'large data');
    }
    const memory = {} as Record<ServerName, { hwm: number; rss: number }>;
    for (const s of servers) memory[s.name] = await peakRss(s.child.pid as number);
    const report: Report = {
      started,
      finished: new Date(),
      load: { before: loadBefore, after: loadavg() },
      sizes,
      largeSizes,
      equivalence,
      statements,
      sqlTime,
      throughput,
      latency,
      large,
      largeLoadSeconds,
      memory,
    };
    const text = renderReport(report);
    const out =
      OUT ??
      (QUICK
        ? path.join(tmpdir(), 'boards-benchmarks-quick.md')
        : path.join(ROOT, 'docs', 'benchmarks.md'));
    await writeFile(out, text);
    console.log(text);
    log(`Wrote ${out}`);
  } finally {
    await db?.end().catch(() => undefined);
    for (const s of servers) await stopServer(s);
    await pg.stop();
    await rm(workDir, { recursive: true, force: true });
    await rm(pgDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  });
}
