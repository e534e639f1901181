import type { AccountGrant } from '../entities';
import type { PublicDisplayChoiceValue } from '../entities/person-display-consent.entity';

export interface DemoPerson {
  fullName: string;
  email: string;
  affiliation: string | null;
  bio: string | null;
  livedExperience: boolean;
  grants: AccountGrant[];
  consent: { on: string; choice: PublicDisplayChoiceValue; showLivedExperience: boolean } | null;
}

/** The demo accounts the README names. Every name is invented. */
export const DEMO_PEOPLE: DemoPerson[] = [
  {
    fullName: 'Priya Raman',
    email: 'secretariat@example.org',
    affiliation: 'Review secretariat',
    bio: null,
    livedExperience: false,
    grants: ['SECRETARIAT'],
    consent: { on: '2021-03-01', choice: 'FULL_NAME', showLivedExperience: false },
  },
  {
    fullName: 'Daniel Osei',
    email: 'chair@example.org',
    affiliation: 'Independent chair',
    bio: 'Chairs the Experts by Experience Board.',
    livedExperience: false,
    grants: [],
    consent: { on: '2021-03-15', choice: 'FULL_NAME', showLivedExperience: false },
  },
  {
    fullName: 'Jordan Ellis',
    email: 'member@example.org',
    affiliation: null,
    bio: 'Care leaver and youth advocate.',
    livedExperience: true,
    grants: [],
    consent: { on: '2021-03-15', choice: 'FIRST_NAME_INITIAL', showLivedExperience: false },
  },
  {
    fullName: 'Helen Marsh',
    email: 'evidence@example.org',
    affiliation: 'Northfield University',
    bio: 'Researches outcomes for children in kinship care.',
    livedExperience: false,
    grants: [],
    consent: { on: '2021-04-14', choice: 'FULL_NAME', showLivedExperience: false },
  },
];
