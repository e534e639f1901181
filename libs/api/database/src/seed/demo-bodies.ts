import type { DeepPartial } from 'typeorm';
import type { BodyEntity } from '../entities';
import { buildBody } from '../testing/factories';

/**
 * The review's three advisory bodies. Purposes summarise the review's own announcements;
 * dates follow the review's launch in March 2021 and the groups' first meetings in April 2021.
 */
export const DEMO_BODIES: DeepPartial<BodyEntity>[] = [
  buildBody({
    slug: 'experts-by-experience-board',
    name: 'Experts by Experience Board',
    kind: 'BOARD',
    purpose:
      'Brings together children, young people, adults and families with lived experience of children’s social care. ' +
      'It was the first thing the review’s chair set up, because their voices are the foundation of the review. ' +
      'Two of its members sit on each of the review’s advisory groups, so that lived experience runs through every discussion.',
    establishedOn: '2021-03-15',
  }),
  buildBody({
    slug: 'evidence-group',
    name: 'Evidence Group',
    kind: 'GROUP',
    purpose:
      'Academics, researchers and other experts in the field who make sure the review draws on the most appropriate research. ' +
      'It works alongside What Works for Children’s Social Care, which produces evidence summaries, rapid reviews and new analysis for the review.',
    establishedOn: '2021-04-14',
  }),
  buildBody({
    slug: 'design-group',
    name: 'Design Group',
    kind: 'GROUP',
    purpose:
      'People from local government, policing, the judiciary, health, education and other areas who guide how the review designs its recommendations, ' +
      'bringing the perspectives of those who deliver the system today and of those outside it, so that the recommendations can be put into practice.',
    establishedOn: '2021-04-21',
  }),
];

/** The review's rule: two members of the Experts by Experience Board sit on each group. */
export const DEMO_CROSS_SEAT_RULES = [
  { target: 'evidence-group', from: 'experts-by-experience-board', minSeats: 2, maxSeats: 2 },
  { target: 'design-group', from: 'experts-by-experience-board', minSeats: 2, maxSeats: 2 },
] as const;
