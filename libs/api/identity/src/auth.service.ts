import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import { AccountEntity, LoginAttemptEntity, PersonEntity } from '@boards/api/database';
import { actorOf, AuditService } from '@boards/api/audit';
import { Clock, type RequestViewer } from '@boards/api/graphql';
import { DomainError } from '@boards/domain';
import { IDENTITY_OPTIONS, type IdentityOptions } from './identity.options';
import { verifyAgainstDecoy, verifyPassword } from './password-hasher';
import { secondFactorOwed, SessionsService } from './sessions.service';

export const WRONG_CREDENTIALS = 'Enter a correct email address and password';
const MAX_EMAIL_LENGTH = 320;
const MAX_PASSWORD_LENGTH = 1_024;

export interface LoginRequest {
  email: string;
  password: string;
  /** The client's address, for throttling. */
  address: string;
  /** The session the client already had, ended when a new one starts (rotation). */
  currentToken?: string;
}

/** The account a new session is for. */
export interface SessionAccount {
  id: string;
  personId: string;
  fullName: string;
  grants: AccountEntity['grants'];
}

export interface LoginResult {
  token: string;
  expiresAt: Date;
  /** PENDING while the session still owes a second factor. */
  viewer: Extract<RequestViewer, { kind: 'ACCOUNT' | 'PENDING' }>;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(IDENTITY_OPTIONS) private readonly options: IdentityOptions,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Signs in with an email address and password. Unknown addresses, wrong passwords and
   * disabled accounts get the same answer after the same work; too many failures for the
   * address or the client within the window are refused before any password is checked.
   */
  async login(request: LoginRequest, now = this.clock.now()): Promise<LoginResult> {
    const email = request.email.trim().toLowerCase();
    if (
      !email ||
      email.length > MAX_EMAIL_LENGTH ||
      request.password.length > MAX_PASSWORD_LENGTH
    ) {
      throw new DomainError('BAD_USER_INPUT', WRONG_CREDENTIALS);
    }
    await this.refuseIfThrottled(email, request.address, now);

    const found = await this.dataSource
      .createQueryBuilder(AccountEntity, 'account')
      .innerJoinAndMapOne('account.person', PersonEntity, 'person', 'person.id = account.person_id')
      .where('lower(person.email) = :email', { email })
      .getOne();
    const account = found as (AccountEntity & { person: PersonEntity }) | null;
    const ok =
      account?.passwordHash && !account.disabledAt
        ? await verifyPassword(account.passwordHash, request.password)
        : await verifyAgainstDecoy(request.password);

    await this.dataSource.getRepository(LoginAttemptEntity).insert({
      emailKey: email,
      address: request.address,
      attemptedAt: now,
      succeeded: ok,
    });
    if (!ok || !account) throw new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS);

    return this.dataSource.transaction((manager) =>
      this.startSession(
        manager,
        { ...account, fullName: account.person.fullName },
        request.currentToken,
        now,
      ),
    );
  }

  /**
   * Starts a session for an account that has just proved who it is (a password at sign-in, an
   * invitation accepted), in the caller's transaction: ends the session the client already had
   * (rotation), opens the new one and audits it. Unless `secondFactorProved`, a session of an
   * account that owes a second factor (see secondFactorOwed) starts PENDING.
   */
  async startSession(
    manager: EntityManager,
    account: SessionAccount,
    currentToken: string | undefined,
    now = this.clock.now(),
    { secondFactorProved = false }: { secondFactorProved?: boolean } = {},
  ): Promise<LoginResult> {
    const previous = currentToken ? await this.sessions.viewerFor(currentToken, now) : undefined;
    if (previous && previous.kind !== 'ANONYMOUS')
      await this.sessions.end(manager, previous.sessionId, 'ROTATED', now);
    const pendingStep = secondFactorProved
      ? null
      : secondFactorOwed(
          {
            grants: account.grants,
            totpEnabled:
              (await manager.existsBy(AccountEntity, {
                id: account.id,
                totpEnabledAt: Not(IsNull()),
              })) === true,
          },
          this.options.requireStaffTotp,
        );
    const { token, expiresAt, sessionId } = await this.sessions.start(
      manager,
      account.id,
      now,
      pendingStep,
    );
    const actor = { accountId: account.id, label: account.fullName };
    await this.audit.record(manager, actor, {
      action: 'session.start',
      objectType: 'Session',
      objectId: sessionId,
      ...(pendingStep ? { after: { secondFactorOwed: pendingStep } } : {}),
    });
    if (pendingStep) {
      return {
        token,
        expiresAt,
        viewer: {
          kind: 'PENDING',
          accountId: account.id,
          personId: account.personId,
          fullName: account.fullName,
          sessionId,
          step: pendingStep,
        },
      };
    }
    return {
      token,
      expiresAt,
      viewer: {
        kind: 'ACCOUNT',
        accountId: account.id,
        personId: account.personId,
        fullName: account.fullName,
        grants: account.grants,
        sessionId,
      },
    };
  }

  async logout(viewer: RequestViewer, now = this.clock.now()): Promise<boolean> {
    if (viewer.kind === 'ANONYMOUS') return false;
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.end(manager, viewer.sessionId, 'LOGOUT', now);
      await this.audit.record(manager, actorOf(viewer), {
        action: 'session.end',
        objectType: 'Session',
        objectId: viewer.sessionId,
      });
    });
    return true;
  }

  /** Refuses (TOO_MANY_REQUESTS) while an email or a client address has failed too often. */
  async refuseIfThrottled(email: string, address: string, now: Date): Promise<void> {
    const since = new Date(now.getTime() - this.options.throttleWindowMinutes * 60_000);
    const [{ by_email, by_address }] = await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email_key = $1)::int AS by_email,
              count(*) FILTER (WHERE address = $2)::int AS by_address
         FROM login_attempt
        WHERE NOT succeeded AND attempted_at > $3 AND attempted_at <= $4 AND (email_key = $1 OR address = $2)`,
      [email, address, since, now],
    );
    if (
      by_email >= this.options.maxFailuresPerAccount ||
      by_address >= this.options.maxFailuresPerAddress
    ) {
      throw new DomainError(
        'TOO_MANY_REQUESTS',
        `Too many failed attempts to sign in. Wait ${this.options.throttleWindowMinutes} minutes and try again`,
      );
    }
  }
}
