import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseEml } from './eml.testing';
import { fileTimestamp, FileMailTransport } from './file-mail-transport';
import type { MailMessage } from './mail-transport';

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
    const parsed = parseEml(raw);
    expect(parsed.headers.get('from')).toBe('Boards portal <no-reply@boards.example.org>');
    expect(parsed.headers.get('to')).toBe('zoë.okafor@example.org');
    expect(parsed.headers.get('subject')).toBe(message().subject);
    expect(parsed.headers.get('message-id')).toBe(
      '<6f1c1a3e-0d7e-4c55-9a43-2f5b8f1f0c11@boards.example.org>',
    );
    expect(new Date(parsed.headers.get('date') ?? '').toISOString()).toBe(
      '2026-03-02T09:15:30.000Z',
    );
    expect(parsed.headers.get('mime-version')).toBe('1.0');
    expect(parsed.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/i);
    expect(parsed.text.trimEnd()).toBe(message().text.trimEnd());
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
