import type { EntityManager } from 'typeorm';
import { CrossSeatRuleEntity, CrossSeatRuleVersionEntity } from '@boards/api/database';
import type { CrossSeatRuleHistory, CrossSeatRuleVersion } from '@boards/domain';

/** A cross-seat rule with every version of its seats, in date order. */
export interface CrossSeatRuleRecord {
  rule: CrossSeatRuleEntity;
  versions: CrossSeatRuleVersionEntity[];
}

/** The rules (all of them, or those with one of `targetBodyIds` as the target), oldest first. */
export async function loadRuleRecords(
  manager: EntityManager,
  targetBodyIds?: readonly string[],
): Promise<CrossSeatRuleRecord[]> {
  const query = manager.getRepository(CrossSeatRuleEntity).createQueryBuilder('r');
  if (targetBodyIds !== undefined) {
    if (targetBodyIds.length === 0) return [];
    query.where('r.target_body_id = ANY(:targetBodyIds)', { targetBodyIds });
  }
  return withVersions(
    manager,
    await query.orderBy('r.created_at', 'ASC').addOrderBy('r.id', 'ASC').getMany(),
  );
}

/** One rule with its versions as they are now. */
export async function loadRuleRecord(
  manager: EntityManager,
  rule: CrossSeatRuleEntity,
): Promise<CrossSeatRuleRecord> {
  const [record] = await withVersions(manager, [rule]);
  return record;
}

async function withVersions(
  manager: EntityManager,
  rules: CrossSeatRuleEntity[],
): Promise<CrossSeatRuleRecord[]> {
  const versions = rules.length
    ? await manager
        .getRepository(CrossSeatRuleVersionEntity)
        .createQueryBuilder('v')
        .where('v.rule_id = ANY(:ids)', { ids: rules.map((rule) => rule.id) })
        .orderBy('v.effective_from', 'ASC')
        .getMany()
    : [];
  return rules.map((rule) => ({
    rule,
    versions: versions.filter((version) => version.ruleId === rule.id),
  }));
}

export function toVersion(row: CrossSeatRuleVersionEntity): CrossSeatRuleVersion {
  return {
    effectiveFrom: row.effectiveFrom,
    seats:
      row.minSeats === null || row.maxSeats === null
        ? null
        : { minSeats: row.minSeats, maxSeats: row.maxSeats },
  };
}

export function toHistory({ rule, versions }: CrossSeatRuleRecord): CrossSeatRuleHistory {
  return {
    targetBodyId: rule.targetBodyId,
    fromBodyId: rule.fromBodyId,
    versions: versions.map(toVersion),
  };
}
