import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { actorOf, AuditService } from '@boards/api/audit';
import {
  Clock,
  decodeCursor,
  isUuid,
  pageSize,
  toConnection,
  type Connection,
  type SignedInViewer,
} from '@boards/api/graphql';
import { DomainError, emailDeliveryStatus, emailResend } from '@boards/domain';
import type { EmailDeliveryStatus } from '@boards/shared/contracts';
import type { EmailDeliveryModel } from './email-delivery.model';

interface DeliveryRow {
  id: string;
  kind: string;
  to_address: string;
  person_id: string | null;
  person_name: string | null;
  subject: string;
  created_at: Date;
  created_key: string;
  send_after: Date;
  attempts: number;
  last_attempt_at: Date | null;
  last_error: string | null;
  sent_at: Date | null;
  gave_up_at: Date | null;
  resent_from_id: string | null;
}

/** Everything the secretariat may see of a message: never its body, headers or attachments. */
const SELECT_DELIVERIES = `
  SELECT m.id, m.kind, m.to_address, m.person_id, p.full_name AS person_name, m.subject,
         m.created_at, m.created_at::text AS created_key, m.send_after, m.attempts,
         m.last_attempt_at, m.last_error, m.sent_at, m.gave_up_at, m.resent_from_id
    FROM outbox_message m
    LEFT JOIN person p ON p.id = m.person_id`;

/** The statuses of emailDeliveryStatus as SQL conditions, for filtering in the database. */
export const STATUS_CONDITIONS: Record<EmailDeliveryStatus, string> = {
  SENT: 'm.sent_at IS NOT NULL',
  FAILED: 'm.sent_at IS NULL AND m.gave_up_at IS NOT NULL',
  RETRYING: 'm.sent_at IS NULL AND m.gave_up_at IS NULL AND m.attempts > 0',
  QUEUED: 'm.sent_at IS NULL AND m.gave_up_at IS NULL AND m.attempts = 0',
};

function toModel(row: DeliveryRow): EmailDeliveryModel {
  return {
    id: row.id,
    kind: row.kind,
    to: row.to_address,
    personId: row.person_id,
    personName: row.person_name,
    subject: row.subject,
    status: emailDeliveryStatus({
      sentAt: row.sent_at,
      gaveUpAt: row.gave_up_at,
      attempts: row.attempts,
    }),
    createdAt: row.created_at,
    sendAfter: row.send_after,
    attempts: row.attempts,
    lastAttemptAt: row.last_attempt_at,
    lastError: row.last_error,
    sentAt: row.sent_at,
    gaveUpAt: row.gave_up_at,
    resentFromId: row.resent_from_id,
  };
}

const notFound = () => new DomainError('NOT_FOUND', 'We could not find that email');

/** The secretariat's view of email delivery, and sending an email again. */
@Injectable()
export class EmailDeliveriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** Emails newest first (the order they were queued), a page at a time. */
  async list(args: {
    status?: EmailDeliveryStatus | null;
    personId?: string | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Connection<EmailDeliveryModel>> {
    const first = pageSize(args.first);
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (args.status) conditions.push(STATUS_CONDITIONS[args.status]);
    if (args.personId) {
      if (!isUuid(args.personId)) {
        throw new DomainError('BAD_USER_INPUT', 'personId is not a person id', {
          field: 'personId',
        });
      }
      params.push(args.personId);
      conditions.push(`m.person_id = $${params.length}`);
    }
    const where = (extra: string[] = []) => {
      const all = [...conditions, ...extra];
      return all.length ? ` WHERE ${all.map((c) => `(${c})`).join(' AND ')}` : '';
    };
    const [{ count }] = (await this.dataSource.query(
      `SELECT count(*)::int AS count FROM outbox_message m${where()}`,
      params,
    )) as [{ count: number }];
    const keyset: string[] = [];
    const pageParams = [...params];
    if (args.after) {
      const [createdKey, id] = decodeCursor(args.after, 2);
      if (
        typeof createdKey !== 'string' ||
        typeof id !== 'string' ||
        !isUuid(id) ||
        !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/.test(createdKey)
      ) {
        throw new DomainError('BAD_USER_INPUT', 'after is not a cursor from this list', {
          field: 'after',
        });
      }
      pageParams.push(createdKey, id);
      keyset.push(
        `(m.created_at, m.id) < ($${pageParams.length - 1}::timestamptz, $${pageParams.length}::uuid)`,
      );
    }
    pageParams.push(first + 1);
    const rows = (await this.dataSource.query(
      `${SELECT_DELIVERIES}${where(keyset)}
        ORDER BY m.created_at DESC, m.id DESC
        LIMIT $${pageParams.length}`,
      pageParams,
    )) as DeliveryRow[];
    return toConnection(rows, first, count, toModel, (row) => [row.created_key, row.id]);
  }

  /**
   * Sends an email again (rules in email-delivery.rule): a failed one goes back in the queue,
   * its attempts counted afresh; a sent one is copied into the queue, linked to the original.
   * Returns the email now queued. Audited.
   */
  async resend(
    viewer: SignedInViewer,
    id: string,
    now = this.clock.now(),
  ): Promise<EmailDeliveryModel> {
    return this.dataSource.transaction(async (manager) => {
      const original = await this.lock(manager, id);
      const before = {
        status: original.status,
        attempts: original.attempts,
        lastError: original.lastError,
      };
      const how = emailResend(original.status);
      let queuedId = original.id;
      if (how === 'REQUEUE') {
        await manager.query(
          `UPDATE outbox_message
              SET gave_up_at = NULL, attempts = 0, last_error = NULL, send_after = $2
            WHERE id = $1`,
          [id, now],
        );
      } else {
        // The copy is made in the database: the body never passes through here.
        const [copy] = (await manager.query(
          `INSERT INTO outbox_message
             (kind, to_address, subject, body_text, body_html, attachments, headers, person_id,
              created_at, send_after, resent_from_id)
           SELECT kind, to_address, subject, body_text, body_html, attachments, headers, person_id,
                  $2, $2, id
             FROM outbox_message WHERE id = $1
           RETURNING id`,
          [id, now],
        )) as { id: string }[];
        if (!copy) throw notFound();
        queuedId = copy.id;
      }
      await this.audit.record(manager, actorOf(viewer), {
        action: 'email.resend',
        objectType: 'EmailMessage',
        objectId: id,
        before,
        after:
          how === 'REQUEUE'
            ? { status: 'QUEUED', attempts: 0, lastError: null }
            : { status: original.status, copyId: queuedId },
      });
      return this.read(manager, queuedId);
    });
  }

  private async lock(manager: EntityManager, id: string): Promise<EmailDeliveryModel> {
    if (!isUuid(id)) throw notFound();
    const [row] = (await manager.query(`${SELECT_DELIVERIES} WHERE m.id = $1 FOR UPDATE OF m`, [
      id,
    ])) as DeliveryRow[];
    if (!row) throw notFound();
    return toModel(row);
  }

  private async read(manager: EntityManager, id: string): Promise<EmailDeliveryModel> {
    const [row] = (await manager.query(`${SELECT_DELIVERIES} WHERE m.id = $1`, [
      id,
    ])) as DeliveryRow[];
    if (!row) throw notFound();
    return toModel(row);
  }
}
