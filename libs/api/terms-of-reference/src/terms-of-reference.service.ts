import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BodyEntity, TermsOfReferenceEntity } from '@boards/api/database';
import { AuditService, type Actor } from '@boards/api/audit';
import { Clock, DataLoaderFactory, isUuid, loaderKey, parseInput } from '@boards/api/graphql';
import {
  DomainError,
  describeQuorum,
  termsOfReferenceTransition,
  validateEffectiveFrom,
  validatePublishable,
  validateQuorum,
  type Quorum,
} from '@boards/domain';
import { termsOfReferenceDraftSchema, type TermsOfReferenceDraft } from '@boards/shared/contracts';
import type { QuorumModel, TermsOfReferenceModel } from './terms-of-reference.model';

/** A body's published and superseded versions, newest first: one statement for any number of bodies. */
export const TERMS_OF_REFERENCE_VERSIONS = loaderKey<string, TermsOfReferenceModel[]>(
  'termsOfReferenceVersions',
);
/** A body's draft, if it has one (staff only): one statement for any number of bodies. */
export const TERMS_OF_REFERENCE_DRAFT = loaderKey<string, TermsOfReferenceModel | null>(
  'termsOfReferenceDraft',
);

function quorumOf(row: TermsOfReferenceEntity): Quorum | null {
  if (row.quorumKind === 'COUNT') return { kind: 'COUNT', count: row.quorumCount ?? 0 };
  if (row.quorumKind === 'FRACTION') {
    return {
      kind: 'FRACTION',
      numerator: row.quorumNumerator ?? 0,
      denominator: row.quorumDenominator ?? 0,
    };
  }
  return null;
}

function toQuorumModel(quorum: Quorum | null): QuorumModel | null {
  if (!quorum) return null;
  return quorum.kind === 'COUNT'
    ? {
        kind: 'COUNT',
        count: quorum.count,
        numerator: null,
        denominator: null,
        description: describeQuorum(quorum),
      }
    : {
        kind: 'FRACTION',
        count: null,
        numerator: quorum.numerator,
        denominator: quorum.denominator,
        description: describeQuorum(quorum),
      };
}

export function toTermsOfReferenceModel(row: TermsOfReferenceEntity): TermsOfReferenceModel {
  return {
    id: row.id,
    bodyId: row.bodyId,
    number: row.number,
    status: row.status,
    content: row.content,
    quorum: toQuorumModel(quorumOf(row)),
    meetingFrequency: row.meetingFrequency,
    composition: row.composition,
    effectiveFrom: row.effectiveFrom,
    publishedAt: row.publishedAt,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

function quorumColumns(quorum: Quorum | null) {
  return {
    quorumKind: quorum?.kind ?? null,
    quorumCount: quorum?.kind === 'COUNT' ? quorum.count : null,
    quorumNumerator: quorum?.kind === 'FRACTION' ? quorum.numerator : null,
    quorumDenominator: quorum?.kind === 'FRACTION' ? quorum.denominator : null,
  };
}

/** The editable parts of a version, as the audit trail records them (the quorum in words). */
function auditedParts(parts: {
  content: string;
  quorum: Quorum | null;
  meetingFrequency: string;
  composition: string;
}): Record<string, string | null> {
  return {
    content: parts.content,
    quorum: parts.quorum ? describeQuorum(parts.quorum) : null,
    meetingFrequency: parts.meetingFrequency,
    composition: parts.composition,
  };
}

const NO_SUCH_VERSION = () =>
  new DomainError('NOT_FOUND', 'There is no such version of the terms of reference');

const STALE = (current: number) =>
  new DomainError(
    'CONFLICT',
    'Someone else saved this draft while you were working on it. Nothing was changed: check their version and try again',
    { currentVersion: current },
  );

function assertExpectedVersion(expectedVersion: number): void {
  if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 1) {
    throw new DomainError('BAD_USER_INPUT', 'expectedVersion must be a whole number from 1', {
      field: 'expectedVersion',
    });
  }
}

/**
 * Terms of reference: the versions of each body's, read through batched loaders, and the
 * secretariat's steps (start a draft, save it, discard it, publish it), each in one transaction
 * with its audit entries. The transition table, quorum and date rules are in libs/domain; the
 * database refuses any change to a published version on its own account.
 */
@Injectable()
export class TermsOfReferenceService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: DataLoaderFactory,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.loaders.register(TERMS_OF_REFERENCE_VERSIONS, (ids) => this.versionsOf(ids));
    this.loaders.register(TERMS_OF_REFERENCE_DRAFT, (ids) => this.draftsOf(ids));
  }

  /** Published and superseded versions of each body, newest first, in one statement. */
  async versionsOf(bodyIds: readonly string[]): Promise<TermsOfReferenceModel[][]> {
    const ids = [...new Set(bodyIds.filter(isUuid))];
    const rows = ids.length
      ? await this.dataSource
          .getRepository(TermsOfReferenceEntity)
          .createQueryBuilder('tor')
          .where('tor.body_id = ANY(:ids)', { ids })
          .andWhere(`tor.status <> 'DRAFT'`)
          .orderBy('tor.number', 'DESC')
          .getMany()
      : [];
    const byBody = new Map<string, TermsOfReferenceModel[]>();
    for (const row of rows) {
      byBody.set(row.bodyId, [...(byBody.get(row.bodyId) ?? []), toTermsOfReferenceModel(row)]);
    }
    return bodyIds.map((id) => byBody.get(id) ?? []);
  }

  /** The draft of each body, or null, in one statement. */
  async draftsOf(bodyIds: readonly string[]): Promise<(TermsOfReferenceModel | null)[]> {
    const ids = [...new Set(bodyIds.filter(isUuid))];
    const rows = ids.length
      ? await this.dataSource
          .getRepository(TermsOfReferenceEntity)
          .createQueryBuilder('tor')
          .where('tor.body_id = ANY(:ids)', { ids })
          .andWhere(`tor.status = 'DRAFT'`)
          .getMany()
      : [];
    const byBody = new Map(rows.map((row) => [row.bodyId, toTermsOfReferenceModel(row)]));
    return bodyIds.map((id) => byBody.get(id) ?? null);
  }

  /**
   * Starts a draft for a body: a copy of its published version, or blank when it has none.
   * CONFLICT when it already has a draft (there is one at a time), naming it in details.draftId.
   */
  async startDraft(bodyId: string, actor: Actor): Promise<TermsOfReferenceModel> {
    if (!isUuid(bodyId)) throw new DomainError('NOT_FOUND', 'There is no such body');
    return this.dataSource.transaction(async (manager) => {
      const body = await this.lockBody(manager, bodyId);
      const draft = await manager.findOneBy(TermsOfReferenceEntity, { bodyId, status: 'DRAFT' });
      if (draft) {
        throw new DomainError(
          'CONFLICT',
          `There is already a draft of the ${body.name}’s terms of reference: carry on with that one`,
          { draftId: draft.id },
        );
      }
      const current = await manager.findOneBy(TermsOfReferenceEntity, {
        bodyId,
        status: 'PUBLISHED',
      });
      const [{ next }] = await manager.query(
        `SELECT coalesce(max(number), 0) + 1 AS next FROM terms_of_reference WHERE body_id = $1`,
        [bodyId],
      );
      const now = this.clock.now();
      const saved = await manager.save(
        manager.create(TermsOfReferenceEntity, {
          bodyId,
          number: Number(next),
          status: 'DRAFT',
          content: current?.content ?? '',
          ...quorumColumns(current ? quorumOf(current) : null),
          meetingFrequency: current?.meetingFrequency ?? '',
          composition: current?.composition ?? '',
          effectiveFrom: null,
          publishedAt: null,
          publishedBy: null,
          createdAt: now,
          createdBy: actor.accountId,
          updatedAt: now,
          updatedBy: actor.accountId,
          version: 1,
        }),
      );
      await this.audit.record(manager, actor, {
        action: 'termsOfReference.draft.start',
        objectType: 'TermsOfReference',
        objectId: saved.id,
        after: { body: body.name, number: saved.number, basedOn: current?.number ?? null },
      });
      return toTermsOfReferenceModel(saved);
    });
  }

  /**
   * Saves a draft. Refused, with nothing written: BAD_USER_INPUT for input the shared schema
   * refuses; INVALID_TRANSITION for a version that is no longer a draft; CONFLICT when
   * `expectedVersion` is not the draft's version (someone else saved since).
   */
  async saveDraft(
    id: string,
    expectedVersion: number,
    input: unknown,
    actor: Actor,
  ): Promise<TermsOfReferenceModel> {
    const draft: TermsOfReferenceDraft = parseInput(termsOfReferenceDraftSchema, input);
    if (draft.quorum) validateQuorum(draft.quorum);
    assertExpectedVersion(expectedVersion);
    if (!isUuid(id)) throw NO_SUCH_VERSION();
    return this.dataSource.transaction(async (manager) => {
      const row = await this.lockVersion(manager, id);
      termsOfReferenceTransition(row.status, 'SAVE');
      if (row.version !== expectedVersion) throw STALE(row.version);
      const before = auditedParts({ ...row, quorum: quorumOf(row) });
      const after = auditedParts(draft);
      const changed = Object.keys(after).filter((field) => before[field] !== after[field]);
      if (changed.length === 0) return toTermsOfReferenceModel(row);
      const result = await manager
        .createQueryBuilder()
        .update(TermsOfReferenceEntity)
        .set({
          content: draft.content,
          ...quorumColumns(draft.quorum),
          meetingFrequency: draft.meetingFrequency,
          composition: draft.composition,
          updatedAt: this.clock.now(),
          updatedBy: actor.accountId,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :expectedVersion AND status = :status', {
          id,
          expectedVersion,
          status: 'DRAFT',
        })
        .execute();
      if (result.affected !== 1) throw STALE(row.version);
      await this.audit.record(manager, actor, {
        action: 'termsOfReference.draft.save',
        objectType: 'TermsOfReference',
        objectId: id,
        before: Object.fromEntries(changed.map((field) => [field, before[field]])),
        after: Object.fromEntries(changed.map((field) => [field, after[field]])),
      });
      return toTermsOfReferenceModel(await manager.findOneByOrFail(TermsOfReferenceEntity, { id }));
    });
  }

  /** Throws a draft away (INVALID_TRANSITION for anything published; CONFLICT when stale). */
  async discardDraft(id: string, expectedVersion: number, actor: Actor): Promise<void> {
    assertExpectedVersion(expectedVersion);
    if (!isUuid(id)) throw NO_SUCH_VERSION();
    await this.dataSource.transaction(async (manager) => {
      const row = await this.lockVersion(manager, id);
      termsOfReferenceTransition(row.status, 'DISCARD');
      if (row.version !== expectedVersion) throw STALE(row.version);
      const result = await manager
        .createQueryBuilder()
        .delete()
        .from(TermsOfReferenceEntity)
        .where('id = :id AND version = :expectedVersion AND status = :status', {
          id,
          expectedVersion,
          status: 'DRAFT',
        })
        .execute();
      if (result.affected !== 1) throw STALE(row.version);
      await this.audit.record(manager, actor, {
        action: 'termsOfReference.draft.discard',
        objectType: 'TermsOfReference',
        objectId: id,
        before: { number: row.number, ...auditedParts({ ...row, quorum: quorumOf(row) }) },
      });
    });
  }

  /**
   * Publishes a draft to come into force on `effectiveFrom`, and supersedes the version published
   * before it, in one transaction (the body is locked meanwhile, so two publications of one
   * body cannot cross). From then on the version never changes.
   */
  async publish(
    id: string,
    expectedVersion: number,
    effectiveFrom: string,
    actor: Actor,
  ): Promise<TermsOfReferenceModel> {
    assertExpectedVersion(expectedVersion);
    if (!isUuid(id)) throw NO_SUCH_VERSION();
    return this.dataSource.transaction(async (manager) => {
      const located = await manager.findOne(TermsOfReferenceEntity, {
        where: { id },
        select: { id: true, bodyId: true },
      });
      if (!located) throw NO_SUCH_VERSION();
      // Always the body first, then its versions: publications and new drafts queue in one order.
      const body = await this.lockBody(manager, located.bodyId);
      const row = await this.lockVersion(manager, id);
      termsOfReferenceTransition(row.status, 'PUBLISH');
      if (row.version !== expectedVersion) throw STALE(row.version);
      const quorum = quorumOf(row);
      validatePublishable({ ...row, quorum });
      const current = await manager
        .getRepository(TermsOfReferenceEntity)
        .createQueryBuilder('tor')
        .setLock('pessimistic_write')
        .where('tor.body_id = :bodyId AND tor.status = :status', {
          bodyId: body.id,
          status: 'PUBLISHED',
        })
        .getOne();
      validateEffectiveFrom(effectiveFrom, {
        establishedOn: body.establishedOn,
        dissolvedOn: body.dissolvedOn,
        previousEffectiveFrom: current?.effectiveFrom ?? null,
      });
      if (current) {
        const was = auditedParts({ ...current, quorum: quorumOf(current) });
        const unchanged = Object.entries(auditedParts({ ...row, quorum })).every(
          ([field, value]) => value === was[field],
        );
        if (unchanged) {
          throw new DomainError(
            'BAD_USER_INPUT',
            `The draft is the same as version ${current.number}: change something before publishing it`,
            { field: 'draft' },
          );
        }
        const next = termsOfReferenceTransition(current.status, 'SUPERSEDE');
        const superseded = await manager.update(
          TermsOfReferenceEntity,
          { id: current.id, status: 'PUBLISHED' },
          { status: next as 'SUPERSEDED' },
        );
        if (superseded.affected !== 1) throw STALE(row.version);
        await this.audit.record(manager, actor, {
          action: 'termsOfReference.supersede',
          objectType: 'TermsOfReference',
          objectId: current.id,
          before: { status: 'PUBLISHED' },
          after: { status: next, supersededBy: row.number },
        });
      }
      const now = this.clock.now();
      const published = await manager
        .createQueryBuilder()
        .update(TermsOfReferenceEntity)
        .set({
          status: 'PUBLISHED',
          effectiveFrom,
          publishedAt: now,
          publishedBy: actor.accountId,
          updatedAt: now,
          updatedBy: actor.accountId,
          version: () => 'version + 1',
        })
        .where('id = :id AND version = :expectedVersion AND status = :status', {
          id,
          expectedVersion,
          status: 'DRAFT',
        })
        .execute();
      if (published.affected !== 1) throw STALE(row.version);
      await this.audit.record(manager, actor, {
        action: 'termsOfReference.publish',
        objectType: 'TermsOfReference',
        objectId: id,
        before: { status: 'DRAFT' },
        after: {
          status: 'PUBLISHED',
          body: body.name,
          number: row.number,
          effectiveFrom,
          supersedes: current?.number ?? null,
        },
      });
      return toTermsOfReferenceModel(await manager.findOneByOrFail(TermsOfReferenceEntity, { id }));
    });
  }

  private async lockBody(manager: EntityManager, bodyId: string): Promise<BodyEntity> {
    const body = await manager
      .getRepository(BodyEntity)
      .createQueryBuilder('body')
      .setLock('pessimistic_write')
      .where('body.id = :bodyId', { bodyId })
      .getOne();
    if (!body) throw new DomainError('NOT_FOUND', 'There is no such body');
    return body;
  }

  private async lockVersion(manager: EntityManager, id: string): Promise<TermsOfReferenceEntity> {
    const row = await manager
      .getRepository(TermsOfReferenceEntity)
      .createQueryBuilder('tor')
      .setLock('pessimistic_write')
      .where('tor.id = :id', { id })
      .getOne();
    if (!row) throw NO_SUCH_VERSION();
    return row;
  }
}
