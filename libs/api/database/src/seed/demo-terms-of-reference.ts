import type { QuorumKind } from '@boards/shared/contracts';

export interface DemoTermsOfReference {
  /** The body's slug; the version comes into force on the day the body was established. */
  body: string;
  content: string;
  quorum:
    | { kind: Extract<QuorumKind, 'COUNT'>; count: number }
    | { kind: Extract<QuorumKind, 'FRACTION'>; numerator: number; denominator: number };
  meetingFrequency: string;
  composition: string;
}

/** Said of each advisory group, as the review announced it. */
const CROSS_SEAT =
  'Two members of the Experts by Experience Board sit on the group, so that the perspective of lived experience runs through all of its discussions.';

/**
 * The first published terms of reference of the review's three bodies. They draw on what the
 * review said about each body when it set them up (the Experts by Experience Board first, then
 * the Evidence Group and the Design Group, to meet by the end of April 2021), written afresh.
 * Quorums, meeting frequencies and sizes are the demo's own.
 */
export const DEMO_TERMS_OF_REFERENCE: DemoTermsOfReference[] = [
  {
    body: 'experts-by-experience-board',
    content: `## Purpose

The Experts by Experience Board makes sure the review hears, at every stage, from the people who know children’s social care from the inside: children, young people, adults and families. Setting it up was the first thing the review’s chair did, because their voices are the foundation of the review.

## What the board does

- Advises the chair on the review’s work, including how it engages with people with lived experience, before plans are published.
- Tells the review which groups and organisations people already know and trust, so that the review can reach those it might otherwise not hear from.
- Tests the review’s emerging findings and recommendations against members’ own experience.
- Sends two of its members to sit on each of the review’s advisory groups, the Evidence Group and the Design Group.

## How the board works

Meetings are informal and take place online or in person. Members can take part in the way that suits them, and can step away from any discussion at any time. Papers are sent out a week before each meeting, with an accessible version when one is needed.

The review’s secretariat supports the board: it arranges meetings, circulates papers and writes up what was agreed. Each member decides whether the public sees their name.

## Support for members

Talking about experiences of care can bring up difficult feelings and memories. Members can use the support the review has arranged with the NSPCC and Childline, before and after any meeting, and can speak to the secretariat in confidence about anything that would help them take part.`,
    quorum: { kind: 'FRACTION', numerator: 1, denominator: 3 },
    meetingFrequency: 'Monthly, online or in person',
    composition:
      'Up to 20 members with lived experience of children’s social care: children and young people in care or who have left care, parents and other family members, and kinship, foster and adoptive families. The board has a chair and a vice-chair.',
  },
  {
    body: 'evidence-group',
    content: `## Purpose

The Evidence Group makes sure the review draws on the most appropriate research, so that its case for change and its recommendations are well evidenced.

## What the group does

- Advises on the evidence the review should use, including the responses to its call for evidence.
- Comments on the evidence summaries, rapid reviews and new analysis that What Works for Children’s Social Care produces and commissions for the review.
- Points out where evidence is weak or missing, and how the review might fill the gaps.
- Helps the review involve the wider research community, for example through events to discuss the case for change.

## How the group works

The group first meets by the end of April 2021 and then regularly while the review lasts. Papers are circulated a week before each meeting. Members give their advice as individual experts, not on behalf of their organisations. The review’s secretariat supports the group and keeps a record of its advice; the chair of the review decides what the review recommends.

## Lived experience

To make sure that lived experience is part of every discussion, two members of the Experts by Experience Board sit on the group as full members.`,
    quorum: { kind: 'COUNT', count: 4 },
    meetingFrequency: 'Every six weeks',
    composition: `Academics and other experts in the field, from a range of disciplines, with What Works for Children’s Social Care attending. ${CROSS_SEAT}`,
  },
  {
    body: 'design-group',
    content: `## Purpose

The Design Group guides how the review designs its recommendations, so that they can be put into practice.

## What the group does

- Brings the perspectives of those who deliver children’s social care today, and of those outside the system whose work touches it.
- Advises on how the review’s recommendations would work in practice, what they would cost and what could stand in their way.
- Helps the review hear from the children’s social care workforce and its leaders.

## How the group works

The group first meets by the end of April 2021 and then regularly while the review lasts. Papers are circulated a week before each meeting. Members take part as individuals, not on behalf of their organisations, and bring experience from different political backgrounds as well as different services. The review’s secretariat supports the group and keeps a record of its advice; the chair of the review decides what the review recommends.

## Lived experience

To make sure that lived experience is part of every discussion, two members of the Experts by Experience Board sit on the group as full members.`,
    quorum: { kind: 'FRACTION', numerator: 1, denominator: 2 },
    meetingFrequency: 'Every six weeks',
    composition: `People from local government, policing, the judiciary, health, education and other areas, who between them deliver the system today or look at it from outside, and politicians from different political backgrounds. ${CROSS_SEAT}`,
  },
];
