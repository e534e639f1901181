import type { DeepPartial } from 'typeorm';
import type { BodyEntity } from '../entities';
import { buildBody } from '../testing/factories';

/**
 * What the review offers everyone taking part, before and after every meeting: the bodies' usual
 * support text, and so the demo meetings'. The helpline's number and its services' addresses are
 * written out, so that the web app links them.
 */
export const DEMO_SUPPORT =
  'The review has partnered with the NSPCC helpline and Childline to support everyone taking part, before and after every meeting. ' +
  'Call the free helpline on 0800 233311 (8am to 10pm on weekdays, 9am to 6pm at weekends) to speak confidentially to an independent qualified practitioner, ' +
  'or contact it online at https://www.nspcc.org.uk/keeping-children-safe/our-services/nspcc-helpline/. ' +
  'Young people can also talk to Childline on 0800 1111 or online at https://www.childline.org.uk/get-support/. ' +
  'Your named contact in the secretariat can also arrange a call before the meeting to talk through the papers.';

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
    supportContactName: 'Maya Collins',
    supportContactEmail: 'maya.collins@example.org',
    supportContactPhone: '020 7946 0123',
    defaultSupport: DEMO_SUPPORT,
  }),
  buildBody({
    slug: 'evidence-group',
    name: 'Evidence Group',
    kind: 'GROUP',
    purpose:
      'Academics, researchers and other experts in the field who make sure the review draws on the most appropriate research. ' +
      'It works alongside What Works for Children’s Social Care, which produces evidence summaries, rapid reviews and new analysis for the review.',
    establishedOn: '2021-04-14',
    supportContactName: 'Leo Turner',
    supportContactEmail: 'leo.turner@example.org',
    supportContactPhone: '020 7946 0456',
    defaultSupport: DEMO_SUPPORT,
  }),
  buildBody({
    slug: 'design-group',
    name: 'Design Group',
    kind: 'GROUP',
    purpose:
      'People from local government, policing, the judiciary, health, education and other areas who guide how the review designs its recommendations, ' +
      'bringing the perspectives of those who deliver the system today and of those outside it, so that the recommendations can be put into practice.',
    establishedOn: '2021-04-21',
    supportContactName: 'Ruth Adebayo',
    supportContactEmail: 'ruth.adebayo@example.org',
    defaultSupport: DEMO_SUPPORT,
  }),
];

/** The review's rule: two members of the Experts by Experience Board sit on each group. */
export const DEMO_CROSS_SEAT_RULES = [
  { target: 'evidence-group', from: 'experts-by-experience-board', minSeats: 2, maxSeats: 2 },
  { target: 'design-group', from: 'experts-by-experience-board', minSeats: 2, maxSeats: 2 },
] as const;
