import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxMessageEntity } from '@boards/api/database';

export interface OutboxEntry {
  /** What the message is about, for operators: e.g. `account.invitation`. */
  kind: string;
  to: string;
  subject: string;
  /** Plain text. */
  text: string;
}

const LIMITS = { kind: 40, to: 320, subject: 300 } as const;

/**
 * Puts an email in the outbox with the caller's transaction, so the message exists exactly when
 * the change that causes it commits. The OutboxSender delivers it afterwards.
 */
@Injectable()
export class OutboxService {
  async enqueue(manager: EntityManager, entry: OutboxEntry, now = new Date()): Promise<string> {
    for (const field of ['kind', 'to', 'subject'] as const) {
      const value = entry[field];
      if (!value || value.length > LIMITS[field] || /[\r\n]/.test(value)) {
        throw new Error(`Outbox ${field} must be one line of 1 to ${LIMITS[field]} characters`);
      }
    }
    const result = await manager.insert(OutboxMessageEntity, {
      kind: entry.kind,
      toAddress: entry.to,
      subject: entry.subject,
      bodyText: entry.text,
      createdAt: now,
      sendAfter: now,
    });
    return (result.identifiers[0] as { id: string }).id;
  }
}
