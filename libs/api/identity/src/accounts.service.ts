import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { actorOf, AuditService } from '@boards/api/audit';
import { Clock, isAdmin, type SignedInViewer } from '@boards/api/graphql';
import { DomainError } from '@boards/domain';
import { AccountTokensService } from './account-tokens.service';
import { SessionsService } from './sessions.service';
import { isUuid } from '@boards/api/graphql';

/** Switching accounts off and on again. */
@Injectable()
export class AccountsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: AccountTokensService,
    private readonly sessions: SessionsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * Disables a person's account, which ends its sessions at once and revokes its open links, or
   * enables it again. Nobody disables their own account; only an admin disables or enables an
   * admin's. Setting what is already set changes nothing and records nothing.
   */
  async setDisabled(
    viewer: SignedInViewer,
    personId: string,
    disabled: boolean,
    now = this.clock.now(),
  ): Promise<true> {
    await this.dataSource.transaction(async (manager) => {
      const [account] = isUuid(personId)
        ? ((await manager.query(
            `SELECT id, grants, disabled_at FROM account WHERE person_id = $1 FOR UPDATE`,
            [personId],
          )) as { id: string; grants: string[]; disabled_at: Date | null }[])
        : [];
      if (!account) throw new DomainError('NOT_FOUND', 'This person has no account');
      if (disabled && account.id === viewer.accountId) {
        throw new DomainError('BAD_USER_INPUT', 'You cannot disable your own account', {
          field: 'personId',
        });
      }
      if (account.grants.includes('ADMIN') && !isAdmin(viewer)) {
        throw new DomainError(
          'FORBIDDEN',
          'Only an admin can disable or enable the account of an admin',
        );
      }
      if (disabled === (account.disabled_at !== null)) return;
      const before = { disabledAt: account.disabled_at?.toISOString() ?? null };
      const actor = actorOf(viewer);
      if (disabled) {
        await manager.query(`UPDATE account SET disabled_at = $2, updated_at = $2 WHERE id = $1`, [
          account.id,
          now,
        ]);
        const sessionsEnded = await this.sessions.endAllFor(
          manager,
          account.id,
          'ACCOUNT_DISABLED',
          now,
        );
        const linksRevoked = await this.tokens.revokeOpen(manager, account.id, now);
        await this.audit.record(manager, actor, {
          action: 'account.disable',
          objectType: 'Account',
          objectId: account.id,
          before,
          after: { disabledAt: now.toISOString(), sessionsEnded, linksRevoked },
        });
      } else {
        await manager.query(
          `UPDATE account SET disabled_at = NULL, updated_at = $2 WHERE id = $1`,
          [account.id, now],
        );
        await this.audit.record(manager, actor, {
          action: 'account.enable',
          objectType: 'Account',
          objectId: account.id,
          before,
          after: { disabledAt: null },
        });
      }
    });
    return true;
  }
}
