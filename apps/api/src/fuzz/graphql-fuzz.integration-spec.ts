import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import request from 'supertest';
import { ERROR_CODES } from '@boards/shared/contracts';
import { SCHEMA_FILE } from '../app/app.module';
import { openProbeAccounts, ROLE_EMAILS } from '../authorization/probe-callers';
import { startApi, type ApiHarness } from '../testing/api-harness';
import { checkInvariants, snapshotInvariants, type Sql } from '../testing/invariants';
import {
  argumentCount,
  callArbitraries,
  type GeneratedCall,
  type IdPools,
} from './graphql-arbitraries';

/**
 * Generated input for every argument of every query and mutation, sent by each kind of caller
 * to the whole API on the demo data. No answer may be a 500, carry a code outside the shared
 * list (or INTERNAL_SERVER_ERROR, the code of an unexpected failure), or show a stack trace;
 * and the database keeps its rules afterwards.
 *
 * `npm test` sends one call per operation and role; `npm run test:fuzz` sets FUZZ_PER_OPERATION
 * so that the run passes 10,000 calls. FUZZ_SEED repeats a run.
 */
const PER_OPERATION = Number(process.env['FUZZ_PER_OPERATION'] ?? 1);
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261207);
const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));

const CALLERS = ['anonymous', 'memberA', 'crossSeated', 'secretariat', 'admin'] as const;
type Caller = (typeof CALLERS)[number];
/** Codes a caller may see; INTERNAL_SERVER_ERROR is the mark of an unexpected failure. */
const EXPECTED_CODES = new Set<string>(ERROR_CODES.filter((c) => c !== 'INTERNAL_SERVER_ERROR'));
/** Operations after which a caller's session may have ended. */
const SESSION_ENDING = new Set([
  'logout',
  'changePassword',
  'disableTotp',
  'setAccountDisabled',
  'setAccountGrants',
  'resetPassword',
  'confirmTotpSetup',
]);
const STACK_TRACE = /\n\s+at [\w.<>]+ \(|node_modules\/|\.ts:\d+:\d+/;

interface Failure {
  caller: Caller;
  call: GeneratedCall;
  status: number;
  problem: string;
}

describe(`GraphQL fuzzing (${PER_OPERATION} generated call(s) per operation and caller, seed ${SEED})`, () => {
  let api: ApiHarness;
  const sql: Sql = (text, params) => api.db.dataSource.query(text, params);
  const tokens = new Map<Caller, string | undefined>();

  async function signIn(caller: Caller): Promise<void> {
    if (caller === 'anonymous') return;
    tokens.set(caller, await api.signIn(ROLE_EMAILS[caller]).catch(() => undefined));
  }

  beforeAll(async () => {
    // Generated logins with wrong passwords must not lock the callers' own accounts out.
    api = await startApi({
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000',
      PASSWORD_RESET_MAX_PER_ADDRESS: '1000',
    });
    await openProbeAccounts(sql);
    for (const caller of CALLERS) await signIn(caller);
  });
  afterAll(async () => {
    await api?.close();
  });

  async function idPools(): Promise<IdPools> {
    const tables = await sql(
      `SELECT c.table_name FROM information_schema.columns c
         JOIN information_schema.tables t USING (table_schema, table_name)
        WHERE c.table_schema = 'public' AND c.column_name = 'id' AND c.data_type = 'uuid'
          AND t.table_type = 'BASE TABLE'`,
    );
    const byTable: Record<string, string[]> = {};
    for (const { table_name: table } of tables) {
      const rows = await sql(`SELECT id FROM "${String(table)}" ORDER BY id LIMIT 40`);
      if (rows.length) byTable[String(table)] = rows.map((row) => String(row['id']));
    }
    // The callers' own people are left out where a call could lock them out of the run.
    const callers = await sql(`SELECT id FROM person WHERE email = ANY($1)`, [
      Object.values(ROLE_EMAILS),
    ]);
    const own = new Set(callers.map((row) => String(row['id'])));
    byTable['person'] = (byTable['person'] ?? []).filter((id) => !own.has(id));
    const strings = await sql(
      `SELECT slug AS value FROM body UNION ALL SELECT email FROM person
        UNION ALL SELECT unnest(ARRAY['2026-11-24', 'MEMBER', 'CHAIR', 'PUBLIC'])`,
    );
    return {
      byTable,
      all: Object.values(byTable).flat(),
      strings: strings.map((row) => String(row['value'])),
    };
  }

  it(
    `answers every generated call across ${argumentCount(schema)} arguments with no 500, only listed codes, and keeps the data's rules`,
    async () => {
      const before = await snapshotInvariants(sql);
      const arbitraries = callArbitraries(schema, await idPools());
      const planned: { caller: Caller; call: GeneratedCall }[] = [];
      let seed = SEED;
      for (const arbitrary of arbitraries.values()) {
        for (const caller of CALLERS) {
          for (const call of fc.sample(arbitrary, { numRuns: PER_OPERATION, seed: seed++ })) {
            planned.push({ caller, call });
          }
        }
      }
      // Callers and operations interleaved, the same way for one seed.
      const order = fc.sample(fc.shuffledSubarray(planned, { minLength: planned.length }), {
        numRuns: 1,
        seed: SEED,
      })[0] as typeof planned;

      const failures: Failure[] = [];
      const codes = new Map<string, number>();
      for (const { caller, call } of order) {
        const token = tokens.get(caller);
        const response = await request(api.app.getHttpServer())
          .post('/graphql')
          .set('content-type', 'application/json')
          .set(token ? { authorization: `Bearer ${token}` } : {})
          .send({ query: call.document, variables: call.variables });
        const fail = (problem: string) =>
          failures.push({ caller, call, status: response.status, problem });
        if (response.status >= 500) fail(`HTTP ${response.status}`);
        if (STACK_TRACE.test(response.text)) fail('a stack trace in the body');
        const errors = (response.body?.errors ?? []) as { extensions?: { code?: string } }[];
        for (const error of errors) {
          const code = String(error.extensions?.code);
          codes.set(code, (codes.get(code) ?? 0) + 1);
          if (!EXPECTED_CODES.has(code)) fail(`code ${code}: ${JSON.stringify(error)}`);
        }
        if (errors.length === 0) codes.set('ok', (codes.get('ok') ?? 0) + 1);
        if (SESSION_ENDING.has(call.operation) && caller !== 'anonymous') await signIn(caller);
      }

      console.log(
        `GraphQL fuzz: ${order.length} calls (${arbitraries.size} operations × ${CALLERS.length} callers × ${PER_OPERATION}), seed ${SEED}; outcomes ${JSON.stringify(Object.fromEntries(codes))}`,
      );
      const shown = failures.slice(0, 10).map((failure) => ({
        ...failure,
        call: {
          ...failure.call,
          variables: JSON.stringify(failure.call.variables).slice(0, 400),
        },
      }));
      expect(shown).toEqual([]);
      expect(order.length).toBe(arbitraries.size * CALLERS.length * PER_OPERATION);
      expect(await checkInvariants(sql, before)).toEqual([]);
      // Not all refused: the generator reaches past the input checks for some calls.
      expect(codes.get('ok') ?? 0).toBeGreaterThan(order.length / 20);
      // The signed-in callers are still themselves at the end.
      for (const caller of CALLERS.filter((c) => c !== 'anonymous')) {
        expect(typeof tokens.get(caller)).toBe('string');
      }
    },
    60_000 + PER_OPERATION * 445 * 100,
  );
});
