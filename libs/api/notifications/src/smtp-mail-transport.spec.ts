import net, { type AddressInfo } from 'node:net';
import { parseEml } from './eml.testing';
import type { MailMessage } from './mail-transport';
import { SmtpMailTransport } from './smtp-mail-transport';

interface Received {
  auth: string | null;
  from: string;
  to: string[];
  data: string;
}

/** Just enough of an SMTP server (RFC 5321) to receive messages, or refuse recipients. */
async function fakeSmtpServer(options: { refuseRecipients?: boolean } = {}) {
  const received: Received[] = [];
  const server = net.createServer((socket) => {
    socket.setEncoding('utf8');
    let buffer = '';
    let inData = false;
    let current: Received = { auth: null, from: '', to: [], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 fake.test ESMTP');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          current.data = `${buffer.slice(0, end)}\r\n`.replace(/^\.\./gm, '.');
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(current);
          current = { auth: current.auth, from: '', to: [], data: '' };
          reply('250 2.0.0 Queued');
          continue;
        }
        const eol = buffer.indexOf('\r\n');
        if (eol < 0) return;
        const line = buffer.slice(0, eol);
        buffer = buffer.slice(eol + 2);
        const verb = line.split(' ', 1)[0]?.toUpperCase();
        if (verb === 'EHLO') reply('250-fake.test\r\n250-AUTH PLAIN\r\n250 8BITMIME');
        else if (verb === 'AUTH') {
          current.auth = Buffer.from(line.split(' ')[2] ?? '', 'base64').toString('utf8');
          reply('235 2.7.0 Authenticated');
        } else if (verb === 'MAIL') {
          current.from = line;
          reply('250 2.1.0 OK');
        } else if (verb === 'RCPT') {
          if (options.refuseRecipients) reply('550 5.1.1 No such mailbox here');
          else {
            current.to.push(line);
            reply('250 2.1.5 OK');
          }
        } else if (verb === 'DATA') {
          inData = true;
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else if (verb === 'QUIT') {
          reply('221 2.0.0 Bye');
          socket.end();
        } else reply('250 OK');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const message: MailMessage = {
  id: 'b3a0f0de-5c1e-4a55-8e2b-61c1f1d2a001',
  from: 'Boards portal <no-reply@boards.example.org>',
  to: 'helen.marsh@example.org',
  subject: 'Reset your password',
  text: 'Use this link:\nhttp://localhost:3000/reset-password?token=abc\n.\nThanks\n',
  date: new Date('2026-03-02T09:00:00Z'),
};

describe('SmtpMailTransport', () => {
  it('delivers over SMTP with the credentials from the URL', async () => {
    const server = await fakeSmtpServer();
    const transport = new SmtpMailTransport(
      `smtp://mailer%40boards:s3cret%21@127.0.0.1:${server.port}`,
    );
    try {
      await transport.send(message);
    } finally {
      transport.close();
      await server.close();
    }
    expect(server.received).toHaveLength(1);
    const [mail] = server.received;
    expect(mail?.auth).toBe('\u0000mailer@boards\u0000s3cret!');
    expect(mail?.from).toContain('<no-reply@boards.example.org>');
    expect(mail?.to).toEqual([expect.stringContaining('<helen.marsh@example.org>')]);
    const parsed = parseEml(mail?.data ?? '');
    expect(parsed.headers.get('subject')).toBe('Reset your password');
    expect(parsed.headers.get('message-id')).toBe(
      '<b3a0f0de-5c1e-4a55-8e2b-61c1f1d2a001@boards.example.org>',
    );
    expect(parsed.text).toBe(message.text);
  });

  it('fails the send when the server refuses the recipient', async () => {
    const server = await fakeSmtpServer({ refuseRecipients: true });
    const transport = new SmtpMailTransport(`smtp://127.0.0.1:${server.port}`);
    try {
      await expect(transport.send(message)).rejects.toThrow(/No such mailbox/);
    } finally {
      transport.close();
      await server.close();
    }
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
