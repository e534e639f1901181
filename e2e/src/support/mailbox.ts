import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';

/**
 * The emails the portal under test has "sent": in development the API writes each one as an
 * .eml file under its DATA_DIR (the e2e data folder, see playwright.config.ts), within
 * OUTBOX_INTERVAL_SECONDS of it being queued.
 */
const MAIL_DIR = path.join(
  process.env['E2E_DATA_DIR'] ?? path.resolve(__dirname, '..', '..', '..', 'tmp', 'e2e-data'),
  'mail',
);

/**
 * Waits for an email to `to` written after `since` that `matches`, and returns it as mailparser
 * reads it.
 */
export async function waitForEmail(
  to: string,
  since: Date,
  matches: (mail: ParsedMail) => boolean,
  timeoutMs = 40_000,
): Promise<ParsedMail> {
  const deadline = Date.now() + timeoutMs;
  const stamp = since.toISOString().replace(/[:.]/g, '-');
  while (Date.now() < deadline) {
    const files = await readdir(MAIL_DIR).catch(() => [] as string[]);
    // Names start with the time they were written, so they sort by time; newest first.
    for (const file of files
      .filter((name) => name.endsWith('.eml') && name >= stamp)
      .sort()
      .reverse()) {
      const mail = await simpleParser(await readFile(path.join(MAIL_DIR, file)));
      const recipients = [mail.to ?? []].flat().flatMap((group) => group.value);
      if (!recipients.some((r) => r.address?.toLowerCase() === to.toLowerCase())) continue;
      if (matches(mail)) return mail;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`No such email to ${to} within ${timeoutMs / 1000} s`);
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
  const mail = await waitForEmail(to, since, (m) => pattern.test(m.text ?? ''), timeoutMs);
  return `${linkPath}?token=${pattern.exec(mail.text ?? '')?.[1]}`;
}

/** The value of a header as the email carries it (`List-Unsubscribe`: `<https://…>`). */
export function headerOf(mail: ParsedMail, name: string): string | undefined {
  const line = mail.headerLines.find((header) => header.key === name.toLowerCase())?.line;
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();
}

/**
 * Waits for an email to `to` written after `since` and returns its subject and Message-ID, for
 * checking that an email the secretariat sent again went out.
 */
export async function waitForEmailTo(
  to: string,
  since: Date,
  timeoutMs = 40_000,
): Promise<{ subject: string; messageId: string }[]> {
  const deadline = Date.now() + timeoutMs;
  const stamp = since.toISOString().replace(/[:.]/g, '-');
  while (Date.now() < deadline) {
    const files = await readdir(MAIL_DIR).catch(() => [] as string[]);
    const found: { subject: string; messageId: string }[] = [];
    for (const file of files.filter((name) => name.endsWith('.eml') && name >= stamp).sort()) {
      const mail = await simpleParser(await readFile(path.join(MAIL_DIR, file)));
      const recipients = [mail.to ?? []].flat().flatMap((group) => group.value);
      if (recipients.some((r) => r.address?.toLowerCase() === to.toLowerCase())) {
        found.push({ subject: mail.subject ?? '', messageId: mail.messageId ?? '' });
      }
    }
    if (found.length) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`No email to ${to} within ${timeoutMs / 1000} s`);
}
