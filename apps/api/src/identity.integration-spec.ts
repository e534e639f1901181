import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { AuditEventEntity, seedDemoData, SessionEntity } from '@boards/api/database';
import { createTestDatabase, type TestDatabase } from '@boards/api/database/testing';
import { hashPassword, hashSessionToken } from '@boards/api/identity';
import { createApp } from './app/create-app';
import { loadApiConfig } from './config/env';

const PASSWORD = 'correct horse battery staple';
const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt secondFactor me { fullName grants } }
}`;

describe('sign-in over HTTP (real PostgreSQL)', () => {
  let db: TestDatabase;
  let app: INestApplication;

  const graphql = (
    query: string,
    variables: Record<string, unknown> = {},
    headers: Record<string, string> = {},
  ) =>
    request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set(headers)
      .send({ query, variables });
  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    graphql(LOGIN, { email, password }, headers);
  const me = (token: string) =>
    graphql('{ me { fullName } }', {}, { authorization: `Bearer ${token}` });
  const sessionRow = (token: string) =>
    db.dataSource
      .getRepository(SessionEntity)
      .findOneByOrFail({ tokenHash: hashSessionToken(token) });

  beforeAll(async () => {
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { demoPasswordHash: await hashPassword(PASSWORD) });
    const config = loadApiConfig({
      DATABASE_URL: db.url,
      NODE_ENV: 'test',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
    });
    app = await createApp(config);
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  it('signs in with the right password and knows who you are, by bearer token or cookie', async () => {
    const response = await login('Chair@Example.org ', PASSWORD).expect(200);
    const { token, me: who, secondFactor } = response.body.data.login;
    expect(who).toEqual({ fullName: 'Daniel Osei', grants: [] });
    expect(secondFactor).toBeNull();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const cookie = response.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^boards_session=.+; Path=\/; Expires=.+; HttpOnly; SameSite=Lax$/);
    expect((await me(token)).body.data.me).toEqual({ fullName: 'Daniel Osei' });
    const byCookie = await graphql(
      '{ me { fullName } }',
      {},
      { cookie: cookie.split(';')[0] ?? '' },
    );
    expect(byCookie.body.data.me).toEqual({ fullName: 'Daniel Osei' });
  });

  it('signs staff only part of the way in while they owe a second factor (me is null)', async () => {
    const response = await login('secretariat@example.org', PASSWORD).expect(200);
    const { token, me: who, secondFactor } = response.body.data.login;
    expect(who).toBeNull();
    expect(secondFactor).toBe('TOTP_SETUP');
    expect((await me(token)).body.data.me).toBeNull();
    expect(await sessionRow(token)).toMatchObject({ pendingStep: 'TOTP_SETUP', endedAt: null });
  });

  it('stores only a digest of the token', async () => {
    const { token } = (await login('chair@example.org', PASSWORD)).body.data.login;
    const row = await sessionRow(token);
    expect(row.tokenHash).toHaveLength(32);
    const [{ found }] = await db.dataSource.query(
      `SELECT count(*)::int AS found FROM session WHERE token_hash::text LIKE '%' || $1 || '%'`,
      [token],
    );
    expect(found).toBe(0);
  });

  it('answers a wrong password and an unknown email the same way', async () => {
    const wrong = await login('evidence@example.org', 'not the password');
    const unknown = await login('nobody@example.org', 'not the password');
    for (const response of [wrong, unknown]) {
      expect(response.status).toBe(200);
      expect(response.body.data).toBeNull();
      expect(response.body.errors[0]).toMatchObject({
        message: 'Enter a correct email address and password',
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
  });

  it('refuses further attempts once an address has failed too often, even with the right password', async () => {
    for (let i = 0; i < 3; i += 1) await login('member@example.org', `wrong ${i}`);
    const response = await login('member@example.org', PASSWORD);
    expect(response.body.errors[0].extensions.code).toBe('TOO_MANY_REQUESTS');
  });

  it('counts aliased login mutations one by one, and stops at the first failure', async () => {
    const attempts = () =>
      db.dataSource.query(
        `SELECT count(*)::int AS n FROM login_attempt WHERE email_key = 'chair@example.org'`,
      );
    const [{ n: before }] = await attempts();
    const aliases = Array.from(
      { length: 4 },
      (_, i) => `a${i}: login(email: "chair@example.org", password: "wrong ${i}") { token }`,
    );
    const response = await graphql(`mutation { ${aliases.join(' ')} }`);
    // Mutations run one after another; the first failure nulls the result and ends the request.
    expect(response.body.data).toBeNull();
    expect(
      response.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code),
    ).toEqual(['UNAUTHENTICATED']);
    const [{ n: after }] = await attempts();
    expect(after).toBe(before + 1);
  });

  it('ends the old session when the same client signs in again (rotation)', async () => {
    const first = (await login('evidence@example.org', PASSWORD)).body.data.login.token;
    const second = (
      await login('evidence@example.org', PASSWORD, { authorization: `Bearer ${first}` })
    ).body.data.login.token;
    expect(second).not.toBe(first);
    expect((await me(first)).body.data.me).toBeNull();
    expect((await me(second)).body.data.me).toEqual({ fullName: 'Helen Marsh' });
    expect(await sessionRow(first)).toMatchObject({ endReason: 'ROTATED' });
  });

  it('ends the session on the server at logout, so the token no longer works', async () => {
    const { token } = (await login('chair@example.org', PASSWORD)).body.data.login;
    expect((await me(token)).body.data.me).toEqual({ fullName: 'Daniel Osei' });
    const out = await graphql('mutation { logout }', {}, { authorization: `Bearer ${token}` });
    expect(out.body.data.logout).toBe(true);
    expect((await me(token)).body.data.me).toBeNull();
    expect(await sessionRow(token)).toMatchObject({ endReason: 'LOGOUT' });
  });

  it.each([
    ['idle for longer than 30 minutes', `last_seen_at = now() - interval '31 minutes'`, 'IDLE'],
    ['past its absolute end', `expires_at = now() - interval '1 second'`, 'EXPIRED'],
  ])('ends a session %s', async (_label, change, reason) => {
    const { token } = (await login('chair@example.org', PASSWORD)).body.data.login;
    await db.dataSource.query(`UPDATE session SET ${change} WHERE token_hash = $1`, [
      hashSessionToken(token),
    ]);
    expect((await me(token)).body.data.me).toBeNull();
    expect(await sessionRow(token)).toMatchObject({ endReason: reason });
  });

  it('ends the sessions of a disabled account at once', async () => {
    const { token } = (await login('evidence@example.org', PASSWORD)).body.data.login;
    expect((await me(token)).body.data.me).toEqual({ fullName: 'Helen Marsh' });
    await db.dataSource.query(
      `UPDATE account SET disabled_at = now() WHERE id = (SELECT account_id FROM session WHERE token_hash = $1)`,
      [hashSessionToken(token)],
    );
    expect((await me(token)).body.data.me).toBeNull();
    expect(await sessionRow(token)).toMatchObject({ endReason: 'ACCOUNT_DISABLED' });
    const again = await login('evidence@example.org', PASSWORD);
    expect(again.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('audits every sign-in and sign-out in the same transaction', async () => {
    const audit = db.dataSource.getRepository(AuditEventEntity);
    const before = await audit.countBy({ objectType: 'Session' });
    const { token } = (await login('chair@example.org', PASSWORD)).body.data.login;
    await graphql('mutation { logout }', {}, { authorization: `Bearer ${token}` });
    const rows = await audit.find({
      where: { objectType: 'Session' },
      order: { id: 'DESC' },
      take: 2,
    });
    expect(await audit.countBy({ objectType: 'Session' })).toBe(before + 2);
    expect(rows.map((r) => [r.action, r.actorLabel])).toEqual([
      ['session.end', 'Daniel Osei'],
      ['session.start', 'Daniel Osei'],
    ]);
  });

  it.each([
    ['an oversized email', 'x'.repeat(400) + '@example.org', PASSWORD],
    ['an oversized password', 'chair@example.org', 'x'.repeat(5000)],
    ['unicode', 'zoë@exämple.org', 'pässwörd ✓ 🙂'],
    ['an empty email', '', PASSWORD],
  ])('answers %s with a typed error, never a 500', async (_label, email, password) => {
    const response = await login(email, password);
    expect(response.status).toBe(200);
    expect(['BAD_USER_INPUT', 'UNAUTHENTICATED']).toContain(
      response.body.errors[0].extensions.code,
    );
  });

  it('refuses a missing argument as BAD_USER_INPUT', async () => {
    const response = await graphql('mutation { login(email: "chair@example.org") { token } }');
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('treats a malformed or unknown token as signed out', async () => {
    expect((await me('not-a-token')).body.data.me).toBeNull();
    expect((await me('A'.repeat(43))).body.data.me).toBeNull();
  });
});
