import type { SecretariatMembershipQuery } from '@boards/web/api-client';
import type { PartialResult, Reply } from './stand-in-api';

type Membership = NonNullable<SecretariatMembershipQuery['membership']>;

/** Ids and records for the route tests of the membership pages. */
export const EBE_ID = '15aa8afa-965a-4a36-a365-5c1a00633c92';
export const EVIDENCE_ID = '81b8baa6-0e9b-4283-b487-2d09a514a37c';
export const PERSON_ID = 'c0870fcb-28d6-4370-9261-cfcc0b82ecf5';
export const MEMBERSHIP_ID = 'd78c50bb-9395-4027-be42-71242ac0fa2e';
export const CROSS_SEAT_ID = '5b0e1d7e-3c0a-4a57-9d3e-2f1f4b8f6a01';

export const EBE = {
  id: EBE_ID,
  slug: 'experts-by-experience-board',
  name: 'Experts by Experience Board',
};

export const EVIDENCE = { id: EVIDENCE_ID, slug: 'evidence-group', name: 'Evidence Group' };

/** Kayla Brooks's Experts by Experience Board membership, on which a cross-seat rests. */
export const MEMBERSHIP: PartialResult<Membership> = {
  id: MEMBERSHIP_ID,
  role: 'MEMBER',
  seat: 'ORDINARY',
  startsOn: '2021-03-15',
  endsOn: null,
  endReason: null,
  status: 'CURRENT',
  version: 3,
  fromBody: null,
  body: { ...EBE, establishedOn: '2021-03-15', dissolvedOn: null },
  person: { id: PERSON_ID, fullName: 'Kayla Brooks' },
  restingCrossSeats: [{ id: CROSS_SEAT_ID, body: { id: EVIDENCE_ID, name: EVIDENCE.name } }],
};

/** The stand-in API's reply to SecretariatMembership. */
export const membershipReply = (
  changes: PartialResult<Membership> = {},
): Reply<SecretariatMembershipQuery> => ({
  data: { membership: { ...MEMBERSHIP, ...changes } },
});

export const membershipPath = (...rest: string[]) =>
  ['http://localhost/secretariat/bodies', EBE.slug, 'members', MEMBERSHIP_ID, ...rest].join('/');
