import { createParamDecorator, Injectable, type ExecutionContext } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditEventEntity } from '@boards/api/database';
import { signedInOf } from '@boards/api/graphql';
import type { AuditAction, AuditObjectType } from '@boards/shared/contracts';

/** Who did something: an account, or the system itself (seeding, scheduled work). */
export interface Actor {
  accountId: string | null;
  /** Shown in the trail; for an account, the person's name at the time. */
  label: string;
}

export const SYSTEM_ACTOR: Actor = { accountId: null, label: 'System' };

/** A signed-in account (or a session still owing its second factor) as the trail names it. */
export function actorOf(who: { accountId: string; fullName: string }): Actor {
  return { accountId: who.accountId, label: who.fullName };
}

export interface AuditEntry {
  /** One of the actions named, in words, in shared contracts' AUDIT_ACTION_LABELS. */
  action: AuditAction;
  /** One of the types named in AUDIT_OBJECT_TYPE_LABELS. */
  objectType: AuditObjectType;
  objectId: string | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

@Injectable()
export class AuditService {
  /**
   * Records an entry with the caller's transaction, so the entry exists if and only if the
   * change it describes was committed.
   */
  async record(manager: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
    const row = manager.create(AuditEventEntity, {
      actorAccountId: actor.accountId,
      actorLabel: actor.label,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId,
      before: entry.before ?? null,
      after: entry.after ?? null,
    });
    await manager.save(AuditEventEntity, row, { reload: false });
  }
}

/**
 * A resolver parameter: the signed-in account asking, as the audit trail records who acted;
 * UNAUTHENTICATED for anyone else (the operation's @Access level has normally refused them).
 */
export const AuditActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor =>
  actorOf(signedInOf(context)),
);
