import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { BodyEntity, CrossSeatRuleEntity, CrossSeatRuleVersionEntity } from '@boards/api/database';
import {
  Clock,
  rowsForIds,
  DataLoaderFactory,
  isUuid,
  loaderKey,
  parseInput,
} from '@boards/api/graphql';
import { AuditService, type Actor } from '@boards/api/audit';
import {
  bodyDays,
  changeRule,
  complianceUnderHistory,
  DomainError,
  nonCompliantPeriodsUnderHistory,
  removedFrom,
  ruleVersionStandings,
  termsAsOf,
  validateCrossSeatRule,
  type ComplianceUnderHistory,
  type CrossSeatRuleSpec,
  type CrossSeatRuleVersion,
  type NonCompliantPeriod,
} from '@boards/domain';
import { crossSeatRuleSchema, removeCrossSeatRuleSchema } from '@boards/shared/contracts';
import {
  loadRuleRecord,
  loadRuleRecords,
  toHistory,
  toVersion,
  type CrossSeatRuleRecord,
} from './cross-seat-rules';
import { CrossSeatRuleVersionStanding, type CrossSeatRuleModel } from './membership.model';
import { toHolding, type MemberRow } from './memberships.service';

/** Key: a body id: the cross-seat rules with that body as the target, removed ones included. */
export const CROSS_SEAT_RULES_FOR = loaderKey<string, CrossSeatRuleRecord[]>('crossSeatRulesFor');

/**
 * A rule as GraphQL shows it, with the seats of `terms` (the terms of the day the answer is
 * about), or else those it stands for on `today`; its history says where each version stands
 * on `today`.
 */
export function toRuleModel(
  record: CrossSeatRuleRecord,
  today: string,
  terms: Pick<CrossSeatRuleSpec, 'minSeats' | 'maxSeats'> | null = null,
): CrossSeatRuleModel {
  const versions = record.versions.map(toVersion);
  const seats = terms ?? termsAsOf(versions, today)?.seats ?? { minSeats: 0, maxSeats: 0 };
  return {
    id: record.rule.id,
    targetBodyId: record.rule.targetBodyId,
    fromBodyId: record.rule.fromBodyId,
    minSeats: seats.minSeats,
    maxSeats: seats.maxSeats,
    removedFrom: removedFrom(versions),
    history: ruleVersionStandings(versions, today).map(
      ({ effectiveFrom, seats: them, standing }) => ({
        effectiveFrom,
        minSeats: them?.minSeats ?? null,
        maxSeats: them?.maxSeats ?? null,
        standing: CrossSeatRuleVersionStanding[standing],
      }),
    ),
  };
}

/** Whether a rule still stands on `today`: not removed, or removed only from a later day. */
export function isStanding(record: CrossSeatRuleRecord, today: string): boolean {
  const from = removedFrom(record.versions.map(toVersion));
  return from === null || from > today;
}

/** What the audit trail keeps of a rule's change. */
function auditTerms(version: CrossSeatRuleVersion | null): Record<string, unknown> | null {
  return version === null
    ? null
    : { effectiveFrom: version.effectiveFrom, ...(version.seats ?? { removed: true }) };
}

/** Cross-seat rules (kept by the secretariat) and compliance with them on any day. */
@Injectable()
export class CrossSeatingService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: DataLoaderFactory,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.loaders.register(CROSS_SEAT_RULES_FOR, (ids) => this.rulesFor(ids));
  }

  async rulesFor(bodyIds: readonly string[]): Promise<CrossSeatRuleRecord[][]> {
    return rowsForIds(
      bodyIds,
      (valid) => loadRuleRecords(this.dataSource.manager, valid),
      (record) => record.rule.targetBodyId,
    );
  }

  /** Every rule that still stands today (removed ones are kept for the past, but not listed). */
  async list(): Promise<CrossSeatRuleRecord[]> {
    const today = this.clock.today();
    return (await loadRuleRecords(this.dataSource.manager)).filter((record) =>
      isStanding(record, today),
    );
  }

  /**
   * Sets the seats for a pair of bodies from a day (today if not given) on, creating the rule if
   * there is none: days before keep the terms they had, and changes due later are replaced.
   */
  async setRule(input: unknown, actor: Actor): Promise<CrossSeatRuleRecord> {
    const { effectiveFrom: from, ...rule } = parseInput(crossSeatRuleSchema, input);
    const effectiveFrom = from ?? this.clock.today();
    validateCrossSeatRule(rule);
    return this.dataSource.transaction(async (manager) => {
      const bodies = await manager.findBy(BodyEntity, [
        { id: rule.targetBodyId },
        { id: rule.fromBodyId },
      ]);
      if (bodies.length !== 2) throw new DomainError('NOT_FOUND', 'There is no such body');
      await manager
        .createQueryBuilder()
        .insert()
        .into(CrossSeatRuleEntity)
        .values({ targetBodyId: rule.targetBodyId, fromBodyId: rule.fromBodyId })
        .orIgnore()
        .execute();
      const entity = await manager.findOneOrFail(CrossSeatRuleEntity, {
        where: { targetBodyId: rule.targetBodyId, fromBodyId: rule.fromBodyId },
        lock: { mode: 'pessimistic_write' },
      });
      const seats = { minSeats: rule.minSeats, maxSeats: rule.maxSeats };
      const { before, after } = await this.change(manager, entity, { effectiveFrom, seats });
      await this.audit.record(manager, actor, {
        action: before.versions.length === 0 ? 'cross-seat-rule.create' : 'cross-seat-rule.change',
        objectType: 'CrossSeatRule',
        objectId: entity.id,
        before: auditTerms(termsAsOf(before.versions.map(toVersion), effectiveFrom)),
        after: auditTerms({ effectiveFrom, seats }),
      });
      return after;
    });
  }

  /**
   * Removes a rule from a day (today if not given) on: the seats stay, but nothing is asked of
   * them from then. A rule that was never in force before that day goes altogether.
   */
  async removeRule(input: unknown, actor: Actor): Promise<CrossSeatRuleRecord> {
    const { id, effectiveFrom: from } = parseInput(removeCrossSeatRuleSchema, input);
    const effectiveFrom = from ?? this.clock.today();
    return this.dataSource.transaction(async (manager) => {
      const entity = isUuid(id)
        ? await manager.findOne(CrossSeatRuleEntity, {
            where: { id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!entity) throw new DomainError('NOT_FOUND', 'There is no such cross-seat rule');
      const { before, after } = await this.change(manager, entity, { effectiveFrom, seats: null });
      const neverInForce = !after.versions.some((version) => version.minSeats !== null);
      if (neverInForce) await manager.delete(CrossSeatRuleEntity, { id });
      await this.audit.record(manager, actor, {
        action: 'cross-seat-rule.remove',
        objectType: 'CrossSeatRule',
        objectId: entity.id,
        before: auditTerms(termsAsOf(before.versions.map(toVersion), effectiveFrom)),
        after: neverInForce ? null : auditTerms({ effectiveFrom, seats: null }),
      });
      // A rule gone altogether is answered as it was, so that the answer says what went.
      return neverInForce ? before : after;
    });
  }

  /**
   * Applies `change` to the locked rule's versions (the domain says what they become) and
   * writes the difference: versions from its day on are replaced.
   */
  private async change(
    manager: EntityManager,
    rule: CrossSeatRuleEntity,
    change: CrossSeatRuleVersion,
  ): Promise<{ before: CrossSeatRuleRecord; after: CrossSeatRuleRecord }> {
    const before = await loadRuleRecord(manager, rule);
    const versions = changeRule(before.versions.map(toVersion), change, this.clock.today());
    await manager
      .createQueryBuilder()
      .delete()
      .from(CrossSeatRuleVersionEntity)
      .where('rule_id = :id AND effective_from >= :from', {
        id: rule.id,
        from: change.effectiveFrom,
      })
      .execute();
    const added = versions.filter((version) => version.effectiveFrom >= change.effectiveFrom);
    if (added.length) {
      await manager.insert(
        CrossSeatRuleVersionEntity,
        added.map((version) => ({
          ruleId: rule.id,
          effectiveFrom: version.effectiveFrom,
          minSeats: version.seats?.minSeats ?? null,
          maxSeats: version.seats?.maxSeats ?? null,
        })),
      );
    }
    return { before, after: await loadRuleRecord(manager, rule) };
  }

  /** Compliance with one rule on a day, under the terms in force that day. */
  static complianceOn(
    record: CrossSeatRuleRecord,
    body: Pick<BodyEntity, 'establishedOn' | 'dissolvedOn'>,
    memberships: readonly MemberRow[],
    on: string,
  ): ComplianceUnderHistory {
    return complianceUnderHistory(
      toHistory(record),
      memberships.map((row) => toHolding(row.membership)),
      bodyDays(body),
      on,
    );
  }

  /** Spans of days, within the range, when the rule was not met, each with its day's terms. */
  static timeline(
    record: CrossSeatRuleRecord,
    body: Pick<BodyEntity, 'establishedOn' | 'dissolvedOn'>,
    memberships: readonly MemberRow[],
    range: { from: string; to: string | null },
  ): (NonCompliantPeriod & { rule: CrossSeatRuleSpec })[] {
    return nonCompliantPeriodsUnderHistory(
      toHistory(record),
      memberships.map((row) => toHolding(row.membership)),
      bodyDays(body),
      range,
    );
  }
}
