import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { OutboxMessageEntity, PersonEntity } from '@boards/api/database';
import { buildPerson, createTestDatabase, type TestDatabase } from '@boards/api/database/testing';
import { FixedClock } from '@boards/api/graphql';
import { FileMailTransport } from './file-mail-transport';
import type { MailMessage, MailTransport } from './mail-transport';
import type { NotificationsOptions } from './notifications.options';
import { OutboxSender } from './outbox-sender.service';
import { OutboxService, type OutboxEntry } from './outbox.service';
import { SmtpMailTransport } from './smtp-mail-transport';
import { startSmtpTestServer } from './testing';

const NOW = new Date('2026-03-02T09:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const MINUTE = 60_000;
/** The outbox's clock; most tests name the instant each step happens at instead. */
const clock = new FixedClock(NOW);

const options: NotificationsOptions = {
  transport: { kind: 'file', dir: 'unused' },
  from: 'Boards portal <no-reply@boards.example.org>',
  intervalSeconds: 0,
  maxAttempts: 3,
  batchSize: 100,
};

class RecordingTransport implements MailTransport {
  readonly sent: MailMessage[] = [];
  constructor(private readonly delayMs = 0) {}
  async send(message: MailMessage): Promise<void> {
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    this.sent.push(message);
  }
}

class FailingTransport implements MailTransport {
  calls = 0;
  async send(): Promise<void> {
    this.calls += 1;
    throw new Error(`421 4.3.2 Service not available, closing channel\n${'detail '.repeat(200)}`);
  }
}

describe('outbox (real PostgreSQL)', () => {
  let db: TestDatabase;
  const outbox = new OutboxService(clock);
  const enqueue = async (to: string, now = NOW): Promise<string> => {
    const id = await db.dataSource.transaction((manager) =>
      outbox.enqueue(
        manager,
        { kind: 'test', to, subject: `Hello ${to}`, text: `Dear ${to},\n\nHello.\n` },
        now,
      ),
    );
    if (!id) throw new Error('Nothing was queued');
    return id;
  };
  const row = (id: string) =>
    db.dataSource.getRepository(OutboxMessageEntity).findOneByOrFail({ id });

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());
  beforeEach(() => db.dataSource.query('DELETE FROM outbox_message'));

  it('keeps no message when the transaction that wrote it rolls back', async () => {
    await expect(
      db.dataSource.transaction(async (manager) => {
        await outbox.enqueue(manager, {
          kind: 'test',
          to: 'a@example.org',
          subject: 's',
          text: 't',
        });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.dataSource.getRepository(OutboxMessageEntity).count()).toBe(0);
  });

  it.each([
    ['a subject over two lines', { subject: 'Hello\r\nBcc: victim@example.org' }],
    ['an empty recipient', { to: '' }],
    ['an oversized subject', { subject: 's'.repeat(301) }],
  ])('refuses %s', async (_label, override) => {
    const entry = { kind: 'test', to: 'a@example.org', subject: 's', text: 't', ...override };
    await expect(
      db.dataSource.transaction((manager) => outbox.enqueue(manager, entry)),
    ).rejects.toThrow(/must be one line/);
  });

  const rich: OutboxEntry = {
    kind: 'meeting.invitation',
    to: 'ade.bello@example.org',
    subject: 'Evidence Group: 8 December 2026',
    text: 'You are invited.\n',
    html: '<p>You are <strong>invited</strong>.</p>',
    attachments: [
      {
        filename: 'meeting.ics',
        contentType: 'text/calendar; method=REQUEST; charset=UTF-8',
        content: 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n',
      },
    ],
    headers: {
      'List-Unsubscribe': '<https://boards.example.org/unsubscribe/abc>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };

  it('stores a rich entry whole and delivers it as multipart with its attachment and headers', async () => {
    const person = await db.dataSource.getRepository(PersonEntity).save(buildPerson());
    const id = await db.dataSource.transaction((manager) =>
      outbox.enqueue(manager, { ...rich, personId: person.id, sendAfter: later(MINUTE) }, NOW),
    );
    expect(await row(id ?? '')).toMatchObject({
      bodyHtml: rich.html,
      attachments: rich.attachments,
      headers: rich.headers,
      personId: person.id,
      dedupeKey: null,
      createdAt: NOW,
      sendAfter: later(MINUTE),
    });
    const dir = await mkdtemp(path.join(tmpdir(), 'boards-outbox-'));
    try {
      const sender = new OutboxSender(db.dataSource, new FileMailTransport(dir), options, clock);
      expect(await sender.deliverPending(NOW)).toMatchObject({ sent: 0 });
      expect(await sender.deliverPending(later(MINUTE))).toMatchObject({ sent: 1 });
      const [file] = await readdir(dir);
      const mail = await simpleParser(await readFile(path.join(dir, file ?? '')));
      expect(mail.messageId).toBe(`<${id}@boards.example.org>`);
      expect(mail.text).toBe(rich.text);
      expect(mail.html).toBe(rich.html);
      expect(mail.headerLines.filter((h) => h.key.startsWith('list-')).map((h) => h.line)).toEqual([
        'List-Unsubscribe: <https://boards.example.org/unsubscribe/abc>',
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      ]);
      expect(mail.attachments.map((a) => [a.filename, a.content.toString('utf8')])).toEqual([
        ['meeting.ics', rich.attachments?.[0]?.content],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('queues a dedupe key once: a second enqueue does nothing and returns null', async () => {
    const entry = { ...rich, dedupeKey: 'meeting.invitation:m1:p1' };
    const first = await db.dataSource.transaction((m) => outbox.enqueue(m, entry, NOW));
    const second = await db.dataSource.transaction((m) => outbox.enqueue(m, entry, later(1)));
    expect(first).toEqual(expect.any(String));
    expect(second).toBeNull();
    // Without a key, the same content is queued again.
    const third = await db.dataSource.transaction((m) => outbox.enqueue(m, rich, NOW));
    expect(third).toEqual(expect.any(String));
    expect(await db.dataSource.getRepository(OutboxMessageEntity).count()).toBe(2);
  });

  it('queues a dedupe key once even when two transactions race for it', async () => {
    const entry = { ...rich, dedupeKey: 'race' };
    const ids = await Promise.all(
      Array.from({ length: 6 }, () =>
        db.dataSource.transaction(async (manager) => {
          const id = await outbox.enqueue(manager, entry, NOW);
          await new Promise((resolve) => setTimeout(resolve, 20));
          return id;
        }),
      ),
    );
    expect(ids.filter((id) => id !== null)).toHaveLength(1);
    expect(
      await db.dataSource.getRepository(OutboxMessageEntity).countBy({ dedupeKey: 'race' }),
    ).toBe(1);
  });

  it('keeps a message when its person is deleted, without the person', async () => {
    const person = await db.dataSource.getRepository(PersonEntity).save(buildPerson());
    const id = await db.dataSource.transaction((m) =>
      outbox.enqueue(m, { ...rich, personId: person.id }, NOW),
    );
    await db.dataSource.getRepository(PersonEntity).delete({ id: person.id });
    expect(await row(id ?? '')).toMatchObject({ personId: null, subject: rich.subject });
  });

  it.each([
    [
      'a header value over two lines',
      { headers: { 'List-Unsubscribe': '<a>\r\nBcc: x@example.org' } },
    ],
    ['a header that the transport writes', { headers: { Bcc: 'victim@example.org' } }],
    ['a header name with a colon', { headers: { 'X-A: b': 'c' } }],
    ['an empty header value', { headers: { 'X-Empty': ' ' } }],
    [
      'an attachment with a broken content type',
      { attachments: [{ filename: 'a.ics', contentType: 'text/calendar;\r\nX: y', content: '' }] },
    ],
    [
      'an attachment named with a path',
      { attachments: [{ filename: '../a.ics', contentType: 'text/calendar', content: '' }] },
    ],
    ['an empty html part', { html: '' }],
    ['a person that is not a UUID', { personId: 'person-1' }],
    ['an oversized dedupe key', { dedupeKey: 'k'.repeat(201) }],
  ])('refuses %s', async (_label, override) => {
    const entry = { ...rich, ...override } as OutboxEntry;
    await expect(
      db.dataSource.transaction((manager) => outbox.enqueue(manager, entry)),
    ).rejects.toThrow(/^Outbox /);
    expect(await db.dataSource.getRepository(OutboxMessageEntity).count()).toBe(0);
  });

  it('delivers what is due through the file transport as parseable .eml files, once', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'boards-outbox-'));
    try {
      const due = await enqueue('due@example.org');
      const notYet = await enqueue('later@example.org', later(10 * MINUTE));
      const sender = new OutboxSender(db.dataSource, new FileMailTransport(dir), options, clock);

      expect(await sender.deliverPending(NOW)).toEqual({ sent: 1, failed: 0, gaveUp: 0 });
      expect(await sender.deliverPending(NOW)).toEqual({ sent: 0, failed: 0, gaveUp: 0 });
      expect(await row(due)).toMatchObject({
        sentAt: NOW,
        lastAttemptAt: NOW,
        attempts: 1,
        lastError: null,
      });
      expect(await row(notYet)).toMatchObject({ sentAt: null, attempts: 0 });

      const files = await readdir(dir);
      expect(files).toEqual([expect.stringMatching(new RegExp(`-${due}\\.eml$`))]);
      const parsed = await simpleParser(await readFile(path.join(dir, files[0] ?? '')));
      expect(parsed.to).toMatchObject({ text: 'due@example.org' });
      expect(parsed.from?.value).toEqual([
        { name: 'Boards portal', address: 'no-reply@boards.example.org' },
      ]);
      expect(parsed.subject).toBe('Hello due@example.org');
      expect(parsed.messageId).toBe(`<${due}@boards.example.org>`);
      expect(parsed.text).toBe('Dear due@example.org,\n\nHello.\n');

      expect(await sender.deliverPending(later(10 * MINUTE))).toMatchObject({ sent: 1 });
      expect(await readdir(dir)).toHaveLength(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('backs off after a failure, records a short last_error, and gives up after the last attempt', async () => {
    const id = await enqueue('flaky@example.org');
    const transport = new FailingTransport();
    const sender = new OutboxSender(db.dataSource, transport, options, clock);

    expect(await sender.deliverPending(NOW)).toEqual({ sent: 0, failed: 1, gaveUp: 0 });
    const first = await row(id);
    expect(first).toMatchObject({ attempts: 1, sentAt: null, sendAfter: later(MINUTE) });
    expect(first.lastError).toBe('Error: 421 4.3.2 Service not available, closing channel');

    expect(await sender.deliverPending(later(MINUTE - 1))).toMatchObject({ failed: 0 });
    expect(transport.calls).toBe(1);

    expect(await sender.deliverPending(later(MINUTE))).toMatchObject({ failed: 1 });
    expect(await row(id)).toMatchObject({ attempts: 2, sendAfter: later(3 * MINUTE) });

    expect(await sender.deliverPending(later(3 * MINUTE))).toEqual({
      sent: 0,
      failed: 1,
      gaveUp: 1,
    });
    expect(await sender.deliverPending(later(365 * 24 * 60 * MINUTE))).toMatchObject({
      failed: 0,
    });
    expect(transport.calls).toBe(3);
    expect(await row(id)).toMatchObject({
      attempts: 3,
      sentAt: null,
      gaveUpAt: later(3 * MINUTE),
      lastAttemptAt: later(3 * MINUTE),
    });

    // A good transport later still sends what has not been given up.
    const other = await enqueue('fine@example.org', later(3 * MINUTE));
    const good = new RecordingTransport();
    await new OutboxSender(db.dataSource, good, options, clock).deliverPending(later(4 * MINUTE));
    expect(good.sent.map((m) => m.id)).toEqual([other]);
  });

  it('never sends one message twice when two senders run at once', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 40; i += 1) ids.add(await enqueue(`person${i}@example.org`));
    const one = new RecordingTransport(5);
    const two = new RecordingTransport(5);
    const reports = await Promise.all([
      new OutboxSender(db.dataSource, one, options, clock).deliverPending(NOW),
      new OutboxSender(db.dataSource, two, options, clock).deliverPending(NOW),
    ]);

    const sentIds = [...one.sent, ...two.sent].map((m) => m.id);
    expect(sentIds).toHaveLength(40);
    expect(new Set(sentIds)).toEqual(ids);
    expect(one.sent.length).toBeGreaterThan(0);
    expect(two.sent.length).toBeGreaterThan(0);
    expect(reports[0].sent + reports[1].sent).toBe(40);
    const [{ unsent }] = await db.dataSource.query(
      `SELECT count(*)::int AS unsent FROM outbox_message WHERE sent_at IS NULL OR attempts <> 1`,
    );
    expect(unsent).toBe(0);
  });

  it('three replicas, each with its own SMTP connection, deliver every message exactly once', async () => {
    const server = await startSmtpTestServer();
    const transports = [1, 2, 3].map(() => new SmtpMailTransport(server.url));
    try {
      const ids = new Set<string>();
      for (let i = 0; i < 30; i += 1) ids.add(await enqueue(`replica${i}@example.org`));
      const senders = transports.map(
        (transport) =>
          new OutboxSender(db.dataSource, transport, { ...options, batchSize: 30 }, clock),
      );
      const reports = await Promise.all(senders.map((sender) => sender.deliverPending(NOW)));
      expect(reports.reduce((sum, report) => sum + report.sent, 0)).toBe(30);
      expect(reports.filter((report) => report.sent > 0).length).toBeGreaterThan(1);

      const messageIds = server.received.map((mail) => mail.parsed.messageId);
      expect(messageIds).toHaveLength(30);
      expect(new Set(messageIds)).toEqual(
        new Set([...ids].map((id) => `<${id}@boards.example.org>`)),
      );
      for (const mail of server.received) {
        expect(mail.parsed.subject).toBe(`Hello ${mail.to[0]}`);
      }
      // Nothing is left to send, by any replica.
      const again = await Promise.all(
        senders.map((sender) => sender.deliverPending(later(MINUTE))),
      );
      expect(again.every((report) => report.sent === 0)).toBe(true);
      expect(server.received).toHaveLength(30);
    } finally {
      for (const transport of transports) transport.close();
      await server.close();
    }
  });

  it('retries a message the SMTP server turned away, and it arrives once', async () => {
    let refuse = true;
    const server = await startSmtpTestServer({
      beforeAccept: () => {
        if (refuse) throw Object.assign(new Error('4.3.0 Try again later'), { responseCode: 451 });
      },
    });
    const transport = new SmtpMailTransport(server.url);
    try {
      const id = await enqueue('retry@example.org');
      const sender = new OutboxSender(db.dataSource, transport, options, clock);
      expect(await sender.deliverPending(NOW)).toEqual({ sent: 0, failed: 1, gaveUp: 0 });
      expect((await row(id)).lastError).toMatch(/Try again later/);
      refuse = false;
      expect(await sender.deliverPending(later(MINUTE))).toEqual({ sent: 1, failed: 0, gaveUp: 0 });
      expect(server.arrived).toHaveLength(2);
      expect(server.received.map((mail) => mail.parsed.messageId)).toEqual([
        `<${id}@boards.example.org>`,
      ]);
      expect(await row(id)).toMatchObject({ attempts: 2, lastError: null, sentAt: later(MINUTE) });
    } finally {
      transport.close();
      await server.close();
    }
  });

  it('runs by itself on an interval once started, and stops', async () => {
    // Each run asks the sender's clock (standing at NOW) which messages are due.
    const id = await enqueue('timer@example.org', later(-1000));
    const transport = new RecordingTransport();
    const sender = new OutboxSender(db.dataSource, transport, options, clock);
    sender.start(0.05);
    try {
      for (let i = 0; i < 100 && transport.sent.length === 0; i += 1) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    } finally {
      await sender.stop();
    }
    expect(transport.sent.map((m) => m.id)).toEqual([id]);
    expect((await row(id)).sentAt).not.toBeNull();
  });
});
