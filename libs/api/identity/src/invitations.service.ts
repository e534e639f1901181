import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { actorOf, AuditService } from '@boards/api/audit';
import { Clock, type SignedInViewer } from '@boards/api/graphql';
import { OutboxService } from '@boards/api/notifications';
import { DomainError } from '@boards/domain';
import { invitationEmail } from './account-emails';
import {
  ACCOUNT_LIFECYCLE_OPTIONS,
  type AccountLifecycleOptions,
} from './account-lifecycle.options';
import { AccountTokensService, type OpenToken } from './account-tokens.service';
import { AuthService, type LoginResult } from './auth.service';
import { assertAcceptablePassword } from './new-password';
import { hashPassword } from './password-hasher';
import { isUuid } from '@boards/api/graphql';

export type InvitationStatus = 'PENDING' | 'ACCEPTED' | 'EXPIRED' | 'REVOKED';

export interface Invitation {
  id: string;
  personId: string;
  fullName: string;
  email: string | null;
  sentAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  revokedAt: Date | null;
  status: InvitationStatus;
}

/** What an invitation is at `now`: accepted, else revoked, else expired, else pending. */
export function invitationStatus(
  token: { usedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationStatus {
  if (token.usedAt) return 'ACCEPTED';
  if (token.revokedAt) return 'REVOKED';
  return token.expiresAt <= now ? 'EXPIRED' : 'PENDING';
}

/** The same statuses as SQL conditions on `account_token t`, `$1` being now. */
const STATUS_SQL: Record<InvitationStatus, string> = {
  ACCEPTED: 't.used_at IS NOT NULL',
  REVOKED: 't.used_at IS NULL AND t.revoked_at IS NOT NULL',
  EXPIRED: 't.used_at IS NULL AND t.revoked_at IS NULL AND t.expires_at <= $1',
  PENDING: 't.used_at IS NULL AND t.revoked_at IS NULL AND t.expires_at > $1',
};

export const TOKEN_INVALID_MESSAGE = 'This link has expired or has already been used';

export function tokenInvalid(): DomainError {
  return new DomainError('BAD_USER_INPUT', TOKEN_INVALID_MESSAGE, { field: 'token' });
}

interface InvitationRow {
  id: string;
  person_id: string;
  full_name: string;
  email: string | null;
  created_at: Date;
  expires_at: Date;
  used_at: Date | null;
  revoked_at: Date | null;
}

const SELECT_INVITATIONS = `
  SELECT t.id, p.id AS person_id, p.full_name, p.email, t.created_at, t.expires_at, t.used_at,
         t.revoked_at
    FROM account_token t
    JOIN account a ON a.id = t.account_id
    JOIN person p ON p.id = a.person_id
   WHERE t.purpose = 'INVITATION'`;

function toInvitation(row: InvitationRow, now: Date): Invitation {
  const token = { usedAt: row.used_at, revokedAt: row.revoked_at, expiresAt: row.expires_at };
  return {
    id: row.id,
    personId: row.person_id,
    fullName: row.full_name,
    email: row.email,
    sentAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.used_at,
    revokedAt: row.revoked_at,
    status: invitationStatus(token, now),
  };
}

/**
 * Invitations: the secretariat invites a person by email to set a password; the link signs
 * them in. The account is created, without a password, when the first invitation is sent.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ACCOUNT_LIFECYCLE_OPTIONS) private readonly options: AccountLifecycleOptions,
    private readonly tokens: AccountTokensService,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
    private readonly clock: Clock,
  ) {}

  async invite(
    viewer: SignedInViewer,
    personId: string,
    now = this.clock.now(),
  ): Promise<Invitation> {
    return this.dataSource.transaction(async (manager) => {
      const [person] = isUuid(personId)
        ? ((await manager.query(`SELECT id, full_name, email FROM person WHERE id = $1`, [
            personId,
          ])) as { id: string; full_name: string; email: string | null }[])
        : [];
      if (!person) throw new DomainError('NOT_FOUND', 'We could not find that person');
      if (!person.email) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'Add an email address for this person before inviting them',
          { field: 'personId' },
        );
      }
      const created = (await manager.query(
        `INSERT INTO account (person_id) VALUES ($1) ON CONFLICT (person_id) DO NOTHING RETURNING id`,
        [person.id],
      )) as { id: string }[];
      const [account] = (await manager.query(
        `SELECT id, password_hash IS NOT NULL AS has_password, disabled_at
           FROM account WHERE person_id = $1 FOR UPDATE`,
        [person.id],
      )) as { id: string; has_password: boolean; disabled_at: Date | null }[];
      if (!account) throw new Error('The account just ensured is missing');
      if (account.has_password) {
        throw new DomainError('CONFLICT', 'This person already has an account', {
          field: 'personId',
        });
      }
      if (account.disabled_at) {
        throw new DomainError(
          'CONFLICT',
          'This person’s account is disabled. Enable it before sending an invitation',
          { field: 'personId' },
        );
      }
      if (created.length > 0) {
        await this.audit.record(manager, actorOf(viewer), {
          action: 'account.create',
          objectType: 'Account',
          objectId: account.id,
          after: { personId: person.id, grants: [] },
        });
      }
      const issued = await this.tokens.issue(
        manager,
        { accountId: account.id, purpose: 'INVITATION', createdBy: viewer.accountId },
        now,
      );
      const email = invitationEmail({
        fullName: person.full_name,
        link: `${this.options.webOrigin}/accept-invitation?token=${issued.token}`,
        expiresAt: issued.expiresAt,
      });
      await this.outbox.enqueue(
        manager,
        { kind: 'account.invitation', to: person.email, personId: person.id, ...email },
        now,
      );
      await this.audit.record(manager, actorOf(viewer), {
        action: 'invitation.send',
        objectType: 'Invitation',
        objectId: issued.id,
        after: {
          personId: person.id,
          accountId: account.id,
          to: person.email,
          expiresAt: issued.expiresAt.toISOString(),
        },
      });
      return {
        id: issued.id,
        personId: person.id,
        fullName: person.full_name,
        email: person.email,
        sentAt: now,
        expiresAt: issued.expiresAt,
        acceptedAt: null,
        revokedAt: null,
        status: 'PENDING',
      };
    });
  }

  /** Every invitation, or those with one status, newest first. */
  async list(status: InvitationStatus | undefined, now = this.clock.now()): Promise<Invitation[]> {
    const condition = status ? ` AND ${STATUS_SQL[status]}` : '';
    const rows = (await this.dataSource.query(
      `${SELECT_INVITATIONS}${condition} ORDER BY t.created_at DESC, t.id DESC`,
      condition.includes('$1') ? [now] : [],
    )) as InvitationRow[];
    return rows.map((row) => toInvitation(row, now));
  }

  /** Stops an invitation's link working. Revoking a revoked one changes nothing. */
  async revoke(viewer: SignedInViewer, id: string, now = this.clock.now()): Promise<Invitation> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockInvitation(manager, id);
      const invitation = toInvitation(row, now);
      if (invitation.status === 'ACCEPTED') {
        throw new DomainError('INVALID_TRANSITION', 'This invitation has already been accepted');
      }
      if (invitation.status === 'REVOKED') return invitation;
      await manager.query(`UPDATE account_token SET revoked_at = $2 WHERE id = $1`, [id, now]);
      await this.audit.record(manager, actorOf(viewer), {
        action: 'invitation.revoke',
        objectType: 'Invitation',
        objectId: id,
        before: { status: invitation.status },
        after: { status: 'REVOKED' },
      });
      return { ...invitation, revokedAt: now, status: 'REVOKED' };
    });
  }

  /**
   * Accepts an invitation: sets the password and signs in, in one transaction with using the
   * token. The link is checked before the password, so nobody is asked to fix a password for a
   * link that no longer works.
   */
  async accept(
    request: { token: string; password: string; currentToken?: string },
    now = this.clock.now(),
  ): Promise<LoginResult> {
    const open = await this.tokens.find(request.token, 'INVITATION', now);
    if (!open) throw tokenInvalid();
    assertAcceptablePassword(request.password, open);
    const passwordHash = await hashPassword(request.password);
    return this.dataSource.transaction(async (manager) => {
      const used = await this.tokens.consume(manager, request.token, 'INVITATION', now);
      if (!used) throw tokenInvalid();
      const [[account]] = (await manager.query(
        `UPDATE account SET password_hash = $2, updated_at = $3 WHERE id = $1
         RETURNING id, person_id, grants`,
        [used.accountId, passwordHash, now],
      )) as [{ id: string; person_id: string; grants: OpenToken['grants'] }[], number];
      if (!account) throw tokenInvalid();
      const actor = { accountId: account.id, label: open.fullName };
      await this.audit.record(manager, actor, {
        action: 'invitation.accept',
        objectType: 'Invitation',
        objectId: used.id,
        after: { accountId: account.id, passwordSet: true },
      });
      return this.auth.startSession(
        manager,
        {
          id: account.id,
          personId: account.person_id,
          fullName: open.fullName,
          grants: account.grants,
        },
        request.currentToken,
        now,
      );
    });
  }

  private async lockInvitation(manager: EntityManager, id: string): Promise<InvitationRow> {
    const [row] = isUuid(id)
      ? ((await manager.query(`${SELECT_INVITATIONS} AND t.id = $1 FOR UPDATE OF t`, [
          id,
        ])) as InvitationRow[])
      : [];
    if (!row) throw new DomainError('NOT_FOUND', 'We could not find that invitation');
    return row;
  }
}
