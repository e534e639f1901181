/** One email, ready to hand to a transport. Plain text only. */
export interface MailMessage {
  /** The outbox message's id: it becomes the Message-ID, so a resent copy can be recognised. */
  id: string;
  from: string;
  to: string;
  subject: string;
  text: string;
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
