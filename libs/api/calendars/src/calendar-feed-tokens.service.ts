import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, actorOf } from '@boards/api/audit';
import type { SignedInViewer } from '@boards/api/graphql';
import { hashSessionToken, isWellFormedToken, newSessionToken } from '@boards/api/identity';

/** Whose feed a token opens: an enabled account's person. */
export interface CalendarFeedOwner {
  accountId: string;
  personId: string;
  fullName: string;
}

/**
 * The secrets in the addresses of members' calendar feeds: 256 bits from the CSPRNG (as session
 * tokens), stored only as their SHA-256, at most one open per account. Making a new one revokes
 * the old; both steps are audited. A token opens nothing once revoked, or once its account is
 * disabled.
 */
@Injectable()
export class CalendarFeedTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A new token for the viewer's feed, in place of any they had; returned once, never stored. */
  async create(viewer: SignedInViewer): Promise<string> {
    const token = newSessionToken();
    await this.dataSource.transaction(async (manager) => {
      const replaced = await this.revokeOpen(manager, viewer.accountId);
      const [row] = (await manager.query(
        `INSERT INTO calendar_feed_token (account_id, token_hash) VALUES ($1, $2) RETURNING id`,
        [viewer.accountId, hashSessionToken(token)],
      )) as { id: string }[];
      await this.audit.record(manager, actorOf(viewer), {
        action: 'calendarFeed.create',
        objectType: 'CalendarFeed',
        objectId: (row as { id: string }).id,
        after: { replacedEarlierAddress: replaced.length > 0 },
      });
    });
    return token;
  }

  /** Revokes the viewer's open token; false when they had none (nothing is recorded then). */
  async revoke(viewer: SignedInViewer): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const revoked = await this.revokeOpen(manager, viewer.accountId);
      for (const id of revoked) {
        await this.audit.record(manager, actorOf(viewer), {
          action: 'calendarFeed.revoke',
          objectType: 'CalendarFeed',
          objectId: id,
        });
      }
      return revoked.length > 0;
    });
  }

  /**
   * Revokes the account's open tokens, with the account's row locked first so that two requests
   * at once queue (one open token per account); returns the ids revoked.
   */
  private async revokeOpen(manager: EntityManager, accountId: string): Promise<string[]> {
    await manager.query(`SELECT 1 FROM account WHERE id = $1 FOR UPDATE`, [accountId]);
    const [rows] = (await manager.query(
      `UPDATE calendar_feed_token SET revoked_at = now()
        WHERE account_id = $1 AND revoked_at IS NULL RETURNING id`,
      [accountId],
    )) as [{ id: string }[], number];
    return rows.map((row) => row.id);
  }

  /** Whether each account has a feed address that works, in the order asked. */
  async haveOpen(accountIds: readonly string[]): Promise<boolean[]> {
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT account_id FROM calendar_feed_token
        WHERE account_id = ANY($1::uuid[]) AND revoked_at IS NULL`,
      [[...new Set(accountIds)]],
    )) as { account_id: string }[];
    const open = new Set(rows.map((row) => row.account_id));
    return accountIds.map((id) => open.has(id));
  }

  /** Whose feed `token` opens; null for a token that is unknown, revoked, or of a disabled account. */
  async ownerOf(token: string): Promise<CalendarFeedOwner | null> {
    if (!isWellFormedToken(token)) return null;
    const [row] = (await this.dataSource.query(
      `SELECT a.id AS account_id, p.id AS person_id, p.full_name
         FROM calendar_feed_token t
         JOIN account a ON a.id = t.account_id AND a.disabled_at IS NULL
         JOIN person p ON p.id = a.person_id
        WHERE t.token_hash = $1 AND t.revoked_at IS NULL`,
      [hashSessionToken(token)],
    )) as { account_id: string; person_id: string; full_name: string }[];
    return row
      ? { accountId: row.account_id, personId: row.person_id, fullName: row.full_name }
      : null;
  }
}
