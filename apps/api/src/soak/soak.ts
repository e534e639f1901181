/**
 * Soak: the real API process (apps/api/src/main.ts) on a fresh embedded PostgreSQL with the demo
 * data, under mixed traffic at a bounded rate for a while (10 minutes unless told), from several
 * kinds of caller: the public, two members, the chair and the secretariat; reads of public and
 * members' pages, feeds and open data, and writes (new people, terms-of-reference drafts saved and
 * discarded, agenda items added and removed, email choices).
 *
 *   npm run test:soak -- [--minutes 10] [--rate 20] [--out docs/soak.md]
 *
 * It fails (exit code 1) on any error answer or failed request, and when the API process's
 * resident memory after warm-up (the first fifth of the run, at most two minutes) grows by 10% or
 * more between the start and the end of the measured part. Traffic goes to loopback only, and
 * the run stops by itself; the database lives in a temporary folder removed at the end.
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
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
import { checkInvariants, snapshotInvariants, type Sql } from '../testing/invariants';
import { startApiProcess, type ApiProcess } from '../testing/api-process';
import { freePort } from '@boards/api/database/testing';

const PASSWORD = 'soak-password-not-secret';
const print = (text: string) => process.stdout.write(`${text}\n`);

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const inline = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  return at >= 0 && process.argv[at + 1] ? (process.argv[at + 1] as string) : fallback;
}

const MINUTES = Number(option('minutes', '10'));
const RATE = Number(option('rate', '20'));
const OUT = option('out', '');
if (!(MINUTES > 0 && MINUTES <= 120) || !(RATE > 0 && RATE <= 200)) {
  console.error('Use --minutes between 0 and 120 and --rate (requests a second) up to 200.');
  process.exit(2);
}

type Caller = 'public' | 'member' | 'evidence' | 'chair' | 'secretariat';
const EMAILS: Record<Exclude<Caller, 'public'>, string> = {
  member: 'member@example.org',
  evidence: 'evidence@example.org',
  chair: 'chair@example.org',
  secretariat: 'secretariat@example.org',
};

interface Context {
  base: string;
  tokens: Map<Caller, string>;
  slugs: string[];
  meetingIds: string[];
  futureMeetingId: string;
  bodyIds: string[];
  counter: number;
}

class SoakError extends Error {}

/** Answers are read field by field; a loose JSON type keeps that readable. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Data = Record<string, any>;

async function graphql(
  context: Context,
  caller: Caller,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const token = context.tokens.get(caller);
  const response = await fetch(`${context.base}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  if (response.status !== 200 || body.errors?.length || !body.data) {
    throw new SoakError(
      `HTTP ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`,
    );
  }
  return body.data;
}

async function get(context: Context, pathname: string): Promise<void> {
  const response = await fetch(`${context.base}${pathname}`, {
    signal: AbortSignal.timeout(15_000),
  });
  await response.arrayBuffer();
  if (response.status !== 200) throw new SoakError(`GET ${pathname}: HTTP ${response.status}`);
}

const pick = <T>(items: T[], n: number): T => items[n % items.length] as T;

/** The mix: [name, weight, work]. Reads are most of it, as on the real portal. */
const OPERATIONS: [string, number, (context: Context, n: number) => Promise<void>][] = [
  [
    'public: bodies',
    10,
    async (c) =>
      void (await graphql(
        c,
        'public',
        `
          {
            bodies {
              slug
              name
              kind
              purpose
            }
          }
        `,
      )),
  ],
  [
    'public: body page',
    14,
    async (c, n) =>
      void (await graphql(
        c,
        'public',
        `
          query ($slug: String) {
            body(slug: $slug) {
              name
              members {
                role
                person {
                  displayName
                }
              }
              termsOfReference {
                content
                effectiveFrom
              }
              meetings {
                id
                title
                startsAt
                status
              }
            }
          }
        `,
        { slug: pick(c.slugs, n) },
      )),
  ],
  [
    'public: meeting page',
    8,
    async (c, n) =>
      void (await graphql(
        c,
        'public',
        `
          query ($id: ID!) {
            meeting(id: $id) {
              title
              startsAt
              status
              agenda {
                title
              }
            }
          }
        `,
        { id: pick(c.meetingIds, n) },
      )),
  ],
  [
    'public: search',
    5,
    async (c, n) =>
      void (await graphql(
        c,
        'public',
        `
          query ($q: String) {
            search(query: $q) {
              __typename
            }
          }
        `,
        { q: pick(['evidence', 'design', 'board', 'meeting', 'terms'], n) },
      )),
  ],
  ['public: open data CSV', 2, async (c) => get(c, '/open-data/memberships.csv')],
  ['public: body calendar', 2, async (c, n) => get(c, `/feeds/bodies/${pick(c.slugs, n)}.ics`)],
  [
    'member: my meetings',
    8,
    async (c, n) =>
      void (await graphql(
        c,
        pick(['member', 'evidence', 'chair'] as Caller[], n),
        `
          {
            me {
              __typename
            }
            myMeetings {
              id
              title
              papers {
                title
              }
            }
          }
        `,
      )),
  ],
  [
    'member: meeting with papers',
    6,
    async (c, n) =>
      void (await graphql(
        c,
        pick(['member', 'evidence'] as Caller[], n),
        `
          query ($id: ID!) {
            meeting(id: $id) {
              title
              papers {
                title
                visibility
              }
            }
          }
        `,
        { id: pick(c.meetingIds, n) },
      )),
  ],
  [
    'secretariat: people',
    4,
    async (c) =>
      void (await graphql(
        c,
        'secretariat',
        `
          {
            people(first: 20) {
              totalCount
              edges {
                node {
                  id
                  fullName
                }
              }
            }
          }
        `,
      )),
  ],
  [
    'secretariat: new person (write)',
    3,
    async (c) => {
      c.counter += 1;
      await graphql(
        c,
        'secretariat',
        `
          mutation ($input: PersonInput!) {
            createPerson(input: $input) {
              id
            }
          }
        `,
        {
          input: {
            fullName: `Soak Person${c.counter}`,
            email: `soak.${c.counter}.${Date.now()}@example.org`,
            livedExperience: false,
          },
        },
      );
    },
  ],
  [
    'secretariat: agenda item added and removed (writes)',
    2,
    async (c, n) => {
      const { addAgendaItem } = await graphql(
        c,
        'secretariat',
        `
          mutation ($m: ID!, $input: AgendaItemInput!) {
            addAgendaItem(meetingId: $m, input: $input) {
              id
            }
          }
        `,
        {
          m: c.futureMeetingId,
          input: { title: `Soak item ${n}`, durationMinutes: 10, isPublic: true },
        },
      );
      await graphql(
        c,
        'secretariat',
        `
          mutation ($id: ID!) {
            removeAgendaItem(id: $id) {
              id
            }
          }
        `,
        {
          id: addAgendaItem.id,
        },
      );
    },
  ],
  [
    'secretariat: terms of reference draft saved and discarded (writes)',
    1,
    async (c, n) => {
      const { startTermsOfReferenceDraft: draft } = await graphql(
        c,
        'secretariat',
        `
          mutation ($b: ID!) {
            startTermsOfReferenceDraft(bodyId: $b) {
              id
              version
              content
              composition
              meetingFrequency
            }
          }
        `,
        { b: pick(c.bodyIds, n) },
      );
      const { saveTermsOfReferenceDraft: saved } = await graphql(
        c,
        'secretariat',
        `
          mutation ($id: ID!, $v: Int!, $input: TermsOfReferenceDraftInput!) {
            saveTermsOfReferenceDraft(id: $id, expectedVersion: $v, input: $input) {
              id
              version
            }
          }
        `,
        {
          id: draft.id,
          v: draft.version,
          input: {
            content: `${draft.content}\n\nSoak revision ${n}.`,
            composition: draft.composition,
            meetingFrequency: draft.meetingFrequency,
            quorum: { kind: 'COUNT', count: 3 },
          },
        },
      );
      await graphql(
        c,
        'secretariat',
        `
          mutation ($id: ID!, $v: Int!) {
            discardTermsOfReferenceDraft(id: $id, expectedVersion: $v)
          }
        `,
        { id: saved.id, v: saved.version },
      );
    },
  ],
  [
    'member: email choices (write)',
    2,
    async (c, n) =>
      void (await graphql(
        c,
        'member',
        `
          mutation ($input: EmailChoicesInput!) {
            setMyEmailChoices(input: $input) {
              __typename
            }
          }
        `,
        { input: { topics: n % 2 ? ['MEETING_CHANGES'] : ['PAPERS'], reminderDays: 1 + (n % 3) } },
      )),
  ],
];

const TOTAL_WEIGHT = OPERATIONS.reduce((sum, [, weight]) => sum + weight, 0);
function operationFor(n: number): (typeof OPERATIONS)[number] {
  // A fixed, well-spread order: the n-th request of the run is always the same kind.
  let slot = (n * 7919) % TOTAL_WEIGHT;
  for (const operation of OPERATIONS) {
    if (slot < operation[1]) return operation;
    slot -= operation[1];
  }
  return OPERATIONS[0] as (typeof OPERATIONS)[number];
}

function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
  return kb * 1024;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function prepare(pg: RunningPostgres): Promise<string> {
  const admin = new Client({ connectionString: pg.url });
  await admin.connect();
  await admin.query('CREATE DATABASE soak');
  await admin.end();
  const url = pg.urlFor('soak');
  const dataSource = createDataSource({ url, logging: 'none' });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    await seedDemoData(dataSource, { demoPasswordHash: await hashPassword(PASSWORD) });
  } finally {
    await dataSource.destroy();
  }
  return url;
}

async function main(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'boards-soak-pg-'));
  const papersDir = await mkdtemp(path.join(tmpdir(), 'boards-soak-papers-'));
  let pg: RunningPostgres | undefined;
  let api: ApiProcess | undefined;
  try {
    pg = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    const url = await prepare(pg);
    const db = new Client({ connectionString: url });
    await db.connect();
    const sql: Sql = async (text, params) => (await db.query(text, params as unknown[])).rows;
    api = await startApiProcess(url, {
      PAPERS_DIR: papersDir,
      NODE_ENV: 'development',
      DATABASE_LOG: 'errors',
      // Every caller comes from 127.0.0.1: the soak is not a test of the throttles.
      LOGIN_MAX_FAILURES_PER_ADDRESS: '100000',
    });
    const context: Context = {
      base: api.base,
      tokens: new Map(),
      slugs: (await sql(`SELECT slug FROM body ORDER BY slug`)).map((r) => String(r['slug'])),
      bodyIds: (await sql(`SELECT id FROM body ORDER BY slug`)).map((r) => String(r['id'])),
      meetingIds: (await sql(`SELECT id FROM meeting ORDER BY starts_at`)).map((r) =>
        String(r['id']),
      ),
      futureMeetingId: String(
        (
          await sql(
            `SELECT id FROM meeting WHERE starts_at > now() AND status = 'SCHEDULED' ORDER BY starts_at LIMIT 1`,
          )
        )[0]?.['id'],
      ),
      counter: 0,
    };
    for (const [caller, email] of Object.entries(EMAILS)) {
      const { login } = await graphql(
        context,
        'public',
        `
          mutation ($e: String!, $p: String!) {
            login(email: $e, password: $p) {
              token
            }
          }
        `,
        { e: email, p: PASSWORD },
      );
      context.tokens.set(caller as Caller, login.token);
    }
    const before = await snapshotInvariants(sql);

    const durationMs = MINUTES * 60_000;
    const warmUpMs = Math.min(durationMs / 5, 120_000);
    const intervalMs = 1000 / RATE;
    const started = Date.now();
    const samples: { at: number; rss: number }[] = [];
    const latencies: number[] = [];
    const errors: string[] = [];
    const counts = new Map<string, number>();
    let inFlight = 0;
    let mostInFlight = 0;
    let skipped = 0;
    const pending = new Set<Promise<void>>();
    const sampler = setInterval(() => {
      if (api) samples.push({ at: Date.now() - started, rss: rssOf(api.child.pid as number) });
    }, 2_000);
    let lastReport = started;

    // Open loop at a fixed rate, with at most 32 requests in flight (beyond that a tick is
    // skipped and counted, so a slow API cannot make the load grow without bound).
    for (let n = 0; Date.now() - started < durationMs; n += 1) {
      const due = started + n * intervalMs;
      const wait = due - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (inFlight >= 32) {
        skipped += 1;
        continue;
      }
      const [name, , work] = operationFor(n);
      inFlight += 1;
      mostInFlight = Math.max(mostInFlight, inFlight);
      const t0 = performance.now();
      const done: Promise<void> = work(context, n)
        .then(
          () => {
            latencies.push(performance.now() - t0);
            counts.set(name, (counts.get(name) ?? 0) + 1);
          },
          (error: unknown) => {
            errors.push(`${name}: ${String(error)}`);
          },
        )
        .finally(() => {
          inFlight -= 1;
          pending.delete(done);
        });
      pending.add(done);
      if (Date.now() - lastReport > 30_000) {
        lastReport = Date.now();
        const last = samples[samples.length - 1];
        print(
          `[soak] ${((Date.now() - started) / 60_000).toFixed(1)} min: ${latencies.length} ok, ${errors.length} errors, RSS ${last ? mb(last.rss) : '?'}`,
        );
      }
    }
    await Promise.all(pending);
    clearInterval(sampler);
    const alive = api.alive();
    const breaches = await checkInvariants(sql, before);
    await db.end();

    const measured = samples.filter((sample) => sample.at >= warmUpMs);
    const window = Math.max(3, Math.floor(measured.length / 10));
    const rssStart = median(measured.slice(0, window).map((s) => s.rss));
    const rssEnd = median(measured.slice(-window).map((s) => s.rss));
    const growth = (rssEnd - rssStart) / rssStart;
    const peak = Math.max(...samples.map((s) => s.rss));
    const sorted = [...latencies].sort((a, b) => a - b);
    const quantile = (q: number) =>
      sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
    const elapsed = (Date.now() - started) / 1000;
    const passed = errors.length === 0 && growth < 0.1 && alive && breaches.length === 0;

    const lines = [
      `Soak run of ${new Date(started).toISOString().slice(0, 16).replace('T', ' ')} UTC: ${MINUTES} min at ${RATE} requests/s, ${cpus().length} cores, Node ${process.version}.`,
      '',
      '| figure | value |',
      '| --- | --- |',
      `| requests answered | ${latencies.length} in ${elapsed.toFixed(0)} s (${(latencies.length / elapsed).toFixed(1)}/s) |`,
      `| errors | ${errors.length} |`,
      `| ticks skipped (32 already in flight: the API or the machine busy; not an error) | ${skipped} |`,
      `| most in flight | ${mostInFlight} |`,
      `| latency p50 / p95 / p99 / max | ${quantile(0.5).toFixed(1)} / ${quantile(0.95).toFixed(1)} / ${quantile(0.99).toFixed(1)} / ${(sorted[sorted.length - 1] ?? NaN).toFixed(1)} ms |`,
      `| API RSS after warm-up (${(warmUpMs / 1000).toFixed(0)} s) → end | ${mb(rssStart)} → ${mb(rssEnd)} (${(growth * 100).toFixed(1)}%) |`,
      `| API RSS peak | ${mb(peak)} |`,
      `| API process still running | ${alive ? 'yes' : 'no'} |`,
      `| database rules broken afterwards | ${breaches.length} |`,
      '',
      '| operation | answered |',
      '| --- | --- |',
      ...OPERATIONS.map(([name]) => `| ${name} | ${counts.get(name) ?? 0} |`),
      '',
      `Result: ${passed ? 'PASSED' : 'FAILED'}.`,
    ];
    print(lines.join('\n'));
    for (const error of errors.slice(0, 10)) console.error(`[soak] ${error}`);
    for (const breach of breaches) console.error(`[soak] ${breach}`);
    if (OUT) await writeFile(OUT, `${lines.join('\n')}\n`);
    print(`soak: ${passed ? 1 : 0} passed, ${passed ? 0 : 1} failed`);
    process.exitCode = passed ? 0 : 1;
  } finally {
    await api?.kill();
    await pg?.stop();
    await rm(dataDir, { recursive: true, force: true });
    await rm(papersDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
