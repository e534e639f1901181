import type { DataSource, EntityManager } from 'typeorm';
import {
  AccountEntity,
  BodyEntity,
  CrossSeatRuleEntity,
  CrossSeatRuleVersionEntity,
  MembershipEntity,
  PersonDisplayConsentEntity,
  PersonEntity,
} from '../entities';
import { buildMembership } from '../testing/factories';
import { DEMO_BODIES, DEMO_CROSS_SEAT_RULES } from './demo-bodies';
import { seedEmails } from './demo-emails';
import { DEMO_PEOPLE, type DemoPerson } from './demo-people';
import { seedMeetings } from './demo-meetings';
import { seedTermsOfReference } from './seed-terms-of-reference';

export interface SeedOptions {
  /** Argon2id hash of the demo accounts' password (hashing belongs to the identity library). */
  demoPasswordHash: string;
  /** The day the demo meetings are placed around (Europe/London); today if left out. */
  today?: string;
}

export interface SeedResult {
  bodies: number;
  people: number;
  memberships: number;
  /** Meetings added: none when there were meetings already. */
  meetings: number;
}

async function upsertPerson(
  manager: EntityManager,
  demo: DemoPerson,
  passwordHash: string,
  bodyIds: ReadonlyMap<string, string>,
): Promise<void> {
  const people = manager.getRepository(PersonEntity);
  const fields = {
    fullName: demo.fullName,
    email: demo.email,
    affiliation: demo.affiliation,
    bio: demo.bio,
    livedExperience: demo.livedExperience,
  };
  let person = await people
    .createQueryBuilder('p')
    .where('lower(p.email) = lower(:email)', demo)
    .getOne();
  if (person) {
    await people.update({ id: person.id }, fields);
  } else {
    person = await people.save(people.create(fields));
  }
  if (demo.grants) {
    await manager.upsert(
      AccountEntity,
      { personId: person.id, passwordHash, grants: demo.grants, disabledAt: null },
      { conflictPaths: ['personId'] },
    );
  }
  const consents = manager.getRepository(PersonDisplayConsentEntity);
  if (demo.consent && (await consents.countBy({ personId: person.id })) === 0) {
    await consents.insert({
      personId: person.id,
      kind: 'GIVEN',
      effectiveOn: demo.consent.on,
      choice: demo.consent.choice,
      showLivedExperience: demo.consent.showLivedExperience,
    });
  }
  const memberships = manager.getRepository(MembershipEntity);
  if ((await memberships.countBy({ personId: person.id })) === 0) {
    for (const m of demo.memberships) {
      const bodyId = bodyIds.get(m.body);
      if (!bodyId) throw new Error(`Demo membership names an unknown body: ${m.body}`);
      const fromBodyId = m.crossSeatFrom ? bodyIds.get(m.crossSeatFrom) : undefined;
      await memberships.insert(
        buildMembership({
          personId: person.id,
          bodyId,
          role: m.role,
          startsOn: m.startsOn,
          endsOn: m.endsOn ?? null,
          endReason: m.endReason ?? null,
          seat: fromBodyId ? 'CROSS_SEAT' : 'ORDINARY',
          fromBodyId: fromBodyId ?? null,
        }) as MembershipEntity,
      );
    }
  }
}

/**
 * Loads the demo data in one transaction. Idempotent: rows are matched on their natural
 * keys (a body's slug, a person's email) and brought back to the demo values.
 */
export async function seedDemoData(
  dataSource: DataSource,
  options: SeedOptions,
): Promise<SeedResult> {
  return dataSource.transaction(async (manager) => {
    await manager.upsert(BodyEntity, DEMO_BODIES, { conflictPaths: ['slug'] });
    const bodies = await manager
      .getRepository(BodyEntity)
      .find({ select: { id: true, slug: true, establishedOn: true } });
    const bodyBySlug = new Map(bodies.map((body) => [body.slug, body]));
    const bodyIds = new Map(bodies.map((body) => [body.slug, body.id]));
    for (const person of DEMO_PEOPLE) {
      await upsertPerson(manager, person, options.demoPasswordHash, bodyIds);
    }
    for (const rule of DEMO_CROSS_SEAT_RULES) {
      const target = bodyBySlug.get(rule.target);
      const fromBodyId = bodyIds.get(rule.from);
      if (!target || !fromBodyId) throw new Error('A demo cross-seat rule names an unknown body');
      await manager.upsert(
        CrossSeatRuleEntity,
        { targetBodyId: target.id, fromBodyId },
        { conflictPaths: ['targetBodyId', 'fromBodyId'] },
      );
      const { id: ruleId } = await manager.findOneByOrFail(CrossSeatRuleEntity, {
        targetBodyId: target.id,
        fromBodyId,
      });
      // In force since the body was established, as the review set it up.
      await manager.upsert(
        CrossSeatRuleVersionEntity,
        {
          ruleId,
          effectiveFrom: target.establishedOn,
          minSeats: rule.minSeats,
          maxSeats: rule.maxSeats,
        },
        { conflictPaths: ['ruleId', 'effectiveFrom'] },
      );
    }
    await seedTermsOfReference(manager);
    const meetings = await seedMeetings(manager, bodyIds, options.today);
    await seedEmails(manager, options.today);
    return {
      meetings,
      bodies: DEMO_BODIES.length,
      people: DEMO_PEOPLE.length,
      memberships: DEMO_PEOPLE.reduce((sum, person) => sum + person.memberships.length, 0),
    };
  });
}

/** Whether the database holds no portal data yet (a fresh install). */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(BodyEntity).count()) === 0;
}
