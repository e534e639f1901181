import type { AuditAction } from '@boards/shared/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import QRCode from 'qrcode';
import { LoginAttemptEntity } from '@boards/api/database';
import { AuditService } from '@boards/api/audit';
import { Clock, type RequestViewer } from '@boards/api/graphql';
import { DomainError } from '@boards/domain';
import { AuthService, type LoginResult, type SessionAccount } from './auth.service';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity.options';
import { verifyAgainstDecoy, verifyPassword } from './password-hasher';
import { openSecret, sealSecret } from './secret-box';
import { SessionsService, type SessionEndReason } from './sessions.service';
import { base32Encode, newTotpSecret, normaliseTotpInput, otpauthUri, verifyTotp } from './totp';

export const ENTER_TOTP_CODE = 'Enter the 6-digit code from your authenticator app';
export const WRONG_TOTP_CODE =
  'The code is not correct. Enter the 6-digit code your authenticator app shows now';
export const WRONG_PASSWORD = 'The password is not correct';
const MAX_PASSWORD_LENGTH = 1_024;

type SignedIn = Extract<RequestViewer, { kind: 'ACCOUNT' }>;
type Pending = Extract<RequestViewer, { kind: 'PENDING' }>;

export interface TotpSetup {
  /** Base32, for typing into an app by hand. */
  secret: string;
  otpauthUri: string;
  /** SVG markup of the URI as a QR code; null if it could not be drawn. */
  qrCodeSvg: string | null;
}

interface TotpAccountRow {
  id: string;
  person_id: string;
  full_name: string;
  email: string | null;
  grants: SessionAccount['grants'];
  password_hash: string | null;
  totp_secret: Buffer | null;
  totp_pending_secret: Buffer | null;
  totp_enabled_at: Date | null;
  totp_last_step: string | null;
}

/**
 * The TOTP second factor: entering a code to finish signing in, setting up an authenticator
 * app, and turning it off. Secrets are stored only encrypted (AES-256-GCM, bound to the
 * account). Wrong codes count as failed sign-ins for the account, so they are throttled like
 * passwords; a code, once accepted, is never accepted again.
 */
@Injectable()
export class SecondFactorService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Finishes signing in with a code: the pending session ends and a complete one starts
   * (a new token).
   */
  async verify(
    viewer: RequestViewer,
    request: { code: string; address: string },
    now = this.clock.now(),
  ): Promise<LoginResult> {
    if (viewer.kind === 'ANONYMOUS') throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    if (viewer.kind === 'ACCOUNT') throw new DomainError('FORBIDDEN', 'You are already signed in');
    if (viewer.step !== 'TOTP') {
      throw new DomainError('FORBIDDEN', 'Set up your authenticator app first');
    }
    const code = this.wellFormedCode(request.code);
    await this.refuseIfThrottled(viewer.accountId, request.address, now);
    const account = await this.loadAccount(this.dataSource.manager, viewer.accountId);
    if (!account.totp_secret) {
      throw new DomainError(
        'FORBIDDEN',
        'This account no longer has an authenticator app. Sign in again',
      );
    }
    const secret = openSecret(this.options.totpEncryptionKey, account.totp_secret, account.id);
    const lastStep = account.totp_last_step === null ? null : Number(account.totp_last_step);
    const step = verifyTotp(secret, code, now, lastStep);
    if (step === null) {
      await this.recordFailure(viewer.accountId, request.address, now);
      throw new DomainError('BAD_USER_INPUT', WRONG_TOTP_CODE, { field: 'code' });
    }

    return this.dataSource.transaction(async (manager) => {
      // Guards against the same code arriving twice at once: only one request moves the step on.
      const used = await manager.query(
        `UPDATE account SET totp_last_step = $2
          WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)`,
        [account.id, step],
      );
      if (rowCount(used) !== 1)
        throw new DomainError('BAD_USER_INPUT', WRONG_TOTP_CODE, { field: 'code' });
      return this.replaceSession(manager, viewer, account, 'session.totp.verify', now);
    });
  }

  /**
   * Offers a new secret (kept encrypted, pending, until a code from it is confirmed). For a
   * signed-in account, or a session that must set up an app before signing in.
   */
  async beginSetup(viewer: RequestViewer): Promise<TotpSetup> {
    const subject = this.setupSubject(viewer);
    const account = await this.loadAccount(this.dataSource.manager, subject.accountId);
    const secret = newTotpSecret();
    await this.dataSource.query(`UPDATE account SET totp_pending_secret = $2 WHERE id = $1`, [
      account.id,
      sealSecret(this.options.totpEncryptionKey, secret, account.id),
    ]);
    const uri = otpauthUri(secret, account.email ?? account.full_name);
    return { secret: base32Encode(secret), otpauthUri: uri, qrCodeSvg: await qrCodeSvg(uri) };
  }

  /**
   * Confirms the pending secret with a code from the app: it becomes the account's second
   * factor (replacing any earlier one), the account's other sessions end, and this one is
   * replaced by a complete session (a new token).
   */
  async confirmSetup(
    viewer: RequestViewer,
    request: { code: string; address: string },
    now = this.clock.now(),
  ): Promise<LoginResult> {
    const subject = this.setupSubject(viewer);
    const code = this.wellFormedCode(request.code);
    await this.refuseIfThrottled(subject.accountId, request.address, now);
    const account = await this.loadAccount(this.dataSource.manager, subject.accountId);
    const pending = account.totp_pending_secret;
    if (!pending) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'Start setting up your authenticator app again: there is no set-up to confirm',
        { field: 'code' },
      );
    }
    const secret = openSecret(this.options.totpEncryptionKey, pending, account.id);
    const step = verifyTotp(secret, code, now, null);
    if (step === null) {
      await this.recordFailure(subject.accountId, request.address, now);
      throw new DomainError('BAD_USER_INPUT', WRONG_TOTP_CODE, { field: 'code' });
    }

    return this.dataSource.transaction(async (manager) => {
      const moved = await manager.query(
        `UPDATE account
            SET totp_secret = totp_pending_secret, totp_pending_secret = NULL,
                totp_enabled_at = $3, totp_last_step = $4
          WHERE id = $1 AND totp_pending_secret = $2`,
        [account.id, pending, now, step],
      );
      if (rowCount(moved) !== 1) {
        throw new DomainError(
          'CONFLICT',
          'The set-up changed while you were confirming it. Start setting up your authenticator app again',
        );
      }
      await this.audit.record(manager, actorOf(account), {
        action: 'account.totp.enable',
        objectType: 'Account',
        objectId: account.id,
        before: { totpEnabled: account.totp_enabled_at !== null },
        after: { totpEnabled: true },
      });
      const result = await this.replaceSession(manager, subject, account, null, now);
      // Sessions that signed in without this app (or with an earlier one) end too.
      const reason: SessionEndReason = 'SECOND_FACTOR_CHANGED';
      await manager.query(
        `UPDATE session SET ended_at = $3, end_reason = $4
          WHERE account_id = $1 AND id <> $2 AND ended_at IS NULL`,
        [account.id, result.viewer.sessionId, now, reason],
      );
      return result;
    });
  }

  /**
   * Turns the second factor off after checking the password. Refused for the secretariat and
   * admins while staff must have one. False when it was not on.
   */
  async disable(
    viewer: SignedIn,
    request: { password: string; address: string },
    now = this.clock.now(),
  ): Promise<boolean> {
    const staff = viewer.grants.includes('SECRETARIAT') || viewer.grants.includes('ADMIN');
    if (staff && this.options.requireStaffTotp) {
      throw new DomainError(
        'FORBIDDEN',
        'Secretariat and admin accounts must sign in with an authenticator app, so it cannot be turned off',
      );
    }
    if (!request.password || request.password.length > MAX_PASSWORD_LENGTH) {
      throw new DomainError('BAD_USER_INPUT', 'Enter your password', { field: 'password' });
    }
    await this.refuseIfThrottled(viewer.accountId, request.address, now);
    const account = await this.loadAccount(this.dataSource.manager, viewer.accountId);
    const ok = account.password_hash
      ? await verifyPassword(account.password_hash, request.password)
      : await verifyAgainstDecoy(request.password);
    if (!ok) {
      await this.recordFailure(viewer.accountId, request.address, now);
      throw new DomainError('BAD_USER_INPUT', WRONG_PASSWORD, { field: 'password' });
    }
    return this.dataSource.transaction(async (manager) => {
      const cleared = await manager.query(
        `UPDATE account
            SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL,
                totp_last_step = NULL
          WHERE id = $1 AND totp_enabled_at IS NOT NULL`,
        [account.id],
      );
      if (rowCount(cleared) !== 1) return false;
      await this.audit.record(manager, actorOf(account), {
        action: 'account.totp.disable',
        objectType: 'Account',
        objectId: account.id,
        before: { totpEnabled: true },
        after: { totpEnabled: false },
      });
      return true;
    });
  }

  async isEnabled(accountId: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT totp_enabled_at IS NOT NULL AS enabled FROM account WHERE id = $1`,
      [accountId],
    );
    return row?.enabled === true;
  }

  /** Who may set up an app: a signed-in account, or a session that must do so to sign in. */
  private setupSubject(viewer: RequestViewer): SignedIn | Pending {
    if (viewer.kind === 'ANONYMOUS') throw new DomainError('UNAUTHENTICATED', 'Sign in first');
    if (viewer.kind === 'PENDING' && viewer.step !== 'TOTP_SETUP') {
      throw new DomainError('FORBIDDEN', 'Enter the code from your authenticator app first');
    }
    return viewer;
  }

  private wellFormedCode(input: string): string {
    const code = normaliseTotpInput(input);
    if (!code) throw new DomainError('BAD_USER_INPUT', ENTER_TOTP_CODE, { field: 'code' });
    return code;
  }

  /** Ends the current session and starts a complete one in its place, in `manager`'s transaction. */
  private async replaceSession(
    manager: EntityManager,
    viewer: SignedIn | Pending,
    account: TotpAccountRow,
    auditAction: AuditAction | null,
    now: Date,
  ): Promise<LoginResult> {
    if (!(await this.sessions.end(manager, viewer.sessionId, 'ROTATED', now))) {
      throw new DomainError('UNAUTHENTICATED', 'Sign in again');
    }
    const result = await this.auth.startSession(
      manager,
      {
        id: account.id,
        personId: account.person_id,
        fullName: account.full_name,
        grants: account.grants,
      },
      undefined,
      now,
      { secondFactorProved: true },
    );
    if (auditAction) {
      await this.audit.record(manager, actorOf(account), {
        action: auditAction,
        objectType: 'Session',
        objectId: result.viewer.sessionId,
        before: { sessionId: viewer.sessionId },
      });
    }
    return result;
  }

  private async loadAccount(manager: EntityManager, accountId: string): Promise<TotpAccountRow> {
    const [row] = (await manager.query(
      `SELECT account.id, account.person_id, person.full_name, person.email, account.grants,
              account.password_hash, account.totp_secret, account.totp_pending_secret,
              account.totp_enabled_at, account.totp_last_step::text AS totp_last_step
         FROM account JOIN person ON person.id = account.person_id
        WHERE account.id = $1 AND account.disabled_at IS NULL`,
      [accountId],
    )) as TotpAccountRow[];
    if (!row) throw new DomainError('UNAUTHENTICATED', 'Sign in again');
    return row;
  }

  private throttleKey(accountId: string): string {
    return `totp:${accountId}`;
  }

  private async recordFailure(accountId: string, address: string, now: Date): Promise<void> {
    await this.dataSource.getRepository(LoginAttemptEntity).insert({
      emailKey: this.throttleKey(accountId),
      address,
      attemptedAt: now,
      succeeded: false,
    });
  }

  /** The sign-in limits, applied to wrong codes (and passwords) given for this account. */
  private async refuseIfThrottled(accountId: string, address: string, now: Date): Promise<void> {
    const since = new Date(now.getTime() - this.options.throttleWindowMinutes * 60_000);
    const [{ by_account, by_address }] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email_key = $1)::int AS by_account,
              count(*) FILTER (WHERE address = $2)::int AS by_address
         FROM login_attempt
        WHERE NOT succeeded AND attempted_at > $3 AND attempted_at <= $4 AND (email_key = $1 OR address = $2)`,
      [this.throttleKey(accountId), address, since, now],
    );
    if (
      by_account >= this.options.maxFailuresPerAccount ||
      by_address >= this.options.maxFailuresPerAddress
    ) {
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        `Too many wrong attempts. Wait ${this.options.throttleWindowMinutes} minutes and try again`,
      );
    }
  }
}

function actorOf(account: TotpAccountRow) {
  return { accountId: account.id, label: account.full_name };
}

/** Rows changed by an UPDATE run through `manager.query` (pg returns [rows, count]). */
function rowCount(result: unknown): number {
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}

async function qrCodeSvg(text: string): Promise<string | null> {
  try {
    return await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  } catch {
    return null;
  }
}
