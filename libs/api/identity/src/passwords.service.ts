import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { actorOf, AuditService } from '@boards/api/audit';
import { LoginAttemptEntity } from '@boards/api/database';
import { Clock, type SignedInViewer } from '@boards/api/graphql';
import { OutboxService } from '@boards/api/notifications';
import { DomainError } from '@boards/domain';
import { passwordResetEmail } from './account-emails';
import {
  ACCOUNT_LIFECYCLE_OPTIONS,
  type AccountLifecycleOptions,
} from './account-lifecycle.options';
import { AccountTokensService } from './account-tokens.service';
import { AuthService } from './auth.service';
import { tokenInvalid } from './invitations.service';
import { assertAcceptablePassword } from './new-password';
import { hashPassword, verifyPassword } from './password-hasher';
import { SessionsService } from './sessions.service';

const MAX_EMAIL_LENGTH = 320;
const MAX_ADDRESS_LENGTH = 64;
/** Longer than any acceptable password; a longer current password is wrong without hashing it. */
const MAX_CURRENT_PASSWORD_LENGTH = 1_024;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+$/;

/** The actor of a request nobody has signed in to make. */
const RESET_REQUESTER = { accountId: null, label: 'Password reset request' };

/**
 * Passwords after the first: forgotten (a one-time link by email, which ends every session) and
 * changed by their owner (which ends the owner's other sessions).
 */
@Injectable()
export class PasswordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ACCOUNT_LIFECYCLE_OPTIONS) private readonly options: AccountLifecycleOptions,
    private readonly tokens: AccountTokensService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly sessions: SessionsService,
    private readonly auth: AuthService,
    private readonly clock: Clock,
  ) {}

  /**
   * Sends a reset link to the address if it belongs to an enabled account with a password.
   * The answer is the same either way, so it does not tell who has an account; the throttle
   * counts every request, for known and unknown addresses alike.
   */
  async requestReset(
    request: { email: string; address: string },
    now = this.clock.now(),
  ): Promise<true> {
    const emailKey = request.email.trim().toLowerCase();
    if (emailKey.length > MAX_EMAIL_LENGTH || !EMAIL_SHAPE.test(emailKey)) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Enter an email address in the correct format, like name@example.com',
        { field: 'email' },
      );
    }
    const address = request.address.slice(0, MAX_ADDRESS_LENGTH);
    await this.refuseIfTooMany(emailKey, address, now);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO password_reset_request (email_key, address, requested_at) VALUES ($1, $2, $3)`,
        [emailKey, address, now],
      );
      const [account] = (await manager.query(
        `SELECT a.id, a.person_id, p.full_name, p.email
           FROM account a JOIN person p ON p.id = a.person_id
          WHERE lower(p.email) = $1 AND a.password_hash IS NOT NULL AND a.disabled_at IS NULL
          FOR UPDATE OF a`,
        [emailKey],
      )) as { id: string; person_id: string; full_name: string; email: string }[];
      if (!account) return;
      const issued = await this.tokens.issue(
        manager,
        { accountId: account.id, purpose: 'PASSWORD_RESET', createdBy: null },
        now,
      );
      const email = passwordResetEmail({
        fullName: account.full_name,
        link: `${this.options.webOrigin}/reset-password?token=${issued.token}`,
        expiresAt: issued.expiresAt,
      });
      await this.outbox.enqueue(
        manager,
        {
          kind: 'account.password-reset',
          to: account.email,
          personId: account.person_id,
          ...email,
        },
        now,
      );
      await this.audit.record(manager, RESET_REQUESTER, {
        action: 'password.reset.request',
        objectType: 'Account',
        objectId: account.id,
        after: { tokenId: issued.id, expiresAt: issued.expiresAt.toISOString() },
      });
    });
    return true;
  }

  /** Sets a new password with a reset link, and ends every session of the account. */
  async resetPassword(
    request: { token: string; password: string },
    now = this.clock.now(),
  ): Promise<true> {
    const open = await this.tokens.find(request.token, 'PASSWORD_RESET', now);
    if (!open) throw tokenInvalid();
    assertAcceptablePassword(request.password, open);
    const passwordHash = await hashPassword(request.password);
    await this.dataSource.transaction(async (manager) => {
      const used = await this.tokens.consume(manager, request.token, 'PASSWORD_RESET', now);
      if (!used) throw tokenInvalid();
      await manager.query(`UPDATE account SET password_hash = $2, updated_at = $3 WHERE id = $1`, [
        used.accountId,
        passwordHash,
        now,
      ]);
      const sessionsEnded = await this.sessions.endAllFor(
        manager,
        used.accountId,
        'PASSWORD_RESET',
        now,
      );
      await this.audit.record(
        manager,
        { accountId: used.accountId, label: open.fullName },
        {
          action: 'password.reset',
          objectType: 'Account',
          objectId: used.accountId,
          after: { tokenId: used.id, sessionsEnded },
        },
      );
    });
    return true;
  }

  /**
   * Changes the signed-in account's password, which needs the current one; every other session
   * of the account ends, and any reset link still open stops working. A wrong current password
   * counts as a failed sign-in, so the sign-in throttle applies.
   */
  async changePassword(
    viewer: SignedInViewer,
    request: { currentPassword: string; newPassword: string; address: string },
    now = this.clock.now(),
  ): Promise<true> {
    const [account] = (await this.dataSource.query(
      `SELECT a.password_hash, p.full_name, p.email
         FROM account a JOIN person p ON p.id = a.person_id WHERE a.id = $1`,
      [viewer.accountId],
    )) as { password_hash: string | null; full_name: string; email: string | null }[];
    if (!account) throw new DomainError('UNAUTHENTICATED', 'Sign in to do that');
    const emailKey = (account.email ?? viewer.accountId).trim().toLowerCase();
    const address = request.address.slice(0, MAX_ADDRESS_LENGTH);
    await this.auth.refuseIfThrottled(emailKey, address, now);
    const correct =
      account.password_hash !== null &&
      request.currentPassword.length <= MAX_CURRENT_PASSWORD_LENGTH &&
      (await verifyPassword(account.password_hash, request.currentPassword));
    if (!correct) {
      await this.dataSource.getRepository(LoginAttemptEntity).insert({
        emailKey,
        address,
        attemptedAt: now,
        succeeded: false,
      });
      throw new DomainError('BAD_USER_INPUT', 'Your current password is not correct', {
        field: 'currentPassword',
      });
    }
    assertAcceptablePassword(
      request.newPassword,
      { fullName: account.full_name, email: account.email },
      'newPassword',
    );
    const passwordHash = await hashPassword(request.newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE account SET password_hash = $2, updated_at = $3 WHERE id = $1`, [
        viewer.accountId,
        passwordHash,
        now,
      ]);
      const sessionsEnded = await this.sessions.endAllFor(
        manager,
        viewer.accountId,
        'PASSWORD_CHANGED',
        now,
        { except: viewer.sessionId },
      );
      const resetLinksRevoked = await this.tokens.revokeOpen(
        manager,
        viewer.accountId,
        now,
        'PASSWORD_RESET',
      );
      await this.audit.record(manager, actorOf(viewer), {
        action: 'password.change',
        objectType: 'Account',
        objectId: viewer.accountId,
        after: { sessionsEnded, resetLinksRevoked },
      });
    });
    return true;
  }

  private async refuseIfTooMany(emailKey: string, address: string, now: Date): Promise<void> {
    const since = new Date(now.getTime() - this.options.resetThrottleWindowMinutes * 60_000);
    const [{ by_email, by_address }] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email_key = $1)::int AS by_email,
              count(*) FILTER (WHERE address = $2)::int AS by_address
         FROM password_reset_request
        WHERE requested_at > $3 AND requested_at <= $4 AND (email_key = $1 OR address = $2)`,
      [emailKey, address, since, now],
    )) as [{ by_email: number; by_address: number }];
    if (
      by_email >= this.options.resetMaxPerEmail ||
      by_address >= this.options.resetMaxPerAddress
    ) {
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        `Too many requests to reset a password. Wait ${this.options.resetThrottleWindowMinutes} minutes and try again`,
      );
    }
  }
}
