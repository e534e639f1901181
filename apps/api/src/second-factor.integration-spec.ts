import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AuditEventEntity, SessionEntity } from '@boards/api/database';
import {
  base32Decode,
  ENTER_TOTP_CODE,
  hashSessionToken,
  totpCode,
  totpStep,
  WRONG_TOTP_CODE,
} from '@boards/api/identity';
import { createApp } from './app/create-app';
import { loadApiConfig } from './config/env';
import { HARNESS_PASSWORD, startApi, type ApiHarness, type Json } from './testing/api-harness';

const SESSION = 'token expiresAt secondFactor me { fullName grants totpEnabled }';
const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { ${SESSION} }
}`;
const VERIFY = `mutation ($code: String!) { verifySecondFactor(code: $code) { ${SESSION} } }`;
const BEGIN = `mutation { beginTotpSetup { secret otpauthUri qrCodeSvg } }`;
const CONFIRM = `mutation ($code: String!) { confirmTotpSetup(code: $code) { ${SESSION} } }`;
const DISABLE = `mutation ($password: String!) { disableTotp(password: $password) }`;
const ME = `{ me { fullName totpEnabled } }`;
/** A query only staff may run. */
const STAFF_QUERY = `{ people(first: 1) { totalCount } }`;

/**
 * Only Date is faked, and only once the apps are built (Nest maps `Date` fields to the DateTime
 * scalar by comparing with the global Date): the clock stands still unless a test moves it.
 */
const REAL_TIMERS = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
  'cancelIdleCallback',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
] as const;
const START = new Date('2026-11-20T09:00:05Z');

describe('TOTP second factor over HTTP (real PostgreSQL, staff must use one)', () => {
  let api: ApiHarness;
  /** The same API and database with the requirement off (demo mode). */
  let demo: INestApplication;
  let clock = START;
  const secrets = new Map<string, Buffer>();

  const setClock = (at: Date) => {
    clock = at;
    jest.setSystemTime(at);
  };
  const advance = (seconds: number) => setClock(new Date(clock.getTime() + seconds * 1000));
  const codeFor = (email: string, offset = 0) => {
    const secret = secrets.get(email);
    if (!secret) throw new Error(`No secret for ${email}`);
    return totpCode(secret, totpStep(clock) + offset);
  };

  const post = (
    app: INestApplication,
    query: string,
    variables: Record<string, unknown> = {},
    token?: string,
  ) =>
    request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set(token ? { authorization: `Bearer ${token}` } : {})
      .send({ query, variables });
  const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) =>
    (await post(api.app, query, variables, token)).body as Json;
  const codeOf = (body: Json): string => body.errors?.[0]?.extensions?.code ?? 'ok';
  const login = async (email: string, app = api.app) =>
    (await post(app, LOGIN, { email, password: HARNESS_PASSWORD })).body.data.login as Json;
  const session = (token: string) =>
    api.db.dataSource
      .getRepository(SessionEntity)
      .findOneByOrFail({ tokenHash: hashSessionToken(token) });
  const totpColumns = async (email: string) => {
    const [row] = await api.db.dataSource.query(
      `SELECT account.id, totp_secret, totp_pending_secret, totp_enabled_at, totp_last_step::int AS last_step
         FROM account JOIN person ON person.id = account.person_id WHERE person.email = $1`,
      [email],
    );
    return row as {
      id: string;
      totp_secret: Buffer | null;
      totp_pending_secret: Buffer | null;
      totp_enabled_at: Date | null;
      last_step: number | null;
    };
  };
  /** Sets up an app for a session (pending TOTP_SETUP or signed in); returns the new session. */
  const setUpApp = async (email: string, token: string) => {
    const setup = (await gql(BEGIN, {}, token)).data.beginTotpSetup;
    secrets.set(email, base32Decode(setup.secret));
    const confirmed = await gql(CONFIRM, { code: codeFor(email) }, token);
    expect(codeOf(confirmed)).toBe('ok');
    return confirmed.data.confirmTotpSetup as Json;
  };

  beforeAll(async () => {
    api = await startApi({
      DEMO_MODE: 'false',
      REQUIRE_STAFF_TOTP: 'true',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '5',
    });
    demo = await createApp(
      loadApiConfig({
        DATABASE_URL: api.db.url,
        NODE_ENV: 'test',
        DEMO_MODE: 'true',
        REQUIRE_STAFF_TOTP: 'false',
      }),
    );
    await demo.init();
    jest.useFakeTimers({ now: START, doNotFake: [...REAL_TIMERS] });
  });

  afterAll(async () => {
    jest.useRealTimers();
    await demo?.close();
    await api?.close();
  });

  it('lets a member without an authenticator app sign in straight through', async () => {
    const result = await login('member@example.org');
    expect(result).toMatchObject({
      secondFactor: null,
      me: { fullName: 'Jordan Ellis', grants: [], totpEnabled: false },
    });
  });

  let pendingSetup: string;

  it('gives staff without an app a short session that can only set one up', async () => {
    const result = await login('secretariat@example.org');
    expect(result).toMatchObject({ secondFactor: 'TOTP_SETUP', me: null });
    expect(new Date(result.expiresAt).getTime() - clock.getTime()).toBe(15 * 60_000);
    pendingSetup = result.token;
    expect((await gql(ME, {}, pendingSetup)).data.me).toBeNull();
    expect(codeOf(await gql(STAFF_QUERY, {}, pendingSetup))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(DISABLE, { password: HARNESS_PASSWORD }, pendingSetup))).toBe(
      'UNAUTHENTICATED',
    );
    expect(codeOf(await gql(VERIFY, { code: '123456' }, pendingSetup))).toBe('FORBIDDEN');
    expect(codeOf(await gql(BEGIN))).toBe('UNAUTHENTICATED');
  });

  it('sets up the app with a code from it, and rotates the token', async () => {
    const email = 'secretariat@example.org';
    const setup = (await gql(BEGIN, {}, pendingSetup)).data.beginTotpSetup;
    expect(setup.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.otpauthUri).toBe(
      `otpauth://totp/Boards%20portal:secretariat%40example.org?secret=${setup.secret}` +
        '&issuer=Boards%20portal&algorithm=SHA1&digits=6&period=30',
    );
    expect(setup.qrCodeSvg).toMatch(/^<svg [^>]*viewBox/);
    const secret = base32Decode(setup.secret);
    secrets.set(email, secret);

    const offered = await totpColumns(email);
    expect(offered.totp_secret).toBeNull();
    expect(offered.totp_pending_secret).toHaveLength(12 + 20 + 16);
    expect(offered.totp_pending_secret?.includes(secret)).toBe(false);
    expect(offered.totp_pending_secret?.toString('latin1')).not.toContain(setup.secret);

    const wrong = await gql(CONFIRM, { code: codeFor(email, 3) }, pendingSetup);
    expect(wrong.errors[0]).toMatchObject({
      message: WRONG_TOTP_CODE,
      extensions: { code: 'BAD_USER_INPUT', details: { field: 'code' } },
    });

    const code = codeFor(email);
    const response = await post(
      api.app,
      CONFIRM,
      { code: `${code.slice(0, 2)} ${code.slice(2, 4)} ${code.slice(4)}` },
      pendingSetup,
    );
    const confirmed = response.body.data.confirmTotpSetup;
    expect(confirmed).toMatchObject({
      secondFactor: null,
      me: { fullName: 'Priya Raman', grants: ['SECRETARIAT'], totpEnabled: true },
    });
    expect(confirmed.token).not.toBe(pendingSetup);
    expect(response.headers['set-cookie']?.[0]).toMatch(
      new RegExp(`^boards_session=${confirmed.token}; Path=/; Expires=.+; HttpOnly; SameSite=Lax$`),
    );
    expect((await gql(ME, {}, pendingSetup)).data.me).toBeNull();
    expect(await session(pendingSetup)).toMatchObject({ endReason: 'ROTATED' });
    expect(codeOf(await gql(STAFF_QUERY, {}, confirmed.token))).toBe('ok');
    expect((await gql(ME, {}, confirmed.token)).data.me).toEqual({
      fullName: 'Priya Raman',
      totpEnabled: true,
    });

    const stored = await totpColumns(email);
    expect(stored.totp_pending_secret).toBeNull();
    expect(stored.totp_enabled_at).toEqual(clock);
    expect(stored.last_step).toBe(totpStep(clock));
    expect(stored.totp_secret).toHaveLength(12 + 20 + 16);
    expect(stored.totp_secret?.includes(secret)).toBe(false);
    expect(stored.totp_secret?.toString('latin1')).not.toContain(setup.secret);
    const audit = await api.db.dataSource
      .getRepository(AuditEventEntity)
      .findBy({ action: 'account.totp.enable', objectId: stored.id });
    expect(audit.map((row) => [row.actorLabel, row.after])).toEqual([
      ['Priya Raman', { totpEnabled: true }],
    ]);
  });

  it('asks staff with an app for a code at every sign-in, and accepts each code once', async () => {
    const email = 'secretariat@example.org';
    const first = await login(email);
    expect(first).toMatchObject({ secondFactor: 'TOTP', me: null });
    expect((await gql(ME, {}, first.token)).data.me).toBeNull();
    expect(codeOf(await gql(STAFF_QUERY, {}, first.token))).toBe('UNAUTHENTICATED');
    // Owing a code, a session may not swap the app for another.
    expect(codeOf(await gql(BEGIN, {}, first.token))).toBe('FORBIDDEN');
    expect(codeOf(await gql(CONFIRM, { code: codeFor(email) }, first.token))).toBe('FORBIDDEN');

    // The code that confirmed the set-up, in the same 30 seconds: already used.
    const replayed = await gql(VERIFY, { code: codeFor(email) }, first.token);
    expect(replayed.errors[0]).toMatchObject({
      message: WRONG_TOTP_CODE,
      extensions: { code: 'BAD_USER_INPUT', details: { field: 'code' } },
    });
    expect(codeOf(await gql(VERIFY, { code: codeFor(email, -1) }, first.token))).toBe(
      'BAD_USER_INPUT',
    );

    advance(30);
    const malformed = await gql(VERIFY, { code: '12a456' }, first.token);
    expect(malformed.errors[0]).toMatchObject({
      message: ENTER_TOTP_CODE,
      extensions: { code: 'BAD_USER_INPUT', details: { field: 'code' } },
    });
    const code = codeFor(email);
    const response = await post(api.app, VERIFY, { code }, first.token);
    const verified = response.body.data.verifySecondFactor;
    expect(verified).toMatchObject({
      secondFactor: null,
      me: { fullName: 'Priya Raman', grants: ['SECRETARIAT'], totpEnabled: true },
    });
    expect(new Date(verified.expiresAt).getTime() - clock.getTime()).toBe(12 * 3_600_000);
    expect(response.headers['set-cookie']?.[0]).toMatch(
      new RegExp(`^boards_session=${verified.token}; Path=/; Expires=.+; HttpOnly; SameSite=Lax$`),
    );
    expect(codeOf(await gql(STAFF_QUERY, {}, verified.token))).toBe('ok');
    expect((await gql(ME, {}, first.token)).data.me).toBeNull();
    expect(await session(first.token)).toMatchObject({ endReason: 'ROTATED' });

    // The same code again, from another sign-in: refused.
    const second = await login(email);
    expect(codeOf(await gql(VERIFY, { code }, second.token))).toBe('BAD_USER_INPUT');
    // One step of clock drift ahead is accepted.
    expect(codeOf(await gql(VERIFY, { code: codeFor(email, 1) }, second.token))).toBe('ok');
  });

  it('throttles wrong codes like wrong passwords, and ends a pending session after 15 minutes', async () => {
    const email = 'secretariat@example.org';
    const { id } = await totpColumns(email);
    // Past the window of the wrong codes so far: five more are allowed.
    advance(15 * 60 + 1);
    const pending = await login(email);
    const wrongCodes = ['000000', '111111', '222222', '333333', '444444', '555555']
      .filter((code) => code !== codeFor(email))
      .slice(0, 5);
    for (const code of wrongCodes) {
      expect(codeOf(await gql(VERIFY, { code }, pending.token))).toBe('BAD_USER_INPUT');
    }
    const [{ n }] = await api.db.dataSource.query(
      `SELECT count(*)::int AS n FROM login_attempt
        WHERE email_key = $1 AND NOT succeeded AND attempted_at = $2`,
      [`totp:${id}`, clock],
    );
    expect(n).toBe(5);
    const refused = await gql(VERIFY, { code: codeFor(email) }, pending.token);
    expect(codeOf(refused)).toBe('TOO_MANY_REQUESTS');

    advance(15 * 60 + 1);
    expect(codeOf(await gql(VERIFY, { code: codeFor(email) }, pending.token))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await session(pending.token)).toMatchObject({ endReason: 'EXPIRED' });

    const again = await login(email);
    expect(codeOf(await gql(VERIFY, { code: codeFor(email) }, again.token))).toBe('ok');
  });

  it('refuses to turn the app off for staff while they must have one', async () => {
    const email = 'secretariat@example.org';
    advance(30);
    const pending = await login(email);
    const signedIn = (await gql(VERIFY, { code: codeFor(email) }, pending.token)).data
      .verifySecondFactor;
    const refused = await gql(DISABLE, { password: HARNESS_PASSWORD }, signedIn.token);
    expect(refused.errors[0]).toMatchObject({
      message:
        'Secretariat and admin accounts must sign in with an authenticator app, so it cannot be turned off',
      extensions: { code: 'FORBIDDEN' },
    });
    expect((await totpColumns(email)).totp_enabled_at).not.toBeNull();
  });

  it('lets a member turn an app on (ending other sessions) and off again with the password', async () => {
    const email = 'chair@example.org';
    const other = (await login(email)).token;
    const signedIn = await login(email);
    expect(signedIn.secondFactor).toBeNull();
    const enabled = await setUpApp(email, signedIn.token);
    expect(enabled).toMatchObject({ secondFactor: null, me: { totpEnabled: true } });
    expect(await session(signedIn.token)).toMatchObject({ endReason: 'ROTATED' });
    expect(await session(other)).toMatchObject({ endReason: 'SECOND_FACTOR_CHANGED' });

    advance(30);
    const pending = await login(email);
    expect(pending.secondFactor).toBe('TOTP');
    const token = (await gql(VERIFY, { code: codeFor(email) }, pending.token)).data
      .verifySecondFactor.token;

    const wrong = await gql(DISABLE, { password: 'not my password' }, token);
    expect(wrong.errors[0]).toMatchObject({
      message: 'The password is not correct',
      extensions: { code: 'BAD_USER_INPUT', details: { field: 'password' } },
    });
    expect((await gql(DISABLE, { password: HARNESS_PASSWORD }, token)).data.disableTotp).toBe(true);
    expect((await gql(DISABLE, { password: HARNESS_PASSWORD }, token)).data.disableTotp).toBe(
      false,
    );
    expect((await gql(ME, {}, token)).data.me.totpEnabled).toBe(false);
    const columns = await totpColumns(email);
    expect(columns).toMatchObject({ totp_secret: null, totp_enabled_at: null, last_step: null });
    expect(await login(email)).toMatchObject({ secondFactor: null, me: { totpEnabled: false } });
    const audit = await api.db.dataSource
      .getRepository(AuditEventEntity)
      .countBy({ action: 'account.totp.disable', objectId: columns.id });
    expect(audit).toBe(1);
  });

  it('asks someone made staff while signed in without an app to set one up', async () => {
    const email = 'evidence@example.org';
    const { token } = await login(email);
    expect(codeOf(await gql(STAFF_QUERY, {}, token))).toBe('FORBIDDEN');
    await api.db.dataSource.query(
      `UPDATE account SET grants = '{SECRETARIAT}'
        WHERE person_id = (SELECT id FROM person WHERE email = $1)`,
      [email],
    );
    expect((await gql(ME, {}, token)).data.me).toBeNull();
    expect(codeOf(await gql(STAFF_QUERY, {}, token))).toBe('UNAUTHENTICATED');
    expect((await login(email)).secondFactor).toBe('TOTP_SETUP');
    expect(codeOf(await gql(BEGIN, {}, token))).toBe('ok');
  });

  it('lets staff without an app straight in when the requirement is off (demo mode)', async () => {
    // evidence@ holds SECRETARIAT since the test before, and has no app.
    const staff = await login('evidence@example.org', demo);
    expect(staff).toMatchObject({
      secondFactor: null,
      me: { fullName: 'Helen Marsh', grants: ['SECRETARIAT'], totpEnabled: false },
    });
    expect((await post(demo, STAFF_QUERY, {}, staff.token)).body.errors).toBeUndefined();
    // Who has an app is still asked for a code.
    expect((await login('secretariat@example.org', demo)).secondFactor).toBe('TOTP');
  });

  it('signs a pending session out', async () => {
    const pending = await login('secretariat@example.org');
    expect((await gql('mutation { logout }', {}, pending.token)).data.logout).toBe(true);
    expect(await session(pending.token)).toMatchObject({ endReason: 'LOGOUT' });
  });
});
