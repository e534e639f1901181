import type { DeepPartial } from 'typeorm';
import type {
  AgendaItemEntity,
  BodyEntity,
  MeetingEntity,
  MembershipEntity,
  PaperEntity,
  PersonEntity,
  TermsOfReferenceEntity,
} from '../entities';

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

/**
 * A complete first version of a body's terms of reference (a quorum of three, every six weeks):
 * published and in force from 1 April 2021, or, with `status: 'DRAFT'`, the same as a draft
 * (no date, not published). Pass bodyId.
 */
export function buildTermsOfReference(
  overrides: DeepPartial<TermsOfReferenceEntity> & { bodyId: string },
): DeepPartial<TermsOfReferenceEntity> {
  const draft = overrides.status === 'DRAFT';
  const effectiveFrom = draft
    ? null
    : ((overrides.effectiveFrom as string | null | undefined) ?? '2021-04-01');
  return {
    number: 1,
    status: 'PUBLISHED',
    content: '## Purpose\n\nAdvises the review.',
    quorumKind: 'COUNT',
    quorumCount: 3,
    quorumNumerator: null,
    quorumDenominator: null,
    meetingFrequency: 'Every six weeks',
    composition: 'Up to twelve members.',
    effectiveFrom,
    publishedAt: effectiveFrom ? new Date(`${effectiveFrom}T12:00:00Z`) : null,
    publishedBy: null,
    ...overrides,
  };
}

/**
 * A scheduled two-hour meeting at 10am London time on 4 May 2021 (09:00 UTC, summer time),
 * in a room; without bodies (add `meeting_body` rows).
 */
export function buildMeeting(
  overrides: DeepPartial<MeetingEntity> = {},
): DeepPartial<MeetingEntity> {
  const n = next();
  return {
    title: `Meeting ${n}`,
    summary: '',
    startsAt: new Date('2021-05-04T09:00:00Z'),
    endsAt: new Date('2021-05-04T11:00:00Z'),
    location: 'Sanctuary Buildings, London',
    onlineLink: null,
    support: '',
    status: 'SCHEDULED',
    statusReason: null,
    ...overrides,
  };
}

/** A public agenda item of 20 minutes; pass meetingId and position. */
export function buildAgendaItem(
  overrides: DeepPartial<AgendaItemEntity> & { meetingId: string; position: number },
): DeepPartial<AgendaItemEntity> {
  return {
    title: `Item ${overrides.position}`,
    description: '',
    presenterKind: null,
    presenterPersonId: null,
    presenterName: null,
    durationMinutes: 20,
    isPublic: true,
    ...overrides,
  };
}

/** A members-only paper with no file yet; pass meetingId. */
export function buildPaper(
  overrides: DeepPartial<PaperEntity> & { meetingId: string },
): DeepPartial<PaperEntity> {
  return {
    title: `Paper ${next()}`,
    visibility: 'MEMBERS',
    agendaItemId: null,
    contentNote: null,
    easyReadOf: null,
    supersedes: null,
    ...overrides,
  };
}
