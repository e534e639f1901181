import type { DataSource, EntityManager } from 'typeorm';
import { AccountEntity, BodyEntity, PersonDisplayConsentEntity, PersonEntity } from '../entities';
import { DEMO_BODIES } from './demo-bodies';
import { DEMO_PEOPLE, type DemoPerson } from './demo-people';

export interface SeedOptions {
  /** Argon2id hash of the demo accounts' password (hashing belongs to the identity library). */
  demoPasswordHash: string;
}

export interface SeedResult {
  bodies: number;
  people: number;
}

async function upsertPerson(
  manager: EntityManager,
  demo: DemoPerson,
  passwordHash: string,
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
  await manager.upsert(
    AccountEntity,
    { personId: person.id, passwordHash, grants: demo.grants, disabledAt: null },
    { conflictPaths: ['personId'] },
  );
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
    for (const person of DEMO_PEOPLE) await upsertPerson(manager, person, options.demoPasswordHash);
    return { bodies: DEMO_BODIES.length, people: DEMO_PEOPLE.length };
  });
}

/** Whether the database holds no portal data yet (a fresh install). */
export async function isEmpty(dataSource: DataSource): Promise<boolean> {
  return (await dataSource.getRepository(BodyEntity).count()) === 0;
}
