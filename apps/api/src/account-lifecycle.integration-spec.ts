import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import {
  AccountEntity,
  OutboxMessageEntity,
  PersonEntity,
  seedDemoData,
  SessionEntity,
} from '@boards/api/database';
import { buildPerson, createTestDatabase, type TestDatabase } from '@boards/api/database/testing';
import type { SignedInViewer } from '@boards/api/graphql';
import {
  hashPassword,
  hashSessionToken,
  InvitationsService,
  PasswordsService,
} from '@boards/api/identity';
import { OutboxSender } from '@boards/api/notifications';
import { createApp } from './app/create-app';
import { loadApiConfig } from './config/env';

const PASSWORD = 'correct horse battery staple';
const NEW_PASSWORD = 'a brand new passphrase 2026';
const ORIGIN = 'https://boards.example.org';
const LINK_TOKEN = '([A-Za-z0-9_-]{43})';

const INVITE = `mutation ($personId: ID!) {
  invitePerson(personId: $personId) {
    id personId fullName email sentAt expiresAt acceptedAt status
  }
}`;
const ACCEPT = `mutation ($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) { token expiresAt me { fullName grants } }
}`;
const STATUS = `query ($token: String!, $purpose: AccountTokenPurpose!) {
  accountTokenStatus(token: $token, purpose: $purpose)
}`;
const INVITATIONS = `query ($status: InvitationStatus) {
  invitations(status: $status) { id personId fullName status acceptedAt }
}`;
const REVOKE = `mutation ($id: ID!) { revokeInvitation(id: $id) { id status } }`;
const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation ($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password)
}`;
const CHANGE = `mutation ($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}`;
const DISABLE = `mutation ($personId: ID!, $disabled: Boolean!) {
  setAccountDisabled(personId: $personId, disabled: $disabled)
}`;
const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { token }
}`;

interface Call {
  token?: string;
  /** The client's address, as the web server forwards it (X-Forwarded-For from loopback). */
  ip?: string;
}

describe('account lifecycle over HTTP (real PostgreSQL)', () => {
  let db: TestDatabase;
  let app: INestApplication;
  let mailDir: string;
  let staff: string;
  /** Every token the tests see; none may appear in the audit trail or in the logs. */
  const secrets = new Set<string>();
  let logged = '';
  const restores: (() => void)[] = [];

  const graphql = (query: string, variables: Record<string, unknown> = {}, call: Call = {}) =>
    request(app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set(call.token ? { authorization: `Bearer ${call.token}` } : {})
      .set('x-forwarded-for', call.ip ?? '198.51.100.1')
      .send({ query, variables });

  const login = async (email: string, password: string) => {
    const response = await graphql(LOGIN, { email, password }, { ip: '198.51.100.200' });
    const token = response.body.data?.login?.token as string | undefined;
    if (token) secrets.add(token);
    return { token, response };
  };
  const signIn = async (email: string, password = PASSWORD) => {
    const { token, response } = await login(email, password);
    if (!token) throw new Error(`Could not sign in ${email}: ${JSON.stringify(response.body)}`);
    return token;
  };
  const whoIs = async (token: string) =>
    (await graphql('{ me { fullName } }', {}, { token })).body.data.me?.fullName ?? null;
  const errorOf = (response: request.Response) => response.body.errors?.[0];

  const newPerson = async (overrides: Partial<PersonEntity> = {}) =>
    db.dataSource.getRepository(PersonEntity).save(buildPerson(overrides) as PersonEntity);
  const personIdOf = async (email: string) =>
    (await db.dataSource.getRepository(PersonEntity).findOneByOrFail({ email })).id;
  const accountOf = (personId: string) =>
    db.dataSource.getRepository(AccountEntity).findOneBy({ personId });
  const viewerFor = async (email: string): Promise<SignedInViewer> => {
    const person = await db.dataSource.getRepository(PersonEntity).findOneByOrFail({ email });
    const account = await db.dataSource
      .getRepository(AccountEntity)
      .findOneByOrFail({ personId: person.id });
    return {
      kind: 'ACCOUNT',
      accountId: account.id,
      personId: person.id,
      fullName: person.fullName,
      grants: account.grants,
      sessionId: '00000000-0000-0000-0000-000000000000',
    };
  };

  const mailTo = (to: string) =>
    db.dataSource
      .getRepository(OutboxMessageEntity)
      .find({ where: { toAddress: to }, order: { createdAt: 'ASC', id: 'ASC' } });
  /** The token in the link of the latest email to `to` that links to `page`. */
  const linkToken = async (to: string, page: 'accept-invitation' | 'reset-password') => {
    const messages = await mailTo(to);
    const pattern = new RegExp(`^${ORIGIN}/${page}\\?token=${LINK_TOKEN}$`, 'm');
    const tokens = messages.map((m) => pattern.exec(m.bodyText)?.[1]).filter(Boolean);
    const token = tokens[tokens.length - 1];
    if (!token) throw new Error(`No ${page} link in the emails to ${to}`);
    secrets.add(token);
    return token;
  };
  const invite = async (personId: string) => {
    const response = await graphql(INVITE, { personId }, { token: staff });
    expect(response.body.errors).toBeUndefined();
    return response.body.data.invitePerson;
  };
  const tokenStatus = async (token: string, purpose: 'INVITATION' | 'PASSWORD_RESET') =>
    (await graphql(STATUS, { token, purpose })).body.data.accountTokenStatus;

  beforeAll(async () => {
    for (const stream of [process.stdout, process.stderr]) {
      const write = stream.write.bind(stream);
      stream.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
        logged += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
        return write(chunk, ...rest);
      }) as typeof stream.write;
      restores.push(() => {
        stream.write = write;
      });
    }
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      const original = console[method];
      console[method] = (...args: unknown[]) => {
        logged += `${format(...args)}\n`;
        original(...args);
      };
      restores.push(() => {
        console[method] = original;
      });
    }
    mailDir = await mkdtemp(path.join(tmpdir(), 'boards-lifecycle-mail-'));
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { demoPasswordHash: await hashPassword(PASSWORD) });
    app = await createApp(
      loadApiConfig({
        DATABASE_URL: db.url,
        NODE_ENV: 'test',
        DEMO_MODE: 'true',
        REQUIRE_STAFF_TOTP: 'false',
        LOGIN_MAX_FAILURES_PER_ADDRESS: '100000',
        WEB_ORIGIN: `${ORIGIN}/`,
        MAIL_DIR: mailDir,
        PASSWORD_RESET_MAX_PER_EMAIL: '3',
        PASSWORD_RESET_MAX_PER_ADDRESS: '10',
      }),
    );
    await app.init();
    staff = await signIn('secretariat@example.org');
  });

  afterAll(async () => {
    await app?.close();
    await db?.drop();
    await rm(mailDir, { recursive: true, force: true });
    for (const restore of restores) restore();
  });

  describe('invitations', () => {
    it('invites a person by email; the link sets a password and signs them in', async () => {
      const person = await newPerson({ fullName: 'Zoë Okafor', email: 'Zoe.Okafor@example.org' });
      expect(await accountOf(person.id)).toBeNull();

      const invitation = await invite(person.id);
      expect(invitation).toMatchObject({
        personId: person.id,
        fullName: 'Zoë Okafor',
        email: 'Zoe.Okafor@example.org',
        acceptedAt: null,
        status: 'PENDING',
      });
      const week = Date.parse(invitation.expiresAt) - Date.parse(invitation.sentAt);
      expect(week).toBe(7 * 24 * 3_600_000);
      expect(await accountOf(person.id)).toMatchObject({ passwordHash: null, disabledAt: null });

      const [message] = await mailTo('Zoe.Okafor@example.org');
      expect(message).toMatchObject({
        kind: 'account.invitation',
        subject: 'You have been invited to the Boards portal',
        sentAt: null,
      });
      expect(message?.bodyText).toContain('Dear Zoë Okafor,');
      const token = await linkToken('Zoe.Okafor@example.org', 'accept-invitation');
      expect(await tokenStatus(token, 'INVITATION')).toBe('VALID');
      expect(await tokenStatus(token, 'PASSWORD_RESET')).toBe('INVALID');

      // The outbox sender delivers it as an .eml file with the same working link.
      await app.get(OutboxSender).deliverPending(new Date());
      const files = (await readdir(mailDir)).filter((f) => f.endsWith(`-${message?.id}.eml`));
      expect(files).toHaveLength(1);
      const eml = await readFile(path.join(mailDir, files[0] ?? ''), 'utf8');
      expect(eml).toMatch(/^To: Zoe\.Okafor@example\.org\r$/m);
      const unfolded = eml.replace(/=\r\n/g, '').replace(/=3D/g, '=');
      expect(unfolded).toContain(`${ORIGIN}/accept-invitation?token=${token}`);

      const accepted = await graphql(ACCEPT, { token, password: PASSWORD });
      expect(accepted.body.errors).toBeUndefined();
      const session = accepted.body.data.acceptInvitation;
      secrets.add(session.token);
      expect(session.me).toEqual({ fullName: 'Zoë Okafor', grants: [] });
      expect(accepted.headers['set-cookie']?.[0]).toMatch(/^boards_session=.+; HttpOnly/);
      expect(await whoIs(session.token)).toBe('Zoë Okafor');

      expect(await tokenStatus(token, 'INVITATION')).toBe('INVALID');
      const listed = (await graphql(INVITATIONS, { status: 'ACCEPTED' }, { token: staff })).body
        .data.invitations;
      expect(listed).toContainEqual(
        expect.objectContaining({ id: invitation.id, status: 'ACCEPTED' }),
      );
      expect(await whoIs(await signIn('zoe.okafor@example.org', PASSWORD))).toBe('Zoë Okafor');
      expect(
        errorOf(await graphql(INVITE, { personId: person.id }, { token: staff })),
      ).toMatchObject({
        message: 'This person already has an account',
        extensions: { code: 'CONFLICT' },
      });
    });

    it('lets a link be used once only, even by two requests at the same moment', async () => {
      const person = await newPerson();
      await invite(person.id);
      const token = await linkToken(person.email ?? '', 'accept-invitation');
      const responses = await Promise.all([
        graphql(ACCEPT, { token, password: PASSWORD }),
        graphql(ACCEPT, { token, password: NEW_PASSWORD }),
      ]);
      const outcomes = responses.map((r) => errorOf(r)?.extensions?.code ?? 'ok').sort();
      expect(outcomes).toEqual(['BAD_USER_INPUT', 'ok']);
      for (const r of responses)
        if (r.body.data?.acceptInvitation) secrets.add(r.body.data.acceptInvitation.token);

      const again = await graphql(ACCEPT, { token, password: PASSWORD });
      expect(errorOf(again)).toMatchObject({
        message: 'This link has expired or has already been used',
        extensions: { code: 'BAD_USER_INPUT', details: { field: 'token' } },
      });
    });

    it('refuses an expired link, and lists it as expired (fixed clock)', async () => {
      const sentAt = new Date('2026-03-02T09:00:00Z');
      const invitations = app.get(InvitationsService);
      const person = await newPerson();
      const invitation = await invitations.invite(
        await viewerFor('secretariat@example.org'),
        person.id,
        sentAt,
      );
      expect(invitation.expiresAt).toEqual(new Date('2026-03-09T09:00:00Z'));
      const token = await linkToken(person.email ?? '', 'accept-invitation');

      await expect(
        invitations.accept({ token, password: PASSWORD }, new Date('2026-03-09T09:00:00Z')),
      ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'token' } });
      expect(
        (await invitations.list('EXPIRED', new Date('2026-03-09T09:00:00Z'))).map((i) => i.id),
      ).toContain(invitation.id);
      expect(
        (await invitations.list('PENDING', new Date('2026-03-09T08:59:59Z'))).map((i) => i.id),
      ).toContain(invitation.id);
      // Over HTTP, today, the link is long expired.
      expect(await tokenStatus(token, 'INVITATION')).toBe('INVALID');
      expect(errorOf(await graphql(ACCEPT, { token, password: PASSWORD }))).toMatchObject({
        message: 'This link has expired or has already been used',
      });
      // A minute before its end it still works.
      const session = await invitations.accept(
        { token, password: PASSWORD },
        new Date('2026-03-09T08:59:00Z'),
      );
      secrets.add(session.token);
      expect(session.viewer).toMatchObject({ personId: person.id });
    });

    it('stops a revoked link, and a newer invitation replaces the older one', async () => {
      const person = await newPerson();
      const first = await invite(person.id);
      const firstToken = await linkToken(person.email ?? '', 'accept-invitation');
      const second = await invite(person.id);
      const secondToken = await linkToken(person.email ?? '', 'accept-invitation');
      expect(secondToken).not.toBe(firstToken);
      expect(await tokenStatus(firstToken, 'INVITATION')).toBe('INVALID');
      expect(await tokenStatus(secondToken, 'INVITATION')).toBe('VALID');

      const revoked = await graphql(REVOKE, { id: second.id }, { token: staff });
      expect(revoked.body.data.revokeInvitation).toEqual({ id: second.id, status: 'REVOKED' });
      expect(await tokenStatus(secondToken, 'INVITATION')).toBe('INVALID');
      expect(
        errorOf(await graphql(ACCEPT, { token: secondToken, password: PASSWORD })),
      ).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', details: { field: 'token' } } });

      const listed = (await graphql(INVITATIONS, { status: 'REVOKED' }, { token: staff })).body.data
        .invitations as { id: string }[];
      const ids = listed.map((i) => i.id);
      expect(ids).toEqual(expect.arrayContaining([first.id, second.id]));
      expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first.id));
      const all = (await graphql(INVITATIONS, {}, { token: staff })).body.data.invitations;
      expect(all.length).toBeGreaterThan(listed.length);
      expect(errorOf(await graphql(REVOKE, { id: 'not-an-id' }, { token: staff }))).toMatchObject({
        extensions: { code: 'NOT_FOUND' },
      });
    });

    it.each([
      ['too short', 'short', 'Password must be 8 characters or more'],
      [
        'common',
        'password',
        'Password is too easy to guess. Choose a password that is not commonly used',
      ],
      ['too long', 'x'.repeat(129), 'Password must be 128 characters or fewer'],
      ['huge', 'x'.repeat(200_000), 'Password must be 128 characters or fewer'],
      [
        'personal',
        'i am rowan the reviewer',
        'Password must not include your name or email address',
      ],
    ])(
      'refuses a %s password on field password, and keeps the link usable',
      async (_l, password, message) => {
        const person = await newPerson({ fullName: 'Rowan Ashdown' });
        await invite(person.id);
        const token = await linkToken(person.email ?? '', 'accept-invitation');
        const response = await graphql(ACCEPT, { token, password });
        expect(response.body.data).toBeNull();
        expect(errorOf(response)).toMatchObject({
          message,
          extensions: { code: 'BAD_USER_INPUT', details: { field: 'password' } },
        });
        expect(await tokenStatus(token, 'INVITATION')).toBe('VALID');
        expect((await accountOf(person.id))?.passwordHash).toBeNull();
      },
    );

    it('refuses a person without an email address, and people unknown', async () => {
      const person = await newPerson({ email: null });
      expect(
        errorOf(await graphql(INVITE, { personId: person.id }, { token: staff })),
      ).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', details: { field: 'personId' } },
      });
      expect(await accountOf(person.id)).toBeNull();
      for (const personId of ['00000000-0000-0000-0000-000000000000', 'nonsense']) {
        expect(errorOf(await graphql(INVITE, { personId }, { token: staff }))).toMatchObject({
          extensions: { code: 'NOT_FOUND' },
        });
      }
    });

    it.each([
      ['invitePerson', INVITE, { personId: '00000000-0000-0000-0000-000000000000' }],
      ['invitations', INVITATIONS, {}],
      ['revokeInvitation', REVOKE, { id: '00000000-0000-0000-0000-000000000000' }],
      [
        'setAccountDisabled',
        DISABLE,
        { personId: '00000000-0000-0000-0000-000000000000', disabled: true },
      ],
    ])(
      'keeps %s to staff: FORBIDDEN for a member, UNAUTHENTICATED signed out',
      async (_n, query, variables) => {
        const member = await signIn('member@example.org');
        expect(errorOf(await graphql(query, variables, { token: member }))?.extensions.code).toBe(
          'FORBIDDEN',
        );
        expect(errorOf(await graphql(query, variables))?.extensions.code).toBe('UNAUTHENTICATED');
      },
    );
  });

  describe('password reset', () => {
    it('answers the same for an unknown and a known address, and emails only the known', async () => {
      const known = await graphql(
        REQUEST_RESET,
        { email: ' Evidence@Example.org' },
        { ip: '203.0.113.10' },
      );
      const unknown = await graphql(
        REQUEST_RESET,
        { email: 'nobody@example.org' },
        { ip: '203.0.113.10' },
      );
      expect(known.status).toBe(unknown.status);
      expect(known.body).toEqual({ data: { requestPasswordReset: true } });
      expect(unknown.body).toEqual(known.body);
      expect(await mailTo('nobody@example.org')).toHaveLength(0);
      const [message] = await mailTo('evidence@example.org');
      expect(message).toMatchObject({
        kind: 'account.password-reset',
        subject: 'Reset your Boards portal password',
      });
      await linkToken('evidence@example.org', 'reset-password');
    });

    it('sends nothing for an account without a password or a disabled one', async () => {
      const invited = await newPerson();
      await invite(invited.id);
      const disabled = await newPerson();
      await invite(disabled.id);
      const disabledToken = await linkToken(disabled.email ?? '', 'accept-invitation');
      secrets.add(
        (await graphql(ACCEPT, { token: disabledToken, password: PASSWORD })).body.data
          .acceptInvitation.token,
      );
      await graphql(DISABLE, { personId: disabled.id, disabled: true }, { token: staff });

      for (const email of [invited.email ?? '', disabled.email ?? '']) {
        const before = (await mailTo(email)).length;
        const response = await graphql(REQUEST_RESET, { email }, { ip: '203.0.113.11' });
        expect(response.body).toEqual({ data: { requestPasswordReset: true } });
        expect(await mailTo(email)).toHaveLength(before);
      }
    });

    it('ends every session of the account, and the old password stops working', async () => {
      const person = await newPerson();
      await invite(person.id);
      const email = person.email ?? '';
      secrets.add(
        (
          await graphql(ACCEPT, {
            token: await linkToken(email, 'accept-invitation'),
            password: PASSWORD,
          })
        ).body.data.acceptInvitation.token,
      );
      const laptop = await signIn(email);
      const phone = await signIn(email);

      await graphql(REQUEST_RESET, { email }, { ip: '203.0.113.12' });
      const token = await linkToken(email, 'reset-password');
      expect(await tokenStatus(token, 'PASSWORD_RESET')).toBe('VALID');
      const response = await graphql(RESET, { token, password: NEW_PASSWORD });
      expect(response.body).toEqual({ data: { resetPassword: true } });

      for (const old of [laptop, phone]) {
        expect(await whoIs(old)).toBeNull();
        const row = await db.dataSource
          .getRepository(SessionEntity)
          .findOneByOrFail({ tokenHash: hashSessionToken(old) });
        expect(row.endReason).toBe('PASSWORD_RESET');
      }
      expect((await login(email, PASSWORD)).response.body.errors[0].extensions.code).toBe(
        'UNAUTHENTICATED',
      );
      expect(await whoIs(await signIn(email, NEW_PASSWORD))).toBe(person.fullName);

      const again = await graphql(RESET, { token, password: 'yet another passphrase' });
      expect(errorOf(again)).toMatchObject({
        message: 'This link has expired or has already been used',
        extensions: { code: 'BAD_USER_INPUT', details: { field: 'token' } },
      });
    });

    it('refuses a weak new password with field details, and keeps the link', async () => {
      await graphql(REQUEST_RESET, { email: 'chair@example.org' }, { ip: '203.0.113.13' });
      const token = await linkToken('chair@example.org', 'reset-password');
      const response = await graphql(RESET, { token, password: 'password' });
      expect(errorOf(response)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', details: { field: 'password' } },
      });
      expect(await tokenStatus(token, 'PASSWORD_RESET')).toBe('VALID');
    });

    it('expires reset links after an hour and keeps only the newest (fixed clock)', async () => {
      const passwords = app.get(PasswordsService);
      const t0 = new Date('2026-04-01T12:00:00Z');
      const email = 'kayla.brooks@example.org';
      const person = await db.dataSource.getRepository(PersonEntity).findOneByOrFail({ email });
      await app
        .get(InvitationsService)
        .invite(await viewerFor('secretariat@example.org'), person.id, t0);
      await app
        .get(InvitationsService)
        .accept({ token: await linkToken(email, 'accept-invitation'), password: PASSWORD }, t0);

      await passwords.requestReset({ email, address: '192.0.2.1' }, t0);
      const older = await linkToken(email, 'reset-password');
      await passwords.requestReset(
        { email, address: '192.0.2.1' },
        new Date('2026-04-01T12:01:00Z'),
      );
      const newer = await linkToken(email, 'reset-password');
      await expect(
        passwords.resetPassword(
          { token: older, password: NEW_PASSWORD },
          new Date('2026-04-01T12:02:00Z'),
        ),
      ).rejects.toMatchObject({ details: { field: 'token' } });
      await expect(
        passwords.resetPassword(
          { token: newer, password: NEW_PASSWORD },
          new Date('2026-04-01T13:01:00Z'),
        ),
      ).rejects.toMatchObject({ details: { field: 'token' } });
      await expect(
        passwords.resetPassword(
          { token: newer, password: NEW_PASSWORD },
          new Date('2026-04-01T13:00:59Z'),
        ),
      ).resolves.toBe(true);
    });

    it('throttles requests per email address, known or not, and per client address', async () => {
      for (const email of ['member@example.org', 'no-such-person@example.org']) {
        const codes: string[] = [];
        for (let i = 0; i < 4; i += 1) {
          const response = await graphql(REQUEST_RESET, { email }, { ip: `203.0.113.${20 + i}` });
          codes.push(errorOf(response)?.extensions.code ?? 'ok');
        }
        expect(codes).toEqual(['ok', 'ok', 'ok', 'TOO_MANY_REQUESTS']);
      }
      expect((await mailTo('member@example.org')).length).toBe(3);

      const codes: string[] = [];
      for (let i = 0; i < 11; i += 1) {
        const response = await graphql(
          REQUEST_RESET,
          { email: `someone${i}@example.org` },
          { ip: '203.0.113.99' },
        );
        codes.push(errorOf(response)?.extensions.code ?? 'ok');
      }
      expect(codes.slice(0, 10)).toEqual(Array(10).fill('ok'));
      expect(codes[10]).toBe('TOO_MANY_REQUESTS');
    });

    it.each([
      ['not an email address', 'not-an-email'],
      ['an oversized address', `${'x'.repeat(400)}@example.org`],
      ['an empty address', '  '],
    ])('refuses %s as BAD_USER_INPUT on field email', async (_label, email) => {
      const response = await graphql(REQUEST_RESET, { email }, { ip: '203.0.113.50' });
      expect(errorOf(response)).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', details: { field: 'email' } },
      });
    });

    it.each([
      ['malformed', 'abc'],
      ['unknown', 'A'.repeat(43)],
      ['huge', 'A'.repeat(100_000)],
    ])('answers a %s token INVALID, and refuses it as a reset link', async (_label, token) => {
      expect(await tokenStatus(token, 'PASSWORD_RESET')).toBe('INVALID');
      expect(errorOf(await graphql(RESET, { token, password: NEW_PASSWORD }))).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', details: { field: 'token' } },
      });
    });
  });

  describe('changing a password', () => {
    it('needs the current password, applies the policy, and ends the other sessions', async () => {
      const person = await newPerson({ fullName: 'Morgan Fairweather' });
      const email = person.email ?? '';
      await invite(person.id);
      const first = (
        await graphql(ACCEPT, {
          token: await linkToken(email, 'accept-invitation'),
          password: PASSWORD,
        })
      ).body.data.acceptInvitation.token;
      secrets.add(first);
      const other = await signIn(email);

      const wrong = await graphql(
        CHANGE,
        { currentPassword: 'not my password', newPassword: NEW_PASSWORD },
        { token: first },
      );
      expect(errorOf(wrong)).toMatchObject({
        message: 'Your current password is not correct',
        extensions: { code: 'BAD_USER_INPUT', details: { field: 'currentPassword' } },
      });
      const weak = await graphql(
        CHANGE,
        { currentPassword: PASSWORD, newPassword: 'morgan rules ok' },
        { token: first },
      );
      expect(errorOf(weak)).toMatchObject({
        message: 'Password must not include your name or email address',
        extensions: { code: 'BAD_USER_INPUT', details: { field: 'newPassword' } },
      });
      expect(await whoIs(other)).toBe('Morgan Fairweather');

      const changed = await graphql(
        CHANGE,
        { currentPassword: PASSWORD, newPassword: NEW_PASSWORD },
        { token: first },
      );
      expect(changed.body).toEqual({ data: { changePassword: true } });
      expect(await whoIs(first)).toBe('Morgan Fairweather');
      expect(await whoIs(other)).toBeNull();
      expect(
        (
          await db.dataSource
            .getRepository(SessionEntity)
            .findOneByOrFail({ tokenHash: hashSessionToken(other) })
        ).endReason,
      ).toBe('PASSWORD_CHANGED');
      expect(await whoIs(await signIn(email, NEW_PASSWORD))).toBe('Morgan Fairweather');
    });

    it('is only for the signed in', async () => {
      const response = await graphql(CHANGE, {
        currentPassword: PASSWORD,
        newPassword: NEW_PASSWORD,
      });
      expect(errorOf(response)?.extensions.code).toBe('UNAUTHENTICATED');
    });
  });

  describe('disabling accounts', () => {
    it('ends the sessions at once, stops open links, and can be undone', async () => {
      const memberId = await personIdOf('evidence@example.org');
      const session = await signIn('evidence@example.org');
      expect(await whoIs(session)).toBe('Helen Marsh');
      await graphql(REQUEST_RESET, { email: 'evidence@example.org' }, { ip: '203.0.113.60' });
      const resetToken = await linkToken('evidence@example.org', 'reset-password');

      const off = await graphql(DISABLE, { personId: memberId, disabled: true }, { token: staff });
      expect(off.body).toEqual({ data: { setAccountDisabled: true } });
      const ended = await db.dataSource
        .getRepository(SessionEntity)
        .findOneByOrFail({ tokenHash: hashSessionToken(session) });
      expect(ended).toMatchObject({ endedAt: expect.any(Date), endReason: 'ACCOUNT_DISABLED' });
      const me = await graphql('{ me { fullName } }', {}, { token: session });
      expect(me.body).toEqual({ data: { me: null } });
      expect(
        (
          await db.dataSource
            .getRepository(SessionEntity)
            .findOneByOrFail({ tokenHash: hashSessionToken(session) })
        ).endReason,
      ).toBe('ACCOUNT_DISABLED');
      expect(await tokenStatus(resetToken, 'PASSWORD_RESET')).toBe('INVALID');
      expect((await login('evidence@example.org', PASSWORD)).token).toBeUndefined();

      const on = await graphql(DISABLE, { personId: memberId, disabled: false }, { token: staff });
      expect(on.body).toEqual({ data: { setAccountDisabled: true } });
      expect(await tokenStatus(resetToken, 'PASSWORD_RESET')).toBe('INVALID');
      expect(await whoIs(await signIn('evidence@example.org'))).toBe('Helen Marsh');
    });

    it('refuses disabling your own account, an admin by the secretariat, and people without one', async () => {
      const self = await graphql(
        DISABLE,
        { personId: await personIdOf('secretariat@example.org'), disabled: true },
        { token: staff },
      );
      expect(errorOf(self)).toMatchObject({
        message: 'You cannot disable your own account',
        extensions: { code: 'BAD_USER_INPUT', details: { field: 'personId' } },
      });
      const admin = await graphql(
        DISABLE,
        { personId: await personIdOf('admin@example.org'), disabled: true },
        { token: staff },
      );
      expect(errorOf(admin)?.extensions.code).toBe('FORBIDDEN');
      const nobody = await graphql(
        DISABLE,
        { personId: (await newPerson()).id, disabled: true },
        { token: staff },
      );
      expect(errorOf(nobody)?.extensions.code).toBe('NOT_FOUND');
      expect(await whoIs(staff)).toBe('Priya Raman');
    });
  });

  describe('the outbox sender inside the API', () => {
    it('sends on its interval while the app runs, and stops when the app closes', async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'boards-lifecycle-sender-'));
      const sending = await createApp(
        loadApiConfig({
          DATABASE_URL: db.url,
          NODE_ENV: 'test',
          DEMO_MODE: 'true',
          REQUIRE_STAFF_TOTP: 'false',
          MAIL_DIR: dir,
          OUTBOX_INTERVAL_SECONDS: '1',
        }),
      );
      const sentTo = async (email: string) => (await mailTo(email))[0]?.sentAt ?? null;
      try {
        await sending.init();
        const first = await newPerson();
        await invite(first.id);
        for (let i = 0; i < 50 && !(await sentTo(first.email ?? '')); i += 1) {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
        expect(await sentTo(first.email ?? '')).toEqual(expect.any(Date));
        const [message] = await mailTo(first.email ?? '');
        expect(await readdir(dir)).toContainEqual(expect.stringMatching(`-${message?.id}.eml$`));
      } finally {
        await sending.close();
      }
      const second = await newPerson();
      await invite(second.id);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(await sentTo(second.email ?? '')).toBeNull();
      await rm(dir, { recursive: true, force: true });
    });
  });

  describe('audit trail', () => {
    it('records each change with before and after, and never a token, in the trail or the logs', async () => {
      const rows = (await db.dataSource.query(
        `SELECT action, object_type, actor_label, before, after, row_to_json(audit_event)::text AS text
           FROM audit_event ORDER BY id`,
      )) as {
        action: string;
        object_type: string;
        actor_label: string;
        before: unknown;
        after: unknown;
        text: string;
      }[];
      const actions = new Set(rows.map((r) => r.action));
      for (const action of [
        'account.create',
        'invitation.send',
        'invitation.accept',
        'invitation.revoke',
        'password.reset.request',
        'password.reset',
        'password.change',
        'account.disable',
        'account.enable',
      ]) {
        expect(actions).toContain(action);
      }
      const disable = rows.find((r) => r.action === 'account.disable');
      expect(disable).toMatchObject({
        object_type: 'Account',
        actor_label: 'Priya Raman',
        before: { disabledAt: null },
        after: { disabledAt: expect.any(String), sessionsEnded: expect.any(Number) },
      });
      const revoke = rows.find((r) => r.action === 'invitation.revoke');
      expect(revoke).toMatchObject({ before: { status: 'PENDING' }, after: { status: 'REVOKED' } });

      expect(secrets.size).toBeGreaterThan(20);
      const trail = rows.map((r) => r.text).join('\n');
      const outbox = (await db.dataSource.query(`SELECT last_error FROM outbox_message`)) as {
        last_error: string | null;
      }[];
      for (const secret of secrets) {
        expect(trail).not.toContain(secret);
        expect(logged).not.toContain(secret);
        expect(outbox.map((m) => m.last_error ?? '').join('\n')).not.toContain(secret);
      }
      const [{ found }] = await db.dataSource.query(
        `SELECT count(*)::int AS found FROM account_token WHERE octet_length(token_hash) <> 32`,
      );
      expect(found).toBe(0);
    });
  });
});
