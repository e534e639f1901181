import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import type { AccountTokenPurpose } from '@boards/api/database';
import {
  ACCOUNT_LIFECYCLE_OPTIONS,
  type AccountLifecycleOptions,
} from './account-lifecycle.options';
import { hashSessionToken, isWellFormedToken, newSessionToken } from './session-token';
import { Clock } from '@boards/api/graphql';

export interface IssuedToken {
  id: string;
  /** The token itself: put it in the email and forget it; only its SHA-256 is stored. */
  token: string;
  expiresAt: Date;
}

/** An open token (unused, not revoked, not expired) of an enabled account, and whose it is. */
export interface OpenToken {
  id: string;
  accountId: string;
  personId: string;
  fullName: string;
  email: string | null;
  grants: ('SECRETARIAT' | 'ADMIN')[];
}

/** The conditions under which a token may still be used, on `account_token t` joined to `account a`. */
const OPEN = `t.token_hash = $1 AND t.purpose = $2 AND t.used_at IS NULL AND t.revoked_at IS NULL
  AND t.expires_at > $3 AND a.id = t.account_id AND a.disabled_at IS NULL`;

/**
 * One-time tokens sent by email (invitations, password resets): 256 bits from the CSPRNG, stored
 * only as their SHA-256, used once, expiring; a new token of a purpose revokes the account's
 * older open ones of that purpose.
 */
@Injectable()
export class AccountTokensService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ACCOUNT_LIFECYCLE_OPTIONS) private readonly options: AccountLifecycleOptions,
    private readonly clock: Clock,
  ) {}

  lifetimeMs(purpose: AccountTokenPurpose): number {
    return purpose === 'INVITATION'
      ? this.options.invitationTtlHours * 3_600_000
      : this.options.passwordResetTtlMinutes * 60_000;
  }

  /** Issues a token in the caller's transaction, revoking the account's open ones of the purpose. */
  async issue(
    manager: EntityManager,
    request: { accountId: string; purpose: AccountTokenPurpose; createdBy: string | null },
    now = this.clock.now(),
  ): Promise<IssuedToken> {
    await this.revokeOpen(manager, request.accountId, now, request.purpose);
    const token = newSessionToken();
    const expiresAt = new Date(now.getTime() + this.lifetimeMs(request.purpose));
    const [row] = (await manager.query(
      `INSERT INTO account_token (account_id, purpose, token_hash, created_at, created_by, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        request.accountId,
        request.purpose,
        hashSessionToken(token),
        now,
        request.createdBy,
        expiresAt,
      ],
    )) as { id: string }[];
    return { id: (row as { id: string }).id, token, expiresAt };
  }

  /** The open token `token` of `purpose`, without using it; null for anything else. */
  async find(
    token: string,
    purpose: AccountTokenPurpose,
    now = this.clock.now(),
  ): Promise<OpenToken | null> {
    if (!isWellFormedToken(token)) return null;
    const [row] = (await this.dataSource.query(
      `SELECT t.id, t.account_id, a.grants, p.id AS person_id, p.full_name, p.email
         FROM account_token t, account a JOIN person p ON p.id = a.person_id
        WHERE ${OPEN}`,
      [hashSessionToken(token), purpose, now],
    )) as {
      id: string;
      account_id: string;
      grants: OpenToken['grants'];
      person_id: string;
      full_name: string;
      email: string | null;
    }[];
    return row
      ? {
          id: row.id,
          accountId: row.account_id,
          personId: row.person_id,
          fullName: row.full_name,
          email: row.email,
          grants: row.grants,
        }
      : null;
  }

  /**
   * Uses the token, in the caller's transaction: marks it used if, and only if, it is still open
   * at this moment (one statement, so two requests racing with one token cannot both succeed).
   */
  async consume(
    manager: EntityManager,
    token: string,
    purpose: AccountTokenPurpose,
    now = this.clock.now(),
  ): Promise<{ id: string; accountId: string } | null> {
    if (!isWellFormedToken(token)) return null;
    const [rows] = (await manager.query(
      `UPDATE account_token t SET used_at = $3 FROM account a WHERE ${OPEN}
       RETURNING t.id, t.account_id`,
      [hashSessionToken(token), purpose, now],
    )) as [{ id: string; account_id: string }[], number];
    const row = rows[0];
    return row ? { id: row.id, accountId: row.account_id } : null;
  }

  /** Revokes the account's open tokens (of one purpose, or all); returns how many. */
  async revokeOpen(
    manager: EntityManager,
    accountId: string,
    now = this.clock.now(),
    purpose?: AccountTokenPurpose,
  ): Promise<number> {
    const [, count] = (await manager.query(
      `UPDATE account_token SET revoked_at = $2
        WHERE account_id = $1 AND used_at IS NULL AND revoked_at IS NULL
          AND ($3::varchar IS NULL OR purpose = $3)`,
      [accountId, now, purpose ?? null],
    )) as [unknown, number];
    return count;
  }
}
