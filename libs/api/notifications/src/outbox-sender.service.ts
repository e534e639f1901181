import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '@boards/api/graphql';
import { MAIL_TRANSPORT, type MailAttachment, type MailTransport } from './mail-transport';
import {
  DEFAULT_BATCH_SIZE,
  DEFAULT_MAX_ATTEMPTS,
  NOTIFICATIONS_OPTIONS,
  type NotificationsOptions,
} from './notifications.options';

export interface DeliveryReport {
  sent: number;
  failed: number;
  /** Of the failed, those that reached the last attempt and will not be tried again. */
  gaveUp: number;
}

const FIRST_RETRY_MS = 60_000;
const LONGEST_RETRY_MS = 6 * 3_600_000;
const LAST_ERROR_LENGTH = 300;

/** The wait before the next try after `failures` failed attempts: 1, 2, 4 … minutes, at most 6 hours. */
export function retryDelayMs(failures: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1), LONGEST_RETRY_MS);
}

/** One line, short enough to store and to show, from whatever a transport threw. */
export function shortError(error: unknown): string {
  const text =
    error instanceof Error ? `${error.name}: ${error.message}` : `Error: ${String(error)}`;
  const line = text.split(/\r?\n/, 1)[0] ?? '';
  return line.length > LAST_ERROR_LENGTH ? `${line.slice(0, LAST_ERROR_LENGTH - 1)}…` : line;
}

interface PendingRow {
  id: string;
  to_address: string;
  subject: string;
  body_text: string;
  body_html: string | null;
  attachments: MailAttachment[];
  headers: Record<string, string>;
  attempts: number;
}

/**
 * Delivers the outbox. Each message is taken in its own transaction with FOR UPDATE SKIP
 * LOCKED, so any number of API replicas can run this at once without sending a message twice:
 * a message being sent by one is skipped by the others. A send that fails is retried later
 * with a growing wait, and given up (gave_up_at) after the last attempt. Delivery is at least once: if the
 * process dies after the server accepted a message but before its row was marked, it is sent
 * again (with the same Message-ID).
 */
@Injectable()
export class OutboxSender implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Outbox');
  private readonly maxAttempts: number;
  private readonly batchSize: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly options: NotificationsOptions,
    private readonly clock: Clock,
  ) {
    this.maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
    this.batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  }

  onApplicationBootstrap(): void {
    if (this.options.intervalSeconds > 0) this.start(this.options.intervalSeconds);
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
    await this.transport.close?.();
  }

  /** Runs deliverPending every `intervalSeconds`, one run at a time. */
  start(intervalSeconds: number): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.tick(), intervalSeconds * 1000);
    this.timer.unref();
  }

  /** Stops the timer and waits for a run in progress to finish. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  private tick(): void {
    if (this.running) return;
    this.running = this.deliverPending()
      .catch((error: unknown) => this.logger.error(`Outbox run failed: ${shortError(error)}`))
      .finally(() => {
        this.running = undefined;
      });
  }

  /** Sends the messages due at `now`, up to the batch size. */
  async deliverPending(now = this.clock.now()): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, failed: 0, gaveUp: 0 };
    for (let i = 0; i < this.batchSize; i += 1) {
      const outcome = await this.deliverOne(now);
      if (outcome === 'none') break;
      if (outcome === 'sent') report.sent += 1;
      else {
        report.failed += 1;
        if (outcome === 'gave-up') report.gaveUp += 1;
      }
    }
    return report;
  }

  private deliverOne(now: Date): Promise<'none' | 'sent' | 'failed' | 'gave-up'> {
    return this.dataSource.transaction(async (manager) => {
      const [row] = (await manager.query(
        `SELECT id, to_address, subject, body_text, body_html, attachments, headers, attempts
           FROM outbox_message
          WHERE sent_at IS NULL AND gave_up_at IS NULL AND send_after <= $1
          ORDER BY send_after, created_at, id
          LIMIT 1
          FOR UPDATE SKIP LOCKED`,
        [now],
      )) as PendingRow[];
      if (!row) return 'none';
      try {
        await this.transport.send({
          id: row.id,
          from: this.options.from,
          to: row.to_address,
          subject: row.subject,
          text: row.body_text,
          html: row.body_html,
          attachments: row.attachments,
          headers: row.headers,
          date: now,
        });
      } catch (error) {
        const attempts = row.attempts + 1;
        const lastError = shortError(error);
        const gaveUp = attempts >= this.maxAttempts;
        await manager.query(
          `UPDATE outbox_message
              SET attempts = $2, last_error = $3, last_attempt_at = $5::timestamptz,
                  send_after = CASE WHEN $6::boolean THEN send_after ELSE $4 END,
                  gave_up_at = CASE WHEN $6::boolean THEN $5::timestamptz ELSE NULL END
            WHERE id = $1`,
          [
            row.id,
            attempts,
            lastError,
            new Date(now.getTime() + retryDelayMs(attempts)),
            now,
            gaveUp,
          ],
        );
        this.logger.warn(
          `Outbox message ${row.id} not sent (attempt ${attempts} of ${this.maxAttempts}` +
            `${gaveUp ? ', giving up' : ''}): ${lastError}`,
        );
        return gaveUp ? 'gave-up' : 'failed';
      }
      await manager.query(
        `UPDATE outbox_message
            SET attempts = attempts + 1, sent_at = $2, last_attempt_at = $2, last_error = NULL
          WHERE id = $1`,
        [row.id, now],
      );
      return 'sent';
    });
  }
}
