import type { MembershipRole } from '@boards/shared/contracts';
import type { AccountGrant } from '../entities';
import type { PublicDisplayChoiceValue } from '../entities/person-display-consent.entity';

export interface DemoMembership {
  body: string;
  role: MembershipRole;
  startsOn: string;
  endsOn?: string;
  endReason?: string;
  /** A cross-seat: the slug of the body whose membership it rests on. */
  crossSeatFrom?: string;
}

export interface DemoPerson {
  fullName: string;
  email: string;
  affiliation: string | null;
  bio: string | null;
  livedExperience: boolean;
  /** null: a person with no sign-in (most members are invited later). */
  grants: AccountGrant[] | null;
  consent: { on: string; choice: PublicDisplayChoiceValue; showLivedExperience: boolean } | null;
  memberships: DemoMembership[];
}

const EBE = 'experts-by-experience-board';
const EVIDENCE = 'evidence-group';
const DESIGN = 'design-group';

/**
 * The demo people: the accounts the README names first, then members without a sign-in. Every
 * name is invented. Two Experts by Experience Board members hold cross-seats on each group.
 */
export const DEMO_PEOPLE: DemoPerson[] = [
  {
    fullName: 'Priya Raman',
    email: 'secretariat@example.org',
    affiliation: 'Review secretariat',
    bio: null,
    livedExperience: false,
    grants: ['SECRETARIAT'],
    consent: { on: '2021-03-01', choice: 'FULL_NAME', showLivedExperience: false },
    memberships: [],
  },
  {
    fullName: 'Alex Morgan',
    email: 'admin@example.org',
    affiliation: 'Review secretariat (systems)',
    bio: null,
    livedExperience: false,
    grants: ['ADMIN'],
    consent: { on: '2021-03-01', choice: 'FULL_NAME', showLivedExperience: false },
    memberships: [],
  },
  {
    fullName: 'Daniel Osei',
    email: 'chair@example.org',
    affiliation: 'Independent chair',
    bio: 'Chairs the Experts by Experience Board.',
    livedExperience: false,
    grants: [],
    consent: { on: '2021-03-15', choice: 'FULL_NAME', showLivedExperience: false },
    memberships: [{ body: EBE, role: 'CHAIR', startsOn: '2021-03-15' }],
  },
  {
    fullName: 'Jordan Ellis',
    email: 'member@example.org',
    affiliation: null,
    bio: 'Care leaver and youth advocate.',
    livedExperience: true,
    grants: [],
    consent: { on: '2021-03-15', choice: 'FIRST_NAME_INITIAL', showLivedExperience: false },
    memberships: [
      { body: EBE, role: 'MEMBER', startsOn: '2021-03-15' },
      { body: EVIDENCE, role: 'MEMBER', startsOn: '2021-04-14', crossSeatFrom: EBE },
    ],
  },
  {
    fullName: 'Helen Marsh',
    email: 'evidence@example.org',
    affiliation: 'Northfield University',
    bio: 'Researches outcomes for children in kinship care.',
    livedExperience: false,
    grants: [],
    consent: { on: '2021-04-14', choice: 'FULL_NAME', showLivedExperience: false },
    memberships: [{ body: EVIDENCE, role: 'CHAIR', startsOn: '2021-04-14' }],
  },
  {
    fullName: 'Kayla Brooks',
    email: 'kayla.brooks@example.org',
    affiliation: null,
    bio: null,
    livedExperience: true,
    grants: null,
    consent: { on: '2021-03-15', choice: 'ANONYMOUS', showLivedExperience: true },
    memberships: [
      { body: EBE, role: 'MEMBER', startsOn: '2021-03-15' },
      { body: EVIDENCE, role: 'MEMBER', startsOn: '2021-04-14', crossSeatFrom: EBE },
    ],
  },
  {
    fullName: 'Sam Adeyemi',
    email: 'sam.adeyemi@example.org',
    affiliation: null,
    bio: 'Grew up in foster care; now a youth worker.',
    livedExperience: true,
    grants: null,
    consent: { on: '2021-03-15', choice: 'FULL_NAME', showLivedExperience: true },
    memberships: [
      { body: EBE, role: 'VICE_CHAIR', startsOn: '2021-03-15' },
      { body: DESIGN, role: 'MEMBER', startsOn: '2021-04-21', crossSeatFrom: EBE },
    ],
  },
  {
    fullName: 'Rhiannon Price',
    email: 'rhiannon.price@example.org',
    affiliation: null,
    bio: null,
    livedExperience: true,
    grants: null,
    consent: null,
    memberships: [
      { body: EBE, role: 'MEMBER', startsOn: '2021-03-15' },
      // The Design Group's second cross-seat stood empty for its first seven weeks (the
      // compliance timeline shows it).
      { body: DESIGN, role: 'MEMBER', startsOn: '2021-06-09', crossSeatFrom: EBE },
    ],
  },
  {
    fullName: 'Tom Hargreaves',
    email: 'tom.hargreaves@example.org',
    affiliation: null,
    bio: null,
    livedExperience: true,
    grants: null,
    consent: { on: '2021-03-15', choice: 'HIDDEN', showLivedExperience: false },
    memberships: [{ body: EBE, role: 'MEMBER', startsOn: '2021-03-15' }],
  },
  {
    fullName: 'Grace Whitfield',
    email: 'grace.whitfield@example.org',
    affiliation: 'Director of children’s services, a county council',
    bio: null,
    livedExperience: false,
    grants: null,
    consent: { on: '2021-04-21', choice: 'FULL_NAME', showLivedExperience: false },
    memberships: [{ body: DESIGN, role: 'CHAIR', startsOn: '2021-04-21' }],
  },
  {
    fullName: 'Marcus Bell',
    email: 'marcus.bell@example.org',
    affiliation: 'Detective superintendent, a police force',
    bio: null,
    livedExperience: false,
    grants: null,
    consent: { on: '2021-04-21', choice: 'FULL_NAME', showLivedExperience: false },
    memberships: [
      {
        body: DESIGN,
        role: 'MEMBER',
        startsOn: '2021-04-21',
        endsOn: '2022-01-31',
        endReason: 'Stepped down on taking a new post',
      },
    ],
  },
  {
    fullName: 'Aisha Karim',
    email: 'aisha.karim@example.org',
    affiliation: 'Family court judge (retired)',
    bio: null,
    livedExperience: false,
    grants: null,
    consent: { on: '2021-04-21', choice: 'FIRST_NAME_INITIAL', showLivedExperience: false },
    memberships: [{ body: DESIGN, role: 'MEMBER', startsOn: '2021-04-21' }],
  },
  {
    fullName: 'Owen Lloyd',
    email: 'owen.lloyd@example.org',
    affiliation: 'Lecturer in social work, a university in Wales',
    bio: null,
    livedExperience: false,
    grants: null,
    consent: { on: '2021-04-14', choice: 'FULL_NAME', showLivedExperience: false },
    memberships: [{ body: EVIDENCE, role: 'MEMBER', startsOn: '2021-04-14' }],
  },
];
