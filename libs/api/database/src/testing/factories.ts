import type { DeepPartial } from 'typeorm';
import type { BodyEntity, MembershipEntity, PersonEntity } from '../entities';

let sequence = 0;
const next = () => ++sequence;

/** A valid body with sensible defaults; tests and the demo seed override what matters to them. */
export function buildBody(overrides: DeepPartial<BodyEntity> = {}): DeepPartial<BodyEntity> {
  const n = next();
  return {
    slug: `body-${n}`,
    name: `Body ${n}`,
    kind: 'GROUP',
    purpose: `Advises the review on topic ${n}.`,
    establishedOn: '2021-04-01',
    dissolvedOn: null,
    ...overrides,
  };
}

/** A valid person with a unique email and no lived experience recorded. */
export function buildPerson(overrides: DeepPartial<PersonEntity> = {}): DeepPartial<PersonEntity> {
  const n = next();
  return {
    fullName: `Person Number${n}`,
    email: `person-${n}@example.org`,
    phone: null,
    affiliation: null,
    bio: null,
    livedExperience: false,
    ...overrides,
  };
}

/** An ordinary, open-ended MEMBER seat; pass personId and bodyId. */
export function buildMembership(
  overrides: DeepPartial<MembershipEntity> & { personId: string; bodyId: string },
): DeepPartial<MembershipEntity> {
  return {
    role: 'MEMBER',
    seat: 'ORDINARY',
    fromBodyId: null,
    startsOn: '2021-04-01',
    endsOn: null,
    endReason: null,
    ...overrides,
  };
}
