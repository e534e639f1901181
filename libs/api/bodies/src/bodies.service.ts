import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type EntityManager, type Repository } from 'typeorm';
import { BodyEntity, refusedBy } from '@boards/api/database';
import { DataLoaderFactory, isUuid, loaderKey, parseInput } from '@boards/api/graphql';
import { AuditService, type Actor } from '@boards/api/audit';
import { DomainError, formatLongDate, validateBodyLifespan } from '@boards/domain';
import {
  bodyDetailsSchema,
  bodySupportSchema,
  type BodyDetails,
  type BodySupport,
} from '@boards/shared/contracts';
import type { BodyModel } from './body.model';

export const BODY_BY_SLUG = loaderKey<string, BodyModel | null>('bodyBySlug');
export const BODY_BY_ID = loaderKey<string, BodyModel | null>('bodyById');

export function toBodyModel(entity: BodyEntity): BodyModel {
  return {
    id: entity.id,
    slug: entity.slug,
    name: entity.name,
    kind: entity.kind,
    purpose: entity.purpose,
    establishedOn: entity.establishedOn,
    dissolvedOn: entity.dissolvedOn,
    supportContact: entity.supportContactName
      ? {
          name: entity.supportContactName,
          email: entity.supportContactEmail,
          phone: entity.supportContactPhone,
        }
      : null,
    defaultSupport: entity.defaultSupport,
    updatedAt: entity.updatedAt,
    version: entity.version,
  };
}

/** A body's contact and usual support text as they are kept (and audited). */
function supportOf(body: BodyEntity): BodySupport {
  return {
    contactName: body.supportContactName,
    contactEmail: body.supportContactEmail,
    contactPhone: body.supportContactPhone,
    defaultSupport: body.defaultSupport,
  };
}

const bodyEditSchema = bodyDetailsSchema.omit({ slug: true });

function detailsOf(body: BodyEntity): Omit<BodyDetails, 'slug'> {
  return {
    name: body.name,
    kind: body.kind,
    purpose: body.purpose,
    establishedOn: body.establishedOn,
  };
}

/** The fields that differ, before and after, for the audit trail; null when none does. */
function changedFields<T extends object>(
  was: T,
  now: T,
): { before: Record<string, unknown>; after: Record<string, unknown> } | null {
  const changed = (Object.keys(now) as (keyof T & string)[]).filter((key) => was[key] !== now[key]);
  if (!changed.length) return null;
  return {
    before: Object.fromEntries(changed.map((key) => [key, was[key]])),
    after: Object.fromEntries(changed.map((key) => [key, now[key]])),
  };
}

/** The body, locked for the rest of the transaction; NOT_FOUND when there is none. */
async function lockBody(manager: EntityManager, id: string): Promise<BodyEntity> {
  const body = isUuid(id)
    ? await manager
        .getRepository(BodyEntity)
        .createQueryBuilder('body')
        .setLock('pessimistic_write')
        .where('body.id = :id', { id })
        .getOne()
    : null;
  if (!body) throw new DomainError('NOT_FOUND', 'There is no such body');
  return body;
}

const SLUG_TAKEN = () =>
  new DomainError('CONFLICT', 'Another body already uses this slug', { field: 'slug' });

@Injectable()
export class BodiesService implements OnModuleInit {
  constructor(
    @InjectRepository(BodyEntity) private readonly bodies: Repository<BodyEntity>,
    private readonly loaders: DataLoaderFactory,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.loaders.register(BODY_BY_SLUG, (slugs) => this.findBySlugs(slugs));
    this.loaders.register(BODY_BY_ID, (ids) => this.findByIds(ids));
  }

  /** Every body: boards before groups, then by name. */
  async list(): Promise<BodyModel[]> {
    const rows = await this.bodies.find({ order: { kind: 'ASC', name: 'ASC' } });
    return rows.map(toBodyModel);
  }

  /** One query for many ids; null where there is no such body. */
  async findByIds(ids: readonly string[]): Promise<(BodyModel | null)[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    const rows = valid.length ? await this.bodies.findBy({ id: In(valid) }) : [];
    const byId = new Map(rows.map((row) => [row.id, toBodyModel(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** One query for many slugs; null where there is no such body. */
  async findBySlugs(slugs: readonly string[]): Promise<(BodyModel | null)[]> {
    const rows = await this.bodies.findBy({ slug: In([...new Set(slugs)]) });
    const bySlug = new Map(rows.map((row) => [row.slug, toBodyModel(row)]));
    return slugs.map((slug) => bySlug.get(slug) ?? null);
  }

  /** Adds a body (secretariat). Its slug is its address for good, so it cannot be changed later. */
  async create(input: unknown, actor: Actor): Promise<BodyModel> {
    const details = parseInput(bodyDetailsSchema, input);
    try {
      return await this.bodies.manager.transaction(async (manager) => {
        const body = await manager.save(manager.create(BodyEntity, details));
        await this.audit.record(manager, actor, {
          action: 'body.create',
          objectType: 'Body',
          objectId: body.id,
          after: { ...details },
        });
        return toBodyModel(body);
      });
    } catch (error) {
      if (refusedBy(error, 'body_slug_unique')) throw SLUG_TAKEN();
      throw error;
    }
  }

  /**
   * Changes a body's name, kind, purpose or date of establishment, sent with the version the
   * editor loaded: a save over someone else's newer change is refused with CONFLICT.
   */
  async update(
    id: string,
    input: unknown,
    expectedVersion: number,
    actor: Actor,
  ): Promise<BodyModel> {
    const { slug, ...rest } = (input ?? {}) as { slug?: unknown };
    const details = parseInput(bodyEditSchema, rest);
    return this.bodies.manager.transaction(async (manager) => {
      const before = await lockBody(manager, id);
      if (before.version !== expectedVersion) {
        throw new DomainError(
          'CONFLICT',
          'Someone else changed this body while you were editing it. Check their changes and make yours again',
        );
      }
      if (slug !== undefined && slug !== null && slug !== before.slug) {
        throw new DomainError(
          'BAD_USER_INPUT',
          'A body’s slug cannot be changed: it is the address people use to find it',
          { field: 'slug' },
        );
      }
      validateBodyLifespan(
        { establishedOn: details.establishedOn, dissolvedOn: before.dissolvedOn },
        'establishedOn',
      );
      if (details.establishedOn > before.establishedOn) {
        const [{ earliest }] = await manager.query(
          `SELECT min(starts_on)::text AS earliest FROM membership WHERE body_id = $1`,
          [before.id],
        );
        if (earliest !== null && earliest < details.establishedOn) {
          throw new DomainError(
            'BAD_USER_INPUT',
            `Someone has been a member since ${formatLongDate(earliest)}: the body cannot have been established after that`,
            { field: 'establishedOn' },
          );
        }
      }
      await manager.update(
        BodyEntity,
        { id: before.id },
        { ...details, version: () => 'version + 1' },
      );
      const after = await manager.findOneByOrFail(BodyEntity, { id: before.id });
      const changes = changedFields(detailsOf(before), details);
      if (changes) {
        await this.audit.record(manager, actor, {
          action: 'body.update',
          objectType: 'Body',
          objectId: before.id,
          ...changes,
        });
      }
      return toBodyModel(after);
    });
  }

  /**
   * Sets who to contact about a body and its usual support text (secretariat). One transaction,
   * audited with what changed.
   */
  async updateSupport(id: string, input: unknown, actor: Actor): Promise<BodyModel> {
    const support = parseInput(bodySupportSchema, input);
    return this.bodies.manager.transaction(async (manager) => {
      const before = await lockBody(manager, id);
      await manager.update(
        BodyEntity,
        { id: before.id },
        {
          supportContactName: support.contactName,
          supportContactEmail: support.contactEmail,
          supportContactPhone: support.contactPhone,
          defaultSupport: support.defaultSupport,
        },
      );
      const changes = changedFields(supportOf(before), support);
      if (changes) {
        await this.audit.record(manager, actor, {
          action: 'body.support',
          objectType: 'Body',
          objectId: before.id,
          ...changes,
        });
      }
      return toBodyModel(await manager.findOneByOrFail(BodyEntity, { id: before.id }));
    });
  }
}
