import type { SendMailOptions } from 'nodemailer';

export interface MailAttachment {
  filename: string;
  /** The whole Content-Type, parameters included (a calendar invitation's carries `method=REQUEST`). */
  contentType: string;
  content: string;
}

/** One email, ready to hand to a transport: text, optionally an HTML alternative and attachments. */
export interface MailMessage {
  /** The outbox message's id: it becomes the Message-ID, so a resent copy can be recognised. */
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
  /** With text, sent as multipart/alternative (text first, then HTML). */
  html?: string | null;
  attachments?: readonly MailAttachment[];
  /** Extra header fields (already checked when queued: one line each, no reserved names). */
  headers?: Readonly<Record<string, string>>;
  /** The Date header. */
  date: Date;
}

/** Hands a message over for delivery; throws when it could not. */
export interface MailTransport {
  send(message: MailMessage): Promise<void>;
  /** Releases connections; called when the API stops. */
  close?(): Promise<void> | void;
}

/** Nest injection token of the configured MailTransport. */
export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

/** The address part of `Name <address>` or of a bare address. */
export function addressOf(mailbox: string): string {
  const angle = /<([^<>]+)>\s*$/.exec(mailbox);
  return (angle?.[1] ?? mailbox).trim();
}

/** `<id@domain>`, the domain taken from the sender's address. */
export function messageIdFor(message: Pick<MailMessage, 'id' | 'from'>): string {
  const domain = addressOf(message.from).split('@')[1] || 'localhost';
  return `<${message.id}@${domain}>`;
}

/**
 * The message as nodemailer composes it: multipart/alternative for text and HTML, inside
 * multipart/mixed when there are attachments, each attachment with its own Content-Type.
 */
export function nodemailerMessage(message: MailMessage): SendMailOptions {
  return {
    from: message.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html ? { html: message.html } : {}),
    attachments: (message.attachments ?? []).map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      content: attachment.content,
    })),
    headers: { ...(message.headers ?? {}) },
    date: message.date,
    messageId: messageIdFor(message),
  };
}
