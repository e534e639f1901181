import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { OutboxMessageEntity, seedDemoData } from '@boards/api/database';
import { createTestDatabase, type TestDatabase } from '@boards/api/database/testing';
import { Clock } from '@boards/api/graphql';
import { hashPassword } from '@boards/api/identity';
import { OutboxService } from '@boards/api/notifications';
import { startSmtpTestServer, type SmtpTestServer } from '@boards/api/notifications/testing';
import { startApiProcess as startApiWith, type ApiProcess } from './testing/api-process';

/**
 * Delivery when API processes die or run side by side: the real API (apps/api/src/main.ts) runs
 * as child processes on one test database and sends through a real SMTP server.
 */
const PASSWORD = 'correct horse battery staple';
const FROM_DOMAIN = 'boards.example.org';

function startApiProcess(databaseUrl: string, env: Record<string, string>): Promise<ApiProcess> {
  return startApiWith(databaseUrl, {
    MAIL_TRANSPORT: 'smtp',
    MAIL_FROM: `Boards portal <no-reply@${FROM_DOMAIN}>`,
    ...env,
  });
}

async function graphql(base: string, query: string, variables: Record<string, unknown>) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

const REQUEST_RESET = `mutation ($email: String!) { requestPasswordReset(email: $email) }`;

describe('outbox delivery across API processes (real API processes, real SMTP server)', () => {
  let db: TestDatabase;
  let smtp: SmtpTestServer | undefined;
  let mailDir: string;
  const apis: ApiProcess[] = [];

  const outboxRows = () =>
    db.dataSource.getRepository(OutboxMessageEntity).find({ order: { createdAt: 'ASC' } });

  beforeAll(async () => {
    mailDir = await mkdtemp(path.join(tmpdir(), 'boards-crash-mail-'));
    db = await createTestDatabase();
    await seedDemoData(db.dataSource, { demoPasswordHash: await hashPassword(PASSWORD) });
    // Without the demo data's history of emails: only what these tests queue.
    await db.dataSource.query('DELETE FROM outbox_message');
  });
  afterEach(async () => {
    for (const api of apis.splice(0)) await api.kill();
    await smtp?.close();
    smtp = undefined;
    await db.dataSource.query('DELETE FROM outbox_message');
  });
  afterAll(async () => {
    await db?.drop();
    await rm(mailDir, { recursive: true, force: true });
  });

  it('an API killed while handing a message to the SMTP server sends it exactly once after a restart', async () => {
    // The server holds the first message's DATA phase open (no reply), and tells the test.
    let arrivedFirst: () => void = () => undefined;
    const firstArrived = new Promise<void>((resolve) => (arrivedFirst = resolve));
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    smtp = await startSmtpTestServer({
      beforeAccept: async () => {
        if (smtp?.arrived.length === 1) {
          arrivedFirst();
          await held;
          throw Object.assign(new Error('4.4.2 The client went away'), { responseCode: 421 });
        }
      },
    });
    const env = { SMTP_URL: smtp.url, OUTBOX_INTERVAL_SECONDS: '1' };
    const first = await startApiProcess(db.url, env);
    apis.push(first);

    const queued = await graphql(first.base, REQUEST_RESET, { email: 'member@example.org' });
    expect(queued).toEqual({ data: { requestPasswordReset: true } });
    const [message] = await outboxRows();
    expect(message).toMatchObject({ kind: 'account.password-reset', sentAt: null });

    await firstArrived;
    await first.kill();
    release();
    // The dead process's transaction rolled back: the message is still unsent and untried.
    expect(await outboxRows()).toEqual([
      expect.objectContaining({ id: message?.id, sentAt: null, attempts: 0 }),
    ]);
    expect(smtp.received).toHaveLength(0);

    const second = await startApiProcess(db.url, env);
    apis.push(second);
    const [mail] = await smtp.waitFor(1, 15_000);
    expect(mail?.parsed.messageId).toBe(`<${message?.id}@${FROM_DOMAIN}>`);
    expect(mail?.to).toEqual(['member@example.org']);
    expect(mail?.parsed.text).toContain('/reset-password?token=');

    // Two more runs of the sender: nothing else goes out.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(smtp.received).toHaveLength(1);
    expect(smtp.arrived).toHaveLength(2);
    expect(await outboxRows()).toEqual([
      expect.objectContaining({ id: message?.id, sentAt: expect.any(Date), attempts: 1 }),
    ]);
  });

  it('an API killed after queuing, before its sender ran, leaves the message to the next start', async () => {
    smtp = await startSmtpTestServer();
    // A sender that would run only in an hour.
    const first = await startApiProcess(db.url, {
      SMTP_URL: smtp.url,
      OUTBOX_INTERVAL_SECONDS: '3600',
    });
    apis.push(first);
    expect(await graphql(first.base, REQUEST_RESET, { email: 'chair@example.org' })).toEqual({
      data: { requestPasswordReset: true },
    });
    await first.kill();
    const [message] = await outboxRows();
    expect(smtp.arrived).toHaveLength(0);

    apis.push(await startApiProcess(db.url, { SMTP_URL: smtp.url, OUTBOX_INTERVAL_SECONDS: '1' }));
    const [mail] = await smtp.waitFor(1, 15_000);
    expect(mail?.parsed.messageId).toBe(`<${message?.id}@${FROM_DOMAIN}>`);
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(smtp.arrived).toHaveLength(1);
  });

  it('two API processes on one database deliver each of 40 messages exactly once', async () => {
    // Each sender hands over one message at a time, so two messages in hand at one moment show
    // that both were at work at once. Messages are held until that has happened (at most 10 s),
    // so that the process that starts first cannot send all 40 before the other has started.
    let inHand = 0;
    let mostInHand = 0;
    let bothAtWork: () => void = () => undefined;
    const bothSeen = new Promise<void>((resolve) => {
      bothAtWork = resolve;
    });
    smtp = await startSmtpTestServer({
      beforeAccept: async () => {
        inHand += 1;
        mostInHand = Math.max(mostInHand, inHand);
        if (inHand >= 2) bothAtWork();
        await Promise.race([bothSeen, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        await new Promise((resolve) => setTimeout(resolve, 50));
        inHand -= 1;
      },
    });
    const env = { SMTP_URL: smtp.url, OUTBOX_INTERVAL_SECONDS: '1' };
    const outbox = new OutboxService(new Clock());
    const ids = await db.dataSource.transaction(async (manager) => {
      const queued: string[] = [];
      for (let i = 0; i < 40; i += 1) {
        const id = await outbox.enqueue(manager, {
          kind: 'test.replicas',
          to: `replica.${i}@example.org`,
          subject: `Message ${i}`,
          text: `Message ${i}\n`,
        });
        if (id) queued.push(id);
      }
      return queued;
    });
    apis.push(...(await Promise.all([startApiProcess(db.url, env), startApiProcess(db.url, env)])));
    await smtp.waitFor(40, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 2_500));

    const messageIds = smtp.arrived.map((mail) => mail.parsed.messageId);
    expect(messageIds).toHaveLength(40);
    expect(new Set(messageIds)).toEqual(new Set(ids.map((id) => `<${id}@${FROM_DOMAIN}>`)));
    const rows = await outboxRows();
    expect(rows.filter((row) => row.sentAt !== null && row.attempts === 1)).toHaveLength(40);
    expect(mostInHand).toBe(2);
  });
});
