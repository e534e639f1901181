import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource } from 'typeorm';
import {
  AccountEntity,
  PersonDisplayConsentEntity,
  PersonEntity,
  refusedBy,
} from '@boards/api/database';
import {
  Clock,
  DataLoaderFactory,
  decodeCursor,
  isUuid,
  loaderKey,
  pageSize,
  parseInput,
  toConnection,
  type Connection,
} from '@boards/api/graphql';
import { AuditService, type Actor } from '@boards/api/audit';
import { DomainError, londonDate, validateConsentEvent, type ConsentEvent } from '@boards/domain';
import { personDetailsSchema, type PersonDetails } from '@boards/shared/contracts';
import type { PersonModel } from './person.model';

export const PERSON_BY_ID = loaderKey<string, PersonEntity | null>('personById');
export const CONSENT_HISTORY = loaderKey<string, PersonDisplayConsentEntity[]>('consentHistory');
export const ACCOUNT_BY_PERSON = loaderKey<string, AccountEntity | null>('accountByPerson');

const DETAIL_FIELDS = [
  'fullName',
  'email',
  'phone',
  'affiliation',
  'bio',
  'livedExperience',
] as const;

function detailsOf(person: PersonEntity): PersonDetails {
  return {
    fullName: person.fullName,
    email: person.email,
    phone: person.phone,
    affiliation: person.affiliation,
    bio: person.bio,
    livedExperience: person.livedExperience,
  };
}

export function toPersonModel(person: PersonEntity): PersonModel {
  return {
    id: person.id,
    ...detailsOf(person),
    updatedAt: person.updatedAt,
    version: person.version,
  };
}

/** The history as the consent rule reads it: ordered by date, then by when it was recorded. */
export function toConsentEvents(rows: readonly PersonDisplayConsentEntity[]): ConsentEvent[] {
  return rows.map((row) =>
    row.kind === 'GIVEN'
      ? {
          kind: 'GIVEN',
          on: row.effectiveOn,
          choice: row.choice ?? 'HIDDEN',
          showLivedExperience: row.showLivedExperience === true,
        }
      : { kind: 'WITHDRAWN', on: row.effectiveOn },
  );
}

const EMAIL_TAKEN = () =>
  new DomainError('CONFLICT', 'A person with this email address is already in the portal', {
    field: 'email',
  });

export type Grant = 'SECRETARIAT' | 'ADMIN';

export interface ConsentRequest {
  /** GIVEN with a choice, or WITHDRAWN. */
  event: { kind: 'GIVEN'; choice: string; showLivedExperience: boolean } | { kind: 'WITHDRAWN' };
  /** Defaults to today in Europe/London. */
  effectiveOn?: string | null;
}

@Injectable()
export class PeopleService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: DataLoaderFactory,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.loaders.register(PERSON_BY_ID, (ids) => this.findByIds(ids));
    this.loaders.register(CONSENT_HISTORY, (ids) => this.consentHistories(ids));
    this.loaders.register(ACCOUNT_BY_PERSON, (ids) => this.accountsOf(ids));
  }

  async findByIds(ids: readonly string[]): Promise<(PersonEntity | null)[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    const rows = valid.length
      ? await this.dataSource
          .getRepository(PersonEntity)
          .createQueryBuilder('person')
          .where('person.id = ANY(:ids)', { ids: valid })
          .getMany()
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  async consentHistories(personIds: readonly string[]): Promise<PersonDisplayConsentEntity[][]> {
    const rows = await this.dataSource
      .getRepository(PersonDisplayConsentEntity)
      .createQueryBuilder('consent')
      .where('consent.person_id = ANY(:ids)', { ids: [...new Set(personIds)] })
      .orderBy('consent.effective_on', 'ASC')
      .addOrderBy('consent.recorded_at', 'ASC')
      .addOrderBy('consent.id', 'ASC')
      .getMany();
    const byPerson = new Map<string, PersonDisplayConsentEntity[]>();
    for (const row of rows)
      byPerson.set(row.personId, [...(byPerson.get(row.personId) ?? []), row]);
    return personIds.map((id) => byPerson.get(id) ?? []);
  }

  async accountsOf(personIds: readonly string[]): Promise<(AccountEntity | null)[]> {
    const rows = await this.dataSource
      .getRepository(AccountEntity)
      .createQueryBuilder('account')
      .where('account.person_id = ANY(:ids)', { ids: [...new Set(personIds)] })
      .getMany();
    const byPerson = new Map(rows.map((row) => [row.personId, row]));
    return personIds.map((id) => byPerson.get(id) ?? null);
  }

  /** People in name order, a page at a time; `search` matches name or email, ignoring case. */
  async list(args: {
    search?: string | null;
    first?: number | null;
    after?: string | null;
  }): Promise<Connection<PersonModel>> {
    const first = pageSize(args.first);
    const search = (args.search ?? '').trim();
    if (search.length > 200) {
      throw new DomainError('BAD_USER_INPUT', 'Search must be 200 characters or fewer', {
        field: 'search',
      });
    }
    const base = this.dataSource.getRepository(PersonEntity).createQueryBuilder('person');
    if (search) {
      const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      base.where('(person.full_name ILIKE :pattern OR person.email ILIKE :pattern)', { pattern });
    }
    const totalCount = await base.clone().getCount();
    const page = base
      .clone()
      .orderBy('lower(person.full_name)', 'ASC')
      .addOrderBy('person.id', 'ASC')
      .limit(first + 1);
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2);
      page.andWhere('(lower(person.full_name), person.id) > (:name, :id)', {
        name: String(name),
        id: isUuid(String(id)) ? String(id) : '00000000-0000-0000-0000-000000000000',
      });
    }
    const rows = await page.getMany();
    return toConnection(rows, first, totalCount, toPersonModel, (row) => [
      row.fullName.toLowerCase(),
      row.id,
    ]);
  }

  async create(input: unknown, actor: Actor): Promise<PersonModel> {
    const details = parseInput(personDetailsSchema, input);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const person = await manager.save(manager.create(PersonEntity, details));
        await this.audit.record(manager, actor, {
          action: 'person.create',
          objectType: 'Person',
          objectId: person.id,
          after: { ...details },
        });
        return toPersonModel(person);
      });
    } catch (error) {
      if (refusedBy(error, 'person_email_unique')) throw EMAIL_TAKEN();
      throw error;
    }
  }

  /**
   * Changes a person's details, sent with the version the editor loaded: a save over someone
   * else's newer change is refused with CONFLICT and nothing is written.
   */
  async update(
    id: string,
    input: unknown,
    expectedVersion: number,
    actor: Actor,
  ): Promise<PersonModel> {
    const details = parseInput(personDetailsSchema, input);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const current = isUuid(id)
          ? await manager
              .getRepository(PersonEntity)
              .createQueryBuilder('person')
              .setLock('pessimistic_write')
              .where('person.id = :id', { id })
              .getOne()
          : null;
        if (!current) throw new DomainError('NOT_FOUND', 'There is no such person');
        if (current.version !== expectedVersion) {
          throw new DomainError(
            'CONFLICT',
            'Someone else changed this person’s details while you were editing. Check them and try again',
          );
        }
        const before = detailsOf(current);
        const changed = DETAIL_FIELDS.filter((field) => before[field] !== details[field]);
        if (changed.length === 0) return toPersonModel(current);
        await manager.update(
          PersonEntity,
          { id },
          { ...details, version: () => 'version + 1', updatedAt: this.clock.now() },
        );
        const saved = await manager.findOneByOrFail(PersonEntity, { id });
        await this.audit.record(manager, actor, {
          action: 'person.update',
          objectType: 'Person',
          objectId: id,
          before: Object.fromEntries(changed.map((field) => [field, before[field]])),
          after: Object.fromEntries(changed.map((field) => [field, details[field]])),
        });
        return toPersonModel(saved);
      });
    } catch (error) {
      if (refusedBy(error, 'person_email_unique')) throw EMAIL_TAKEN();
      throw error;
    }
  }

  /**
   * Records consent given or withdrawn, from a day (today in London unless given). The history
   * only grows: earlier entries are kept, and the latest entry for a day wins.
   */
  async recordConsent(
    personId: string,
    request: ConsentRequest,
    actor: Actor,
    now = this.clock.now(),
  ): Promise<void> {
    const on = request.effectiveOn ?? londonDate(now);
    const event = (
      request.event.kind === 'GIVEN'
        ? {
            kind: 'GIVEN',
            on,
            choice: request.event.choice,
            showLivedExperience: request.event.showLivedExperience,
          }
        : { kind: 'WITHDRAWN', on }
    ) as ConsentEvent;
    validateConsentEvent(event);
    await this.dataSource.transaction(async (manager) => {
      const exists = isUuid(personId) && (await manager.existsBy(PersonEntity, { id: personId }));
      if (!exists) throw new DomainError('NOT_FOUND', 'There is no such person');
      const row = await manager.save(
        manager.create(PersonDisplayConsentEntity, {
          personId,
          kind: event.kind,
          effectiveOn: event.on,
          choice: event.kind === 'GIVEN' ? event.choice : null,
          showLivedExperience: event.kind === 'GIVEN' ? event.showLivedExperience : null,
          recordedAt: now,
          recordedBy: actor.accountId,
        }),
      );
      await this.audit.record(manager, actor, {
        action: event.kind === 'GIVEN' ? 'person.display.give' : 'person.display.withdraw',
        objectType: 'Person',
        objectId: personId,
        after: {
          consentId: row.id,
          effectiveOn: event.on,
          ...(event.kind === 'GIVEN'
            ? { choice: event.choice, showLivedExperience: event.showLivedExperience }
            : {}),
        },
      });
    });
  }

  /**
   * Sets the grants of a person's account (admins only, checked by the caller). An admin cannot
   * take ADMIN from themselves, so the portal is never left without one by accident.
   */
  async setGrants(
    personId: string,
    grants: readonly Grant[],
    actor: Actor & { personId: string },
  ): Promise<AccountEntity> {
    const wanted = [...new Set(grants)].sort() as Grant[];
    if (actor.personId === personId && !wanted.includes('ADMIN')) {
      throw new DomainError('BAD_USER_INPUT', 'You cannot remove your own admin rights', {
        field: 'grants',
      });
    }
    return this.dataSource.transaction(async (manager) => {
      const account = isUuid(personId)
        ? await manager
            .getRepository(AccountEntity)
            .createQueryBuilder('account')
            .setLock('pessimistic_write')
            .where('account.person_id = :personId', { personId })
            .getOne()
        : null;
      if (!account) throw new DomainError('NOT_FOUND', 'This person has no account');
      const before = [...account.grants].sort();
      if (before.join() === wanted.join()) return account;
      await manager.update(AccountEntity, { id: account.id }, { grants: wanted });
      await this.audit.record(manager, actor, {
        action: 'account.grants',
        objectType: 'Account',
        objectId: account.id,
        before: { grants: before },
        after: { grants: wanted },
      });
      return { ...account, grants: wanted };
    });
  }
}
