import { readFileSync } from 'node:fs';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { OutboxSender } from '@boards/api/notifications';
import { startSmtpTestServer, type SmtpTestServer } from '@boards/api/notifications/testing';
import { SCHEMA_FILE } from './app/app.module';
import { dataOf, outcomeOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const FIELDS = `id kind to personId personName subject status createdAt sendAfter attempts
  lastAttemptAt lastError sentAt gaveUpAt resentFromId`;
const LIST = `query ($status: EmailDeliveryStatus, $personId: ID, $first: Int, $after: String) {
  emailDeliveries(status: $status, personId: $personId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${FIELDS} } }
  }
}`;
const RESEND = `mutation ($id: ID!) { resendEmail(id: $id) { ${FIELDS} } }`;
const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;
const HOUR = 3_600_000;

describe('email delivery for the secretariat (real PostgreSQL, real SMTP server)', () => {
  let api: ApiHarness;
  let smtp: SmtpTestServer;
  let staff: string;
  let refuse = false;
  /** The message ids by what happened to them. */
  const ids: Record<'failed' | 'sent' | 'retrying' | 'queued', string> = {
    failed: '',
    sent: '',
    retrying: '',
    queued: '',
  };

  const list = async (variables: Record<string, unknown> = {}) =>
    dataOf(await api.graphql(LIST, variables, staff)).emailDeliveries;
  const deliver = (at: Date) => api.app.get(OutboxSender).deliverPending(at);
  const latestMessageTo = async (email: string): Promise<string> => {
    const [row] = await api.db.dataSource.query(
      `SELECT id FROM outbox_message WHERE to_address = $1 ORDER BY created_at DESC LIMIT 1`,
      [email],
    );
    return row.id;
  };
  const queueReset = async (email: string) => {
    expect(dataOf(await api.graphql(REQUEST_RESET, { email }))).toEqual({
      requestPasswordReset: true,
    });
    return latestMessageTo(email);
  };

  beforeAll(async () => {
    smtp = await startSmtpTestServer({
      beforeAccept: () => {
        if (refuse) throw Object.assign(new Error('5.2.2 Mailbox full'), { responseCode: 552 });
      },
    });
    api = await startApi({
      MAIL_TRANSPORT: 'smtp',
      SMTP_URL: smtp.url,
      MAIL_FROM: 'Boards portal <no-reply@boards.example.org>',
    });
    staff = await api.signIn('secretariat@example.org');
    // Without the demo data's history of emails: these tests make their own.
    await api.db.dataSource.query('DELETE FROM outbox_message');

    // Failed: every one of the 8 attempts refused.
    ids.failed = await queueReset('member@example.org');
    refuse = true;
    for (let i = 0; i < 8; i += 1) await deliver(new Date(Date.now() + i * 7 * HOUR));
    // Sent.
    refuse = false;
    ids.sent = await queueReset('chair@example.org');
    expect(await deliver(new Date())).toMatchObject({ sent: 1 });
    // Retrying: refused once.
    ids.retrying = await queueReset('evidence@example.org');
    refuse = true;
    expect(await deliver(new Date())).toMatchObject({ failed: 1 });
    refuse = false;
    // Queued: not yet tried.
    ids.queued = await queueReset('secretariat@example.org');
  });
  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  it('lists every email newest first, with its delivery and never its body', async () => {
    const page = await list();
    expect(page.totalCount).toBe(4);
    const nodes = page.edges.map((edge: Json) => edge.node);
    expect(nodes.map((node: Json) => [node.id, node.status, node.to])).toEqual([
      [ids.queued, 'QUEUED', 'secretariat@example.org'],
      [ids.retrying, 'RETRYING', 'evidence@example.org'],
      [ids.sent, 'SENT', 'chair@example.org'],
      [ids.failed, 'FAILED', 'member@example.org'],
    ]);
    const [queued, retrying, sent, failed] = nodes;
    expect(queued).toMatchObject({
      kind: 'account.password-reset',
      attempts: 0,
      lastAttemptAt: null,
      lastError: null,
      sentAt: null,
      gaveUpAt: null,
      resentFromId: null,
    });
    expect(retrying).toMatchObject({ attempts: 1, lastError: expect.stringMatching(/full/) });
    expect(Date.parse(retrying.sendAfter) - Date.parse(retrying.lastAttemptAt)).toBe(60_000);
    expect(sent).toMatchObject({ attempts: 1, lastError: null, gaveUpAt: null });
    expect(sent.sentAt).toBe(sent.lastAttemptAt);
    expect(failed).toMatchObject({
      attempts: 8,
      sentAt: null,
      lastError: 'Error: Message failed: 552 5.2.2 Mailbox full',
    });
    expect(failed.gaveUpAt).toBe(failed.lastAttemptAt);
    const [person] = await api.db.dataSource.query(
      `SELECT id, full_name FROM person WHERE email = 'member@example.org'`,
    );
    expect(failed).toMatchObject({ personId: person.id, personName: person.full_name });
  });

  it('never gives out a body: no field holds one, and no answer holds a link’s secret', async () => {
    const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
    const type = schema.getType('EmailDelivery') as GraphQLObjectType;
    expect(Object.keys(type.getFields()).sort()).toEqual(FIELDS.split(/\s+/).sort());
    const bodies: { body_text: string }[] = await api.db.dataSource.query(
      `SELECT body_text FROM outbox_message`,
    );
    const secrets = bodies.map((row) => /token=([\w-]+)/.exec(row.body_text)?.[1]);
    expect(secrets.every((secret) => secret && secret.length >= 32)).toBe(true);
    const answers = JSON.stringify(await list());
    for (const secret of secrets) expect(answers).not.toContain(secret);
    expect(answers).not.toContain('reset-password');
  });

  it.each([['QUEUED'], ['RETRYING'], ['SENT'], ['FAILED']])(
    'filters by status %s, in the database as the domain rule says',
    async (status) => {
      const page = await list({ status });
      expect(page.totalCount).toBe(page.edges.length);
      expect(page.edges.length).toBeGreaterThan(0);
      for (const edge of page.edges) expect(edge.node.status).toBe(status);
      const all = await list();
      expect(page.edges.map((e: Json) => e.node.id)).toEqual(
        all.edges.filter((e: Json) => e.node.status === status).map((e: Json) => e.node.id),
      );
    },
  );

  it('pages through the list with cursors, every email once', async () => {
    const all = (await list()).edges.map((edge: Json) => edge.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Json = await list({ first: 2, after });
      seen.push(...page.edges.map((edge: Json) => edge.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
    expect(outcomeOf(await api.graphql(LIST, { after: 'not-a-cursor' }, staff))).toBe(
      'BAD_USER_INPUT',
    );
    expect(outcomeOf(await api.graphql(LIST, { first: 0 }, staff))).toBe('BAD_USER_INPUT');
    expect(outcomeOf(await api.graphql(LIST, { personId: 'someone' }, staff))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('refuses to resend an email still on its way, or one that does not exist', async () => {
    for (const id of [ids.queued, ids.retrying]) {
      const result = await api.graphql(RESEND, { id }, staff);
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/cannot be sent again yet/),
        extensions: { code: 'INVALID_TRANSITION' },
      });
    }
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
      expect(outcomeOf(await api.graphql(RESEND, { id }, staff))).toBe('NOT_FOUND');
    }
    const member = await api.signIn('member@example.org');
    expect(outcomeOf(await api.graphql(RESEND, { id: ids.failed }, member))).toBe('FORBIDDEN');
    expect(outcomeOf(await api.graphql(RESEND, { id: ids.failed }))).toBe('UNAUTHENTICATED');
    expect(outcomeOf(await api.graphql(LIST, {}, member))).toBe('FORBIDDEN');
  });

  it('puts a failed email back in the queue, audited, and it is then delivered once', async () => {
    const resent = dataOf(await api.graphql(RESEND, { id: ids.failed }, staff)).resendEmail;
    expect(resent).toMatchObject({
      id: ids.failed,
      status: 'QUEUED',
      attempts: 0,
      lastError: null,
      gaveUpAt: null,
      resentFromId: null,
    });
    const before = smtp.received.length;
    await deliver(new Date(Date.now() + 1000));
    const arrived = smtp.received.slice(before).map((mail) => mail.parsed.messageId);
    expect(arrived).toContain(`<${ids.failed}@boards.example.org>`);
    expect(arrived.filter((id) => id === `<${ids.failed}@boards.example.org>`)).toHaveLength(1);
    const [row] = (await list({ status: 'SENT' })).edges.filter(
      (e: Json) => e.node.id === ids.failed,
    );
    expect(row.node.attempts).toBe(1);

    const audit = await api.db.dataSource.query(
      `SELECT actor_label, before, after FROM audit_event
        WHERE action = 'email.resend' AND object_type = 'EmailMessage' AND object_id = $1`,
      [ids.failed],
    );
    expect(audit).toEqual([
      {
        actor_label: expect.any(String),
        before: {
          status: 'FAILED',
          attempts: 8,
          lastError: 'Error: Message failed: 552 5.2.2 Mailbox full',
        },
        after: { status: 'QUEUED', attempts: 0, lastError: null },
      },
    ]);
  });

  it('queues a copy of a sent email, linked to it, which arrives with the same content', async () => {
    const copy = dataOf(await api.graphql(RESEND, { id: ids.sent }, staff)).resendEmail;
    expect(copy).toMatchObject({
      status: 'QUEUED',
      resentFromId: ids.sent,
      to: 'chair@example.org',
      kind: 'account.password-reset',
      attempts: 0,
    });
    expect(copy.id).not.toBe(ids.sent);
    expect(JSON.stringify(copy)).not.toMatch(/token|reset-password/);
    const original = (await list({ status: 'SENT' })).edges.find(
      (e: Json) => e.node.id === ids.sent,
    );
    expect(original.node).toMatchObject({ status: 'SENT', attempts: 1 });

    await deliver(new Date(Date.now() + 1000));
    const byId = (id: string) =>
      smtp.received.filter((mail) => mail.parsed.messageId === `<${id}@boards.example.org>`);
    expect(byId(copy.id)).toHaveLength(1);
    expect(byId(ids.sent)).toHaveLength(1);
    expect(byId(copy.id)[0]?.parsed.text).toBe(byId(ids.sent)[0]?.parsed.text);
    expect(byId(copy.id)[0]?.parsed.subject).toBe(byId(ids.sent)[0]?.parsed.subject);

    const [audit] = await api.db.dataSource.query(
      `SELECT after FROM audit_event WHERE action = 'email.resend' AND object_id = $1`,
      [ids.sent],
    );
    expect(audit.after).toMatchObject({ status: 'SENT', copyId: copy.id });
  });
});
