import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createTransport } from 'nodemailer';
import { nodemailerMessage, type MailMessage, type MailTransport } from './mail-transport';

/**
 * The development transport: writes each message as an RFC 5322 `.eml` file (CRLF line ends)
 * into a directory, where any mail client can open it. Names start with the UTC time to the
 * millisecond, then the message id, so they sort by time. A file appears whole or not at all
 * (written under a temporary name, then renamed).
 */
export class FileMailTransport implements MailTransport {
  private readonly composer = createTransport({
    streamTransport: true,
    buffer: true,
    newline: 'windows',
  });

  constructor(
    readonly dir: string,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async send(message: MailMessage): Promise<void> {
    const info = await this.composer.sendMail(nodemailerMessage(message));
    await mkdir(this.dir, { recursive: true });
    const name = `${fileTimestamp(this.clock())}-${message.id}.eml`;
    const temporary = path.join(this.dir, `.${name}.tmp`);
    await writeFile(temporary, info.message as Buffer);
    await rename(temporary, path.join(this.dir, name));
  }
}

/** `2026-11-23T20-09-30-123Z`: ISO 8601 in UTC without the characters some file systems refuse. */
export function fileTimestamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}
