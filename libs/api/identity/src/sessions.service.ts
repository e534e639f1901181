import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { preparedQuery, SessionEntity } from '@boards/api/database';
import { ANONYMOUS, Clock, type RequestViewer } from '@boards/api/graphql';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity.options';
import { hashSessionToken, isWellFormedToken, newSessionToken } from './session-token';

export type SessionEndReason =
  | 'LOGOUT'
  | 'ROTATED'
  | 'IDLE'
  | 'EXPIRED'
  | 'ACCOUNT_DISABLED'
  | 'NO_MEMBERSHIP'
  | 'PASSWORD_RESET'
  | 'PASSWORD_CHANGED'
  | 'SECOND_FACTOR_CHANGED';

/**
 * The second factor an account owes after its password: a code when it has an authenticator
 * app; setting one up first when it is staff (secretariat or admin) and staff must have one.
 */
export function secondFactorOwed(
  account: { grants: readonly string[]; totpEnabled: boolean },
  requireStaffTotp: boolean,
): SecondFactorStep | null {
  if (account.totpEnabled) return 'TOTP';
  const staff = account.grants.includes('SECRETARIAT') || account.grants.includes('ADMIN');
  return staff && requireStaffTotp ? 'TOTP_SETUP' : null;
}

/** How often at most a session's last-seen time is written (a write on every request is waste). */
const TOUCH_INTERVAL_MS = 60_000;

/** A session that still owes a second factor ends this long after the password, whatever happens. */
export const PENDING_SESSION_MINUTES = 15;

export type SecondFactorStep = 'TOTP' | 'TOTP_SETUP';

@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly clock: Clock,
  ) {}

  /**
   * Starts a session in the caller's transaction; the token is returned once and never stored.
   * With `pendingStep` the session only stands for a password: it owes that second-factor step
   * and lasts PENDING_SESSION_MINUTES at most.
   */
  async start(
    manager: EntityManager,
    accountId: string,
    now = this.clock.now(),
    pendingStep: SecondFactorStep | null = null,
  ): Promise<{ token: string; expiresAt: Date; sessionId: string }> {
    const token = newSessionToken();
    const lifetimeMs = pendingStep
      ? PENDING_SESSION_MINUTES * 60_000
      : this.options.absoluteTimeoutHours * 3_600_000;
    const expiresAt = new Date(now.getTime() + lifetimeMs);
    const session = manager.create(SessionEntity, {
      accountId,
      tokenHash: hashSessionToken(token),
      createdAt: now,
      lastSeenAt: now,
      expiresAt,
      pendingStep,
    });
    await manager.save(session);
    return { token, expiresAt, sessionId: session.id };
  }

  /**
   * The viewer a token stands for: its account while the session is open, not idle past the
   * limit, not past its absolute end, and the account is enabled. Otherwise anonymous, and a
   * session found to have lapsed is ended on the spot. A session that owes a second factor
   * stands for a PENDING viewer; so does a complete one of staff without an authenticator app
   * while staff must have one (granted staff rights after signing in without it).
   */
  async viewerFor(token: string | undefined, now = this.clock.now()): Promise<RequestViewer> {
    if (!token || !isWellFormedToken(token)) return ANONYMOUS;
    // Every signed-in request asks this: a prepared statement, no query builder.
    const [row] = await preparedQuery<{
      session_id: string;
      last_seen_at: Date;
      expires_at: Date;
      pending_step: SecondFactorStep | null;
      account_id: string;
      grants: ('SECRETARIAT' | 'ADMIN')[];
      disabled_at: Date | null;
      totp_enabled_at: Date | null;
      person_id: string;
      full_name: string;
    }>(
      this.dataSource,
      `SELECT s.id AS session_id, s.last_seen_at, s.expires_at, s.pending_step,
              a.id AS account_id, a.grants, a.disabled_at, a.totp_enabled_at,
              p.id AS person_id, p.full_name
         FROM session s JOIN account a ON a.id = s.account_id JOIN person p ON p.id = a.person_id
        WHERE s.token_hash = $1 AND s.ended_at IS NULL`,
      [hashSessionToken(token)],
    );
    if (!row) return ANONYMOUS;
    const lapsed: SessionEndReason | null = row.disabled_at
      ? 'ACCOUNT_DISABLED'
      : now >= row.expires_at
        ? 'EXPIRED'
        : now.getTime() - row.last_seen_at.getTime() >= this.options.idleTimeoutMinutes * 60_000
          ? 'IDLE'
          : null;
    if (lapsed) {
      await this.end(this.dataSource.manager, row.session_id, lapsed, now);
      return ANONYMOUS;
    }
    if (now.getTime() - row.last_seen_at.getTime() >= TOUCH_INTERVAL_MS) {
      await this.dataSource
        .getRepository(SessionEntity)
        .update({ id: row.session_id }, { lastSeenAt: now });
    }
    const owed =
      row.pending_step ??
      (secondFactorOwed(
        { grants: row.grants, totpEnabled: row.totp_enabled_at !== null },
        this.options.requireStaffTotp,
      ) === 'TOTP_SETUP'
        ? 'TOTP_SETUP'
        : null);
    if (owed) {
      return {
        kind: 'PENDING',
        accountId: row.account_id,
        personId: row.person_id,
        fullName: row.full_name,
        sessionId: row.session_id,
        step: owed,
      };
    }
    return {
      kind: 'ACCOUNT',
      accountId: row.account_id,
      personId: row.person_id,
      fullName: row.full_name,
      grants: row.grants,
      sessionId: row.session_id,
    };
  }

  /** Ends a session; false when it had already ended (another request got there first). */
  async end(
    manager: EntityManager,
    sessionId: string,
    reason: SessionEndReason,
    now = this.clock.now(),
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ endedAt: now, endReason: reason })
      .where('id = :sessionId AND ended_at IS NULL', { sessionId })
      .execute();
    return (result.affected ?? 0) > 0;
  }

  /**
   * Ends every open session of an account (disabled, password reset, no longer entitled), or
   * every one `except` one (password changed in that session), in the caller's transaction.
   */
  async endAllFor(
    manager: EntityManager,
    accountId: string,
    reason: SessionEndReason,
    now = this.clock.now(),
    { except }: { except?: string } = {},
  ): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(SessionEntity)
      .set({ endedAt: now, endReason: reason })
      .where('account_id = :accountId AND ended_at IS NULL', { accountId })
      .andWhere(except ? 'id <> :except' : 'TRUE', { except })
      .execute();
    return result.affected ?? 0;
  }
}
