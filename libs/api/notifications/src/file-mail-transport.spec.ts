import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { fileTimestamp, FileMailTransport } from './file-mail-transport';
import type { MailMessage } from './mail-transport';
import { headerLines } from './testing';

const message = (overrides: Partial<MailMessage> = {}): MailMessage => ({
  id: '6f1c1a3e-0d7e-4c55-9a43-2f5b8f1f0c11',
  from: 'Boards portal <no-reply@boards.example.org>',
  to: 'zoë.okafor@example.org',
  subject: 'Your invitation to the Boards portal — Experts by Experience Board ✓',
  text:
    'Dear Zoë,\n\nSet your password here:\n' +
    `http://localhost:3000/accept-invitation?token=${'A'.repeat(43)}\n\n` +
    `${'A long line of plain words. '.repeat(10)}\n.\nA line with only a dot above.\n`,
  date: new Date('2026-03-02T09:15:30.250Z'),
  ...overrides,
});

describe('FileMailTransport', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'boards-mail-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('writes an RFC 5322 message that a mail reader parses back to what was sent', async () => {
    await new FileMailTransport(dir, () => new Date('2026-03-02T09:15:31.000Z')).send(message());
    const files = await readdir(dir);
    expect(files).toEqual(['2026-03-02T09-15-31-000Z-6f1c1a3e-0d7e-4c55-9a43-2f5b8f1f0c11.eml']);
    const raw = await readFile(path.join(dir, files[0] ?? ''), 'utf8');

    expect(raw).not.toMatch(/[^\r]\n/);
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(998);
    const parsed = await simpleParser(raw);
    expect(parsed.from?.value).toEqual([
      { name: 'Boards portal', address: 'no-reply@boards.example.org' },
    ]);
    expect(parsed.to).toMatchObject({ value: [{ address: 'zoë.okafor@example.org' }] });
    expect(parsed.subject).toBe(message().subject);
    expect(parsed.messageId).toBe('<6f1c1a3e-0d7e-4c55-9a43-2f5b8f1f0c11@boards.example.org>');
    expect(parsed.date?.toISOString()).toBe('2026-03-02T09:15:30.000Z');
    expect(headerLines(parsed, 'mime-version')).toEqual(['1.0']);
    expect(parsed.headers.get('content-type')).toMatchObject({
      value: 'text/plain',
      params: { charset: 'utf-8' },
    });
    expect(parsed.text?.trimEnd()).toBe(message().text.trimEnd());
  });

  it('writes text and HTML as alternatives, with attachments and extra headers', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';
    await new FileMailTransport(dir).send(
      message({
        html: '<p>Dear Zoë,</p>',
        attachments: [
          {
            filename: 'invitation.ics',
            contentType: 'text/calendar; method=REQUEST; charset=UTF-8',
            content: ics,
          },
        ],
        headers: {
          'List-Unsubscribe': '<https://boards.example.org/unsubscribe/x>',
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        },
      }),
    );
    const [file] = await readdir(dir);
    const raw = await readFile(path.join(dir, file ?? ''), 'utf8');
    expect(raw).not.toMatch(/[^\r]\n/);
    const parsed = await simpleParser(raw);
    expect(parsed.headers.get('content-type')).toMatchObject({ value: 'multipart/mixed' });
    expect(raw).toMatch(/^Content-Type: multipart\/alternative;/im);
    expect(parsed.text?.trimEnd()).toBe(message().text.trimEnd());
    expect(parsed.html).toBe('<p>Dear Zoë,</p>');
    expect(parsed.messageId).toBe('<6f1c1a3e-0d7e-4c55-9a43-2f5b8f1f0c11@boards.example.org>');
    expect(headerLines(parsed, 'list-unsubscribe')).toEqual([
      '<https://boards.example.org/unsubscribe/x>',
    ]);
    expect(headerLines(parsed, 'list-unsubscribe-post')).toEqual(['List-Unsubscribe=One-Click']);
    expect(parsed.attachments).toHaveLength(1);
    expect(parsed.attachments[0]?.headers.get('content-type')).toMatchObject({
      value: 'text/calendar',
      params: expect.objectContaining({ method: 'REQUEST' }),
    });
    expect(parsed.attachments[0]?.content.toString('utf8')).toBe(ics);
  });

  it('names files so that they sort by the time they were written, and leaves no partial files', async () => {
    const times = ['2026-03-02T09:59:59.999Z', '2026-03-02T10:00:00.000Z', '2026-12-31T23:00:00Z'];
    let i = 0;
    const transport = new FileMailTransport(path.join(dir, 'nested', 'mail'), () => {
      const time = new Date(times[i] ?? '');
      i += 1;
      return time;
    });
    for (const id of ['c', 'a', 'b']) await transport.send(message({ id }));
    const files = await readdir(path.join(dir, 'nested', 'mail'));
    expect(files.sort()).toEqual([
      '2026-03-02T09-59-59-999Z-c.eml',
      '2026-03-02T10-00-00-000Z-a.eml',
      '2026-12-31T23-00-00-000Z-b.eml',
    ]);
  });

  it.each([
    ['2026-01-01T00:00:00.000Z', '2026-01-01T00-00-00-000Z'],
    ['2026-11-23T20:09:30.123Z', '2026-11-23T20-09-30-123Z'],
  ])('stamps %s as %s', (iso, stamp) => {
    expect(fileTimestamp(new Date(iso))).toBe(stamp);
  });
});
