import { createTransport } from 'nodemailer';
import { nodemailerMessage, type MailMessage, type MailTransport } from './mail-transport';

/** How long to wait for the server before a send counts as failed (and is retried later). */
const TIMEOUTS_MS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * Sends through an SMTP server given as a URL: `smtp://user:password@host:587` (STARTTLS when
 * the server offers it) or `smtps://user:password@host:465` (TLS from the start). Nodemailer's
 * URL options are honoured, e.g. `?requireTLS=true`.
 */
export class SmtpMailTransport implements MailTransport {
  private readonly transporter: ReturnType<typeof createTransport>;

  constructor(url: string) {
    if (!/^smtps?:\/\//i.test(url)) throw new Error('SMTP_URL must start with smtp:// or smtps://');
    this.transporter = createTransport({ url, ...TIMEOUTS_MS });
  }

  async send(message: MailMessage): Promise<void> {
    await this.transporter.sendMail(nodemailerMessage(message));
  }

  close(): void {
    this.transporter.close();
  }
}
