import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The emails the portal under test has "sent": in development the API writes each one as an
 * .eml file under its DATA_DIR (the e2e data folder, see playwright.config.ts), within
 * OUTBOX_INTERVAL_SECONDS of it being queued.
 */
const MAIL_DIR = path.resolve(__dirname, '..', '..', '..', 'tmp', 'e2e-data', 'mail');

function decodeBody(eml: string): string {
  const [head, ...rest] = eml.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/gi, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/**
 * Waits for an email to `to` written after `since` whose text links to `linkPath`, and returns
 * that link as a path on the site under test (the email's own origin is WEB_ORIGIN).
 */
export async function waitForEmailLink(
  to: string,
  linkPath: '/accept-invitation' | '/reset-password',
  since: Date,
  timeoutMs = 40_000,
): Promise<string> {
  const pattern = new RegExp(`${linkPath}\\?token=([\\w-]+)`);
  const deadline = Date.now() + timeoutMs;
  const stamp = since.toISOString().replace(/[:.]/g, '-');
  while (Date.now() < deadline) {
    const files = await readdir(MAIL_DIR).catch(() => [] as string[]);
    // Names start with the time they were written, so they sort by time; newest first.
    for (const file of files
      .filter((name) => name.endsWith('.eml') && name >= stamp)
      .sort()
      .reverse()) {
      const eml = await readFile(path.join(MAIL_DIR, file), 'utf8');
      const head = eml.split(/\r?\n\r?\n/)[0];
      if (!new RegExp(`^to:.*${to.replace(/[.]/g, '\\.')}`, 'im').test(head)) continue;
      const match = pattern.exec(decodeBody(eml));
      if (match) return `${linkPath}?token=${match[1]}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`No email to ${to} linking to ${linkPath} within ${timeoutMs / 1000} s`);
}
