export type MailTransportSetting = { kind: 'file'; dir: string } | { kind: 'smtp'; url: string };

export interface NotificationsOptions {
  transport: MailTransportSetting;
  /** The From header of every message, e.g. `Boards portal <no-reply@example.org>`. */
  from: string;
  /** Seconds between the background sender's runs; 0 leaves it off (tests drive it themselves). */
  intervalSeconds: number;
  /** After this many failed attempts a message is given up (it stays in the outbox, unsent). */
  maxAttempts?: number;
  /** Messages sent at most per run. */
  batchSize?: number;
}

export const NOTIFICATIONS_OPTIONS = Symbol('NOTIFICATIONS_OPTIONS');

export const DEFAULT_MAX_ATTEMPTS = 8;
export const DEFAULT_BATCH_SIZE = 50;
