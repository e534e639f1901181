import { spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { DEMO_PASSWORD_DEFAULT } from '@boards/api/identity';
import { parameterKind, webRoutes, type WebRoute } from './web-routes';
import { freePort } from '@boards/api/database/testing';

/**
 * Generated requests to every route of the web app (apps/web/app/routes), as the public, a
 * member and the secretariat, against the real portal (tools/start: embedded PostgreSQL with the
 * demo data, the API and the built web app, on ports and in a folder of this test's own): query
 * strings of any unicode and size on GET, and form posts to each route with the fields its page
 * has (found in the page's forms) and others, filled with generated values. No answer may be a
 * 500 (or any 5xx), nor show a stack trace.
 *
 * `npm test` sends one GET and one POST per route and caller; `npm run test:fuzz` sets
 * WEB_FUZZ_PER_ROUTE so that the run passes 10,000 requests. FUZZ_SEED repeats a run, and
 * WEB_FUZZ_ONLY=<part of a route's file name> keeps to some routes while working on them.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const PER_ROUTE = Number(process.env['WEB_FUZZ_PER_ROUTE'] ?? 1);
/** The small run (`npm test`) takes the callers in turn, one a route; the full run every one. */
const EVERY_CALLER = process.env['WEB_FUZZ_PER_ROUTE'] !== undefined;
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261207);
const CALLERS = ['public', 'member', 'secretariat'] as const;
type Caller = (typeof CALLERS)[number];
const EMAILS: Record<Exclude<Caller, 'public'>, string> = {
  member: 'member@example.org',
  secretariat: 'secretariat@example.org',
};
const STACK_TRACE = /\n\s+at [\w.<>]+ \(|node_modules\/|\.tsx?:\d+:\d+|\.server\.ts/;
/** API answers are read field by field; a loose JSON type keeps that readable. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One request on a connection of its own (no keep-alive: a connection the server closed after
 * refusing an oversized request is never reused for the next one), with no redirects followed.
 */
function exchange(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: Buffer,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method, headers, agent: false, timeout: 15_000 },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('no answer within 15 s')));
    request.on('error', reject);
    request.end(body);
  });
}

const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 200, maxLength: 3_000 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('x', 'é', '😀', '%'), fc.integer({ min: 1, max: 80_000 }))
      .map(([unit, n]) => unit.repeat(n)),
  },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '',
      '0',
      '-1',
      '1',
      '99999999999999999999',
      '2026-11-24',
      '2026-02-30',
      '24',
      '11',
      '2026',
      'true',
      'on',
      'MEMBER',
      'CHAIR',
      'PUBLIC',
      'MEMBERS',
      'NAMED',
      'COUNT',
      '\u0000',
      '%00',
      '../../etc/passwd',
      '//evil.example/path',
      'https://evil.example/',
      'javascript:alert(1)',
      '<script>alert(1)</script>',
      "' OR 1=1 --",
    ),
  },
);
const QUERY_KEYS = [
  'q',
  'query',
  'page',
  'after',
  'first',
  'from',
  'to',
  'on',
  'returnTo',
  'status',
  'a',
  'b',
  'body',
  'mine',
  'tab',
  'filter',
  'intent',
  'token',
  'edit',
  'expectedVersion',
];

interface Pools {
  slug: string[];
  meeting: string[];
  paper: string[];
  person: string[];
  membership: string[];
  import: string[];
  rule: string[];
  agendaItem: string[];
  any: string[];
}

function parameterValue(kind: string, pools: Pools): fc.Arbitrary<string> {
  const real: Record<string, string[]> = {
    slug: pools.slug,
    meeting: pools.meeting,
    paper: pools.paper,
    person: pools.person,
    membership: pools.membership,
    import: pools.import,
    rule: pools.rule,
    agendaItem: pools.agendaItem,
    number: ['1', '2', '3'],
    openDataFile: ['popolo.json', 'memberships.csv', 'bodies.ics'],
    topic: ['ACTIONS', 'MEETING_CHANGES', 'MINUTES', 'PAPERS', 'REMINDERS'],
  };
  const values = real[kind]?.length ? real[kind] : pools.any;
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...values) },
    { weight: 2, arbitrary: fc.constantFrom(...pools.any) },
    { weight: 1, arbitrary: fc.uuid() },
    { weight: 1, arbitrary: text.filter((value) => value.length > 0 && value.length < 500) },
  );
}

function pathArbitrary(route: WebRoute, pools: Pools): fc.Arbitrary<string> {
  return fc
    .tuple(
      ...route.segments.map((segment, index) =>
        segment === '*'
          ? fc
              .array(
                text.filter((v) => v.length > 0 && v.length < 100),
                { minLength: 1, maxLength: 3 },
              )
              .map((parts) => parts.map(encodeURIComponent).join('/'))
          : segment.startsWith(':')
            ? parameterValue(parameterKind(route, index), pools).map(encodeURIComponent)
            : fc.constant(segment),
      ),
    )
    .map((segments) => `/${segments.join('/')}`);
}

const queryArbitrary = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), text), text), { maxLength: 5 })
  .map((pairs) => new URLSearchParams(pairs).toString());

/** The fields of the page's post forms: names of inputs, selects, textareas, and button values. */
interface PageForm {
  fields: string[];
  buttons: [string, string][];
}

function formsOf(html: string): PageForm {
  const fields = new Set<string>();
  const buttons: [string, string][] = [];
  for (const match of html.matchAll(/<(input|select|textarea|button)\b([^>]*)>/g)) {
    const attributes = match[2] ?? '';
    const name = /\bname="([^"]*)"/.exec(attributes)?.[1];
    if (!name) continue;
    const value = /\bvalue="([^"]*)"/.exec(attributes)?.[1];
    if (match[1] === 'button' && value !== undefined) buttons.push([name, value]);
    else fields.add(name);
  }
  return { fields: [...fields], buttons };
}

function formArbitrary(form: PageForm): fc.Arbitrary<[string, string][]> {
  const names = form.fields.length ? form.fields : ['value'];
  return fc
    .tuple(
      fc.subarray(names, { minLength: Math.min(1, names.length) }),
      fc.array(text, { minLength: names.length, maxLength: names.length }),
      form.buttons.length
        ? fc.option(fc.constantFrom(...form.buttons), { freq: 4 })
        : fc.constant(null),
      fc.option(fc.tuple(text, text), { freq: 5 }),
    )
    .map(([chosen, values, button, extra]) => {
      const pairs: [string, string][] = chosen.map((name, i) => [name, values[i] ?? '']);
      if (button) pairs.push(button);
      if (extra) pairs.push(extra);
      return pairs;
    });
}

interface Failure {
  caller: Caller;
  method: string;
  url: string;
  status: number;
  problem: string;
}

describe(`web app fuzzing (${PER_ROUTE} GET and POST per route and ${EVERY_CALLER ? 'caller' : 'route, callers in turn'}, seed ${SEED})`, () => {
  let portal: ChildProcess | undefined;
  let output = '';
  let dataDir: string;
  let base: string;
  let apiBase: string;
  const cookies = new Map<Caller, string>();

  async function signIn(caller: Caller): Promise<void> {
    if (caller === 'public') return;
    const response = await fetch(`${base}/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ email: EMAILS[caller], password: DEMO_PASSWORD_DEFAULT }),
      redirect: 'manual',
    });
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(';')[0])
      .join('; ');
    const location = response.headers.get('location') ?? '';
    if (![302, 303].includes(response.status) || location.includes('sign-in') || !cookie) {
      throw new Error(`Could not sign in ${caller}: HTTP ${response.status} to ${location}`);
    }
    cookies.set(caller, cookie);
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'boards-web-fuzz-'));
    // PostgreSQL runs as its own user (when this runs as root) and must reach its folder inside.
    await chmod(dataDir, 0o755);
    const [port, apiPort, pgPort] = [await freePort(), await freePort(), await freePort()];
    base = `http://127.0.0.1:${port}`;
    apiBase = `http://127.0.0.1:${apiPort}`;
    portal = spawn(process.execPath, ['-r', './tools/swc-register.js', 'tools/start/start.ts'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        API_PORT: String(apiPort),
        EMBEDDED_PG_PORT: String(pgPort),
        DATA_DIR: dataDir,
        DATABASE_URL: '',
        DEMO_MODE: 'true',
        REQUIRE_STAFF_TOTP: 'false',
        // Generated sign-ins must not lock the callers' accounts or the test's address out.
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
        LOGIN_MAX_FAILURES_PER_ADDRESS: '100000',
        PASSWORD_RESET_MAX_PER_ADDRESS: '100000',
        NX_NO_CLOUD: 'true',
        NX_DAEMON: 'false',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    portal.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    portal.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const deadline = Date.now() + 280_000;
    for (;;) {
      if (portal.exitCode !== null)
        throw new Error(`The portal stopped while starting:\n${output}`);
      const up = await fetch(`${base}/healthz`).then(
        (response) => response.ok,
        () => false,
      );
      if (up && /Ready in/.test(output)) break;
      if (Date.now() > deadline) throw new Error(`The portal did not start:\n${output}`);
      await sleep(500);
    }
    for (const caller of CALLERS) await signIn(caller);
  }, 300_000);

  afterAll(async () => {
    if (portal && portal.exitCode === null) {
      const exited = new Promise((resolve) => portal?.once('exit', resolve));
      portal.kill('SIGTERM');
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 25_000)))]);
      clearTimeout(timer);
      if (portal.exitCode === null) portal.kill('SIGKILL');
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  /** Real ids of every kind, read through the API as the secretariat. */
  async function pools(): Promise<Pools> {
    const login = await fetch(`${apiBase}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        variables: { e: EMAILS.secretariat, p: DEMO_PASSWORD_DEFAULT },
      }),
    }).then((response) => response.json() as Promise<Json>);
    const answer = await fetch(`${apiBase}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${login.data.login.token}`,
      },
      body: JSON.stringify({
        query: `{
          bodies { slug memberships(first: 100) { edges { node { id } } }
                   meetings { id agenda { id } papers { id } } }
          people(first: 100) { edges { node { id email } } }
          crossSeatRules { id }
          membershipImports(first: 20) { edges { node { id } } }
        }`,
      }),
    }).then((response) => response.json() as Promise<Json>);
    const data = answer.data;
    if (!data) throw new Error(`No ids: ${JSON.stringify(answer)}`);
    type Edge = { node: { id: string } };
    type BodyIds = {
      slug: string;
      memberships: { edges: Edge[] } | null;
      meetings: { id: string; agenda: { id: string }[]; papers: { id: string }[] }[];
    };
    const bodies = data.bodies as BodyIds[];
    const meetings = bodies.flatMap((body) => body.meetings);
    const result: Pools = {
      slug: bodies.map((body) => body.slug),
      meeting: [...new Set(meetings.map((meeting) => meeting.id))],
      paper: [...new Set(meetings.flatMap((meeting) => meeting.papers.map((p) => p.id)))],
      agendaItem: [...new Set(meetings.flatMap((meeting) => meeting.agenda.map((a) => a.id)))],
      membership: bodies.flatMap((body) => body.memberships?.edges.map((e) => e.node.id) ?? []),
      // The callers' own people are left out: a generated post could change their email or
      // close their account, and the run would go on signed out.
      person: (data.people.edges as (Edge & { node: { email: string | null } })[])
        .filter((edge) => !Object.values(EMAILS).includes(edge.node.email ?? ''))
        .map((edge) => edge.node.id),
      rule: (data.crossSeatRules as { id: string }[]).map((rule) => rule.id),
      import: (data.membershipImports.edges as Edge[]).map((edge) => edge.node.id),
      any: [],
    };
    result.any = [
      ...result.slug,
      ...result.meeting.slice(0, 10),
      ...result.paper.slice(0, 10),
      ...result.person.slice(0, 10),
      ...result.membership.slice(0, 10),
    ];
    return result;
  }

  it(
    'answers every generated request to every route without a 5xx or a stack trace',
    async () => {
      const routes = webRoutes(path.join(ROOT, 'apps', 'web', 'app', 'routes'));
      const ids = await pools();
      const failures: Failure[] = [];
      const statuses = new Map<number, number>();
      const forms = new Map<string, PageForm>();
      let sent = 0;
      let seed = SEED;

      const send = async (caller: Caller, method: string, url: string, body?: URLSearchParams) => {
        const cookie = cookies.get(caller);
        const t0 = Date.now();
        const bytes = body ? Buffer.from(body.toString()) : undefined;
        const response = await exchange(
          `${base}${url}`,
          method,
          {
            ...(cookie ? { cookie } : {}),
            ...(bytes
              ? {
                  'content-type': 'application/x-www-form-urlencoded',
                  'content-length': String(bytes.length),
                }
              : {}),
          },
          bytes,
        ).catch((error: NodeJS.ErrnoException) => {
          // A server may refuse a request line or headers past its limit (431; Node's is 16 KB)
          // or a body past its limit (413) before reading them, and close the connection while
          // they are still being sent: that is no failure of the server's.
          if (['EPIPE', 'ECONNRESET'].includes(error.code ?? '')) {
            if (url.length > 16 * 1024) return { status: 431, text: '' };
            if (bytes && bytes.length > 64 * 1024) return { status: 413, text: '' };
          }
          failures.push({
            caller,
            method,
            url: url.slice(0, 300),
            status: 0,
            problem: `no answer (${((bytes?.length ?? 0) / 1024).toFixed(0)} KiB sent): ${String(error)}\n${output.slice(-1_500)}`,
          });
          return undefined;
        });
        if (!response) return '';
        const page = response.text;
        if (Date.now() - t0 > 5_000) {
          failures.push({
            caller,
            method,
            url: url.slice(0, 300),
            status: response.status,
            problem: `slow: ${Date.now() - t0} ms`,
          });
        }
        sent += 1;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        const fail = (problem: string) =>
          failures.push({
            caller,
            method,
            url: url.slice(0, 300),
            status: response.status,
            problem,
          });
        if (response.status >= 500) fail(`HTTP ${response.status}: ${page.slice(0, 300)}`);
        if (STACK_TRACE.test(page)) fail(`a stack trace: ${STACK_TRACE.exec(page)?.[0]}`);
        return page;
      };

      for (const [index, route] of routes.entries()) {
        if (process.env['WEB_FUZZ_ONLY'] && !route.file.includes(process.env['WEB_FUZZ_ONLY']))
          continue;
        const callers = EVERY_CALLER ? CALLERS : [CALLERS[index % CALLERS.length] as Caller];
        for (const caller of callers) {
          const samples = fc.sample(fc.tuple(pathArbitrary(route, ids), queryArbitrary), {
            numRuns: PER_ROUTE,
            seed: seed++,
          });
          for (const [pathname, query] of samples) {
            await send(caller, 'GET', query ? `${pathname}?${query}` : pathname);
            // The page's own forms, as this caller sees the page with real ids.
            const key = `${caller} ${pathname}`;
            let form = forms.get(key);
            if (!form) {
              form = formsOf(await send(caller, 'GET', pathname));
              forms.set(key, form);
            }
            const [pairs] = fc.sample(formArbitrary(form), { numRuns: 1, seed: seed++ });
            await send(caller, 'POST', pathname, new URLSearchParams(pairs));
            // A post may have ended the caller's session (signing out, changing a password).
            if (route.segments[0] === 'sign-out' || route.segments[0] === 'account') {
              await signIn(caller);
            }
          }
        }
      }

      console.log(
        `Web fuzz: ${sent} requests to ${routes.length} routes (${EVERY_CALLER ? 'every caller' : 'callers in turn'}, ${PER_ROUTE} each), seed ${SEED}; statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
      );
      expect(
        failures.slice(0, 10).map((f) => ({ ...f, problem: f.problem.slice(0, 2_000) })),
      ).toEqual([]);
      expect(routes.length).toBeGreaterThan(70);
      expect(portal?.exitCode).toBeNull();
    },
    120_000 + PER_ROUTE * 60_000,
  );
});
