import net, { type AddressInfo } from 'node:net';
import type { MailMessage } from './mail-transport';
import { SmtpMailTransport } from './smtp-mail-transport';
import { headerLines, startSmtpTestServer, type SmtpTestServer } from './testing';

const message: MailMessage = {
  id: 'b3a0f0de-5c1e-4a55-8e2b-61c1f1d2a001',
  from: 'Boards portal <no-reply@boards.example.org>',
  to: 'helen.marsh@example.org',
  subject: 'Reset your password',
  text: 'Use this link:\nhttp://localhost:3000/reset-password?token=abc\n.\nThanks\n',
  date: new Date('2026-03-02T09:00:00Z'),
};

const calendar = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Boards portal//EN',
  'METHOD:REQUEST',
  'BEGIN:VEVENT',
  'UID:meeting-42@boards.example.org',
  'DTSTART:20261208T100000Z',
  'DTEND:20261208T120000Z',
  'SUMMARY:Evidence Group – December',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

const rich: MailMessage = {
  id: '0d9c5a6e-8f57-4bb1-9d0e-7c3b5e2f4a10',
  from: 'Boards portal <no-reply@boards.example.org>',
  to: 'zoë.okafor@example.org',
  subject: 'Evidence Group — 8 December 2026 ✓',
  text: 'Dear Zoë,\n\nYou are invited to the Evidence Group.\n',
  html: '<p>Dear Zoë,</p><p>You are invited to the <strong>Evidence Group</strong>.</p>',
  attachments: [
    {
      filename: 'evidence-group-2026-12-08.ics',
      contentType: 'text/calendar; method=REQUEST; charset=UTF-8',
      content: calendar,
    },
    { filename: 'notes.txt', contentType: 'text/plain; charset=UTF-8', content: 'Café notes\n' },
  ],
  headers: {
    'List-Unsubscribe': `<https://boards.example.org/unsubscribe/${'t'.repeat(43)}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  },
  date: new Date('2026-03-02T09:00:00Z'),
};

describe('SmtpMailTransport (against a real SMTP server)', () => {
  let server: SmtpTestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('delivers a text message with the credentials from the URL', async () => {
    server = await startSmtpTestServer();
    const transport = new SmtpMailTransport(
      `smtp://mailer%40boards:s3cret%21@127.0.0.1:${server.port}`,
    );
    try {
      await transport.send(message);
    } finally {
      transport.close();
    }
    expect(server.received).toHaveLength(1);
    const [mail] = server.received;
    expect(mail).toMatchObject({
      user: 'mailer@boards',
      password: 's3cret!',
      from: 'no-reply@boards.example.org',
      to: ['helen.marsh@example.org'],
    });
    expect(mail?.parsed.subject).toBe('Reset your password');
    expect(mail?.parsed.messageId).toBe(
      '<b3a0f0de-5c1e-4a55-8e2b-61c1f1d2a001@boards.example.org>',
    );
    expect(mail?.parsed.date?.toISOString()).toBe('2026-03-02T09:00:00.000Z');
    expect(mail?.parsed.text).toBe(message.text);
    expect(mail?.parsed.html).toBe(false);
    expect(mail?.parsed.attachments).toEqual([]);
    expect(mail?.parsed.headers.get('content-type')).toMatchObject({ value: 'text/plain' });
  });

  it('delivers text and HTML as alternatives, with attachments and the extra headers', async () => {
    server = await startSmtpTestServer();
    const transport = new SmtpMailTransport(server.url);
    try {
      await transport.send(rich);
    } finally {
      transport.close();
    }
    const [mail] = await server.waitFor(1);
    const parsed = mail?.parsed;
    if (!parsed) throw new Error('No message');
    expect(mail?.to).toEqual(['zoë.okafor@example.org']);
    expect(parsed.subject).toBe(rich.subject);
    expect(parsed.messageId).toBe('<0d9c5a6e-8f57-4bb1-9d0e-7c3b5e2f4a10@boards.example.org>');
    expect(parsed.headers.get('content-type')).toMatchObject({ value: 'multipart/mixed' });
    expect(mail?.raw.toString('utf8')).toMatch(/^Content-Type: multipart\/alternative;/im);
    expect(parsed.text).toBe(rich.text);
    expect(parsed.html).toBe(rich.html);

    expect(headerLines(parsed, 'List-Unsubscribe')).toEqual([rich.headers?.['List-Unsubscribe']]);
    expect(headerLines(parsed, 'List-Unsubscribe-Post')).toEqual(['List-Unsubscribe=One-Click']);
    expect(parsed.headers.get('list')).toMatchObject({
      unsubscribe: { url: `https://boards.example.org/unsubscribe/${'t'.repeat(43)}` },
    });

    const [invite, notes] = parsed.attachments;
    expect(invite?.filename).toBe('evidence-group-2026-12-08.ics');
    expect(invite?.contentType).toBe('text/calendar');
    expect(invite?.headers.get('content-type')).toMatchObject({
      value: 'text/calendar',
      params: expect.objectContaining({ method: 'REQUEST', charset: 'UTF-8' }),
    });
    expect(invite?.content.toString('utf8')).toBe(calendar);
    expect(notes?.filename).toBe('notes.txt');
    expect(notes?.content.toString('utf8')).toBe('Café notes\n');
  });

  it('fails the send when the server refuses the recipient', async () => {
    server = await startSmtpTestServer({ refuseRecipients: true });
    const transport = new SmtpMailTransport(server.url);
    try {
      await expect(transport.send(message)).rejects.toThrow(/No such mailbox/);
    } finally {
      transport.close();
    }
    expect(server.received).toEqual([]);
  });

  it('fails the send when the server refuses the message after its data', async () => {
    server = await startSmtpTestServer({
      beforeAccept: () => {
        throw Object.assign(new Error('4.3.0 Try again later'), { responseCode: 451 });
      },
    });
    const transport = new SmtpMailTransport(server.url);
    try {
      await expect(transport.send(message)).rejects.toThrow(/Try again later/);
    } finally {
      transport.close();
    }
    expect(server.arrived).toHaveLength(1);
    expect(server.received).toEqual([]);
  });

  it('fails the send when no server answers', async () => {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const transport = new SmtpMailTransport(`smtp://127.0.0.1:${port}`);
    await expect(transport.send(message)).rejects.toThrow(/ECONNREFUSED/);
    transport.close();
  });

  it('refuses a URL that is not smtp:// or smtps://', () => {
    expect(() => new SmtpMailTransport('http://mail.example.org')).toThrow(
      'SMTP_URL must start with smtp:// or smtps://',
    );
  });
});
