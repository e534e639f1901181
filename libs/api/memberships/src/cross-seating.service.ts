import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { BodyEntity, CrossSeatRuleEntity } from '@boards/api/database';
import { DataLoaderFactory, isUuid, loaderKey, parseInput } from '@boards/api/graphql';
import { AuditService, type Actor } from '@boards/api/audit';
import {
  crossSeatCompliance,
  DomainError,
  nonCompliantPeriods,
  validateCrossSeatRule,
  type ComplianceOnDate,
  type Lifespan,
  type NonCompliantPeriod,
} from '@boards/domain';
import { crossSeatRuleSchema } from '@boards/shared/contracts';
import type { CrossSeatRuleModel } from './membership.model';
import { lastDayOf, toHolding, toRuleSpec, type MemberRow } from './memberships.service';

/** Key: a body id: the cross-seat rules with that body as the target. */
export const CROSS_SEAT_RULES_FOR = loaderKey<string, CrossSeatRuleEntity[]>('crossSeatRulesFor');

export function toRuleModel(rule: CrossSeatRuleEntity): CrossSeatRuleModel {
  return {
    id: rule.id,
    targetBodyId: rule.targetBodyId,
    fromBodyId: rule.fromBodyId,
    minSeats: rule.minSeats,
    maxSeats: rule.maxSeats,
  };
}

/** When a rule about `body` applies: from its establishment to its last day. */
export function lifespanOf(body: Pick<BodyEntity, 'establishedOn' | 'dissolvedOn'>): Lifespan {
  return { from: body.establishedOn, to: lastDayOf(body) };
}

/** Cross-seat rules (kept by the secretariat) and compliance with them on any day. */
@Injectable()
export class CrossSeatingService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: DataLoaderFactory,
    private readonly audit: AuditService,
  ) {}

  onModuleInit(): void {
    this.loaders.register(CROSS_SEAT_RULES_FOR, (ids) => this.rulesFor(ids));
  }

  async rulesFor(bodyIds: readonly string[]): Promise<CrossSeatRuleEntity[][]> {
    const valid = [...new Set(bodyIds.filter(isUuid))];
    const rows = valid.length
      ? await this.dataSource
          .getRepository(CrossSeatRuleEntity)
          .createQueryBuilder('r')
          .where('r.target_body_id = ANY(:valid)', { valid })
          .orderBy('r.created_at', 'ASC')
          .getMany()
      : [];
    return bodyIds.map((id) => rows.filter((row) => row.targetBodyId === id));
  }

  async list(): Promise<CrossSeatRuleEntity[]> {
    return this.dataSource.getRepository(CrossSeatRuleEntity).find({ order: { createdAt: 'ASC' } });
  }

  /** Creates or changes the rule for a pair of bodies. */
  async setRule(input: unknown, actor: Actor): Promise<CrossSeatRuleEntity> {
    const rule = parseInput(crossSeatRuleSchema, input);
    validateCrossSeatRule(rule);
    return this.dataSource.transaction(async (manager) => {
      const bodies = await manager.findBy(BodyEntity, [
        { id: rule.targetBodyId },
        { id: rule.fromBodyId },
      ]);
      if (bodies.length !== 2) throw new DomainError('NOT_FOUND', 'There is no such body');
      const before = await manager.findOneBy(CrossSeatRuleEntity, {
        targetBodyId: rule.targetBodyId,
        fromBodyId: rule.fromBodyId,
      });
      await manager.upsert(CrossSeatRuleEntity, rule, {
        conflictPaths: ['targetBodyId', 'fromBodyId'],
      });
      const after = await manager.findOneByOrFail(CrossSeatRuleEntity, {
        targetBodyId: rule.targetBodyId,
        fromBodyId: rule.fromBodyId,
      });
      await this.audit.record(manager, actor, {
        action: before ? 'cross-seat-rule.change' : 'cross-seat-rule.create',
        objectType: 'CrossSeatRule',
        objectId: after.id,
        before: before ? { ...toRuleSpec(before) } : null,
        after: { ...toRuleSpec(after) },
      });
      return after;
    });
  }

  /** Removes a rule: the seats stay, but nothing is required of them any more. */
  async removeRule(id: string, actor: Actor): Promise<CrossSeatRuleEntity> {
    return this.dataSource.transaction(async (manager) => {
      const rule = isUuid(id) ? await manager.findOneBy(CrossSeatRuleEntity, { id }) : null;
      if (!rule) throw new DomainError('NOT_FOUND', 'There is no such cross-seat rule');
      await manager.delete(CrossSeatRuleEntity, { id });
      await this.audit.record(manager, actor, {
        action: 'cross-seat-rule.remove',
        objectType: 'CrossSeatRule',
        objectId: rule.id,
        before: { ...toRuleSpec(rule) },
      });
      return rule;
    });
  }

  /** Compliance with one rule on a day, from the body's memberships. */
  static complianceOn(
    rule: CrossSeatRuleEntity,
    body: Pick<BodyEntity, 'establishedOn' | 'dissolvedOn'>,
    memberships: readonly MemberRow[],
    on: string,
  ): ComplianceOnDate {
    return crossSeatCompliance(
      toRuleSpec(rule),
      memberships.map((row) => toHolding(row.membership)),
      lifespanOf(body),
      on,
    );
  }

  /** Spans of days, within the range, when the rule was not met. */
  static timeline(
    rule: CrossSeatRuleEntity,
    body: Pick<BodyEntity, 'establishedOn' | 'dissolvedOn'>,
    memberships: readonly MemberRow[],
    range: { from: string; to: string | null },
  ): NonCompliantPeriod[] {
    return nonCompliantPeriods(
      toRuleSpec(rule),
      memberships.map((row) => toHolding(row.membership)),
      lifespanOf(body),
      range,
    );
  }
}
