import { TERMS_OF_REFERENCE_LIMITS, type TermsOfReferenceStatus } from '@boards/shared/contracts';
import { bodyExistsOn } from './body.rule';
import { DomainError } from './domain-error';
import { addDays, isIsoDate } from './iso-date';

export type { TermsOfReferenceStatus } from '@boards/shared/contracts';

/**
 * What can be done to one version of a body's terms of reference:
 * - SAVE: change a draft;
 * - PUBLISH: make a draft the published version (and from then on unchangeable);
 * - SUPERSEDE: the published version gives way to the next one, published in the same step;
 * - DISCARD: throw a draft away.
 */
export const TERMS_OF_REFERENCE_ACTIONS = ['SAVE', 'PUBLISH', 'SUPERSEDE', 'DISCARD'] as const;
export type TermsOfReferenceAction = (typeof TERMS_OF_REFERENCE_ACTIONS)[number];

/** Where an action leaves a version: a status, or DISCARDED when the draft is gone. */
export type TermsOfReferenceOutcome = TermsOfReferenceStatus | 'DISCARDED';

/**
 * The whole workflow: (status, action) → status. Anything not listed is refused. A published
 * version never changes again, except that publishing the next version supersedes it; a
 * superseded version is final.
 */
export const TERMS_OF_REFERENCE_TRANSITIONS: Readonly<
  Record<
    TermsOfReferenceStatus,
    Readonly<Partial<Record<TermsOfReferenceAction, TermsOfReferenceOutcome>>>
  >
> = {
  DRAFT: { SAVE: 'DRAFT', PUBLISH: 'PUBLISHED', DISCARD: 'DISCARDED' },
  PUBLISHED: { SUPERSEDE: 'SUPERSEDED' },
  SUPERSEDED: {},
};

const REFUSALS: Record<TermsOfReferenceStatus, string> = {
  DRAFT: 'Only a published version can be superseded, by publishing the next one',
  PUBLISHED:
    'This version has been published and cannot be changed. Start a new draft to change the terms of reference',
  SUPERSEDED: 'This version has been superseded and cannot be changed',
};

/** The status `action` leads to from `status`; INVALID_TRANSITION when the table has no such step. */
export function termsOfReferenceTransition(
  status: TermsOfReferenceStatus,
  action: TermsOfReferenceAction,
): TermsOfReferenceOutcome {
  const next = TERMS_OF_REFERENCE_TRANSITIONS[status]?.[action];
  if (next === undefined) {
    throw new DomainError('INVALID_TRANSITION', REFUSALS[status] ?? 'That change is not allowed', {
      status,
      action,
    });
  }
  return next;
}

/**
 * A quorum: a number of voting members, or a fraction of the voting members (rounded up).
 * The meetings rules ask `quorumRequired` how many must be present.
 */
export type Quorum =
  | { readonly kind: 'COUNT'; readonly count: number }
  | { readonly kind: 'FRACTION'; readonly numerator: number; readonly denominator: number };

const QUORUM_LIMITS = {
  maxCount: TERMS_OF_REFERENCE_LIMITS.quorumCount,
  maxDenominator: TERMS_OF_REFERENCE_LIMITS.quorumDenominator,
} as const;

function badQuorum(field: string, message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', message, { field: `quorum.${field}` });
}

const isWhole = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value);

/**
 * Throws BAD_USER_INPUT naming the field (`quorum.count`, `quorum.numerator`,
 * `quorum.denominator`, `quorum.kind`) unless `quorum` is a count from 1 to 500 or a fraction
 * from 1/100 to 1/1.
 */
export function validateQuorum(quorum: unknown): asserts quorum is Quorum {
  const value = quorum as Partial<Record<'kind' | 'count' | 'numerator' | 'denominator', unknown>>;
  if (typeof quorum !== 'object' || quorum === null) {
    throw badQuorum('kind', 'Give the quorum as a number of members or a fraction of them');
  }
  if (value.kind === 'COUNT') {
    if (!isWhole(value.count) || value.count < 1 || value.count > QUORUM_LIMITS.maxCount) {
      throw badQuorum(
        'count',
        `The quorum must be a whole number of members from 1 to ${QUORUM_LIMITS.maxCount}`,
      );
    }
    return;
  }
  if (value.kind === 'FRACTION') {
    const range = `The fraction must be between 1/${QUORUM_LIMITS.maxDenominator} and 1, like 1/2 or 2/3`;
    if (
      !isWhole(value.denominator) ||
      value.denominator < 1 ||
      value.denominator > QUORUM_LIMITS.maxDenominator
    ) {
      throw badQuorum('denominator', range);
    }
    if (!isWhole(value.numerator) || value.numerator < 1 || value.numerator > value.denominator) {
      throw badQuorum('numerator', range);
    }
    return;
  }
  throw badQuorum('kind', 'Give the quorum as a number of members or a fraction of them');
}

/**
 * How many voting members must be present for a meeting to be quorate: the count, or the
 * fraction of `votingMembers` rounded up, and never fewer than one (nobody is not a meeting).
 */
export function quorumRequired(quorum: Quorum, votingMembers: number): number {
  if (!Number.isSafeInteger(votingMembers) || votingMembers < 0) {
    throw new RangeError(`quorumRequired: not a number of members: ${votingMembers}`);
  }
  validateQuorum(quorum);
  if (quorum.kind === 'COUNT') return quorum.count;
  // Whole-number arithmetic: ceil(v × n / d) without floating point.
  const needed = Math.floor(
    (votingMembers * quorum.numerator + quorum.denominator - 1) / quorum.denominator,
  );
  return Math.max(1, needed);
}

const FRACTION_WORDS: Readonly<Record<string, string>> = {
  '1/1': 'all',
  '1/2': 'half',
  '1/3': 'a third',
  '2/3': 'two thirds',
  '1/4': 'a quarter',
  '3/4': 'three quarters',
  '1/5': 'a fifth',
};

/** A quorum in words, as the public reads it: "At least 4 voting members". */
export function describeQuorum(quorum: Quorum): string {
  if (quorum.kind === 'COUNT') {
    return `At least ${quorum.count} voting ${quorum.count === 1 ? 'member' : 'members'}`;
  }
  if (quorum.numerator === quorum.denominator) return 'All the voting members';
  const words = FRACTION_WORDS[`${quorum.numerator}/${quorum.denominator}`];
  return words
    ? `At least ${words} of the voting members, rounded up`
    : `At least ${quorum.numerator}/${quorum.denominator} of the voting members, rounded up`;
}

/** What a draft must have before it can be published, each with the message to show. */
export interface PublishableParts {
  readonly content: string;
  readonly quorum: Quorum | null;
  readonly meetingFrequency: string;
  readonly composition: string;
}

const MISSING: Readonly<Record<keyof PublishableParts, string>> = {
  content: 'Write the text of the terms of reference',
  quorum: 'Set the quorum',
  meetingFrequency: 'Say how often it meets',
  composition: 'Describe who sits on it',
};

/**
 * Throws BAD_USER_INPUT unless every part of a draft is filled in; `details.fields` lists each
 * missing part with its message, in the order of the form.
 */
export function validatePublishable(draft: PublishableParts): void {
  const fields: Record<string, string> = {};
  if (!draft.content.trim()) fields['content'] = MISSING.content;
  if (draft.quorum === null) fields['quorum'] = MISSING.quorum;
  else validateQuorum(draft.quorum);
  if (!draft.meetingFrequency.trim()) fields['meetingFrequency'] = MISSING.meetingFrequency;
  if (!draft.composition.trim()) fields['composition'] = MISSING.composition;
  const [first] = Object.entries(fields);
  if (first) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `The draft is not finished: ${Object.values(fields)
        .map((message) => message.charAt(0).toLowerCase() + message.slice(1))
        .join(', ')}`,
      { field: first[0], fields },
    );
  }
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
});
const longDate = (iso: string) => LONG_DATE.format(new Date(`${iso}T00:00:00Z`));

export interface EffectiveFromContext {
  /** The body's dates: a version cannot come into force before it existed, or once it is gone. */
  readonly establishedOn: string;
  readonly dissolvedOn: string | null;
  /** When the version it supersedes came into force; null for a body's first version. */
  readonly previousEffectiveFrom: string | null;
}

/**
 * The date a version comes into force must be a real date, no earlier than the day the body was
 * established, before it was dissolved, and strictly after the day the version it supersedes
 * came into force (so every date has exactly one version in force). It may be in the past
 * (terms agreed at a meeting and recorded later) or the future. BAD_USER_INPUT on
 * `effectiveFrom` otherwise.
 */
export function validateEffectiveFrom(
  effectiveFrom: unknown,
  context: EffectiveFromContext,
): asserts effectiveFrom is string {
  const refuse = (message: string) =>
    new DomainError('BAD_USER_INPUT', message, { field: 'effectiveFrom' });
  if (!isIsoDate(effectiveFrom)) {
    throw refuse('The date it comes into force must be a real date');
  }
  if (!bodyExistsOn(context, effectiveFrom)) {
    throw refuse(
      effectiveFrom < context.establishedOn
        ? `The date it comes into force must be on or after ${longDate(context.establishedOn)}, when the body was established`
        : `The date it comes into force must be before ${longDate(context.dissolvedOn as string)}, when the body was dissolved`,
    );
  }
  if (context.previousEffectiveFrom !== null && effectiveFrom <= context.previousEffectiveFrom) {
    throw refuse(
      `The date it comes into force must be after ${longDate(context.previousEffectiveFrom)}, when the current version came into force`,
    );
  }
}

/** Enough of a version to tell which one is in force. */
export interface DatedVersion {
  readonly number: number;
  readonly status: TermsOfReferenceStatus;
  readonly effectiveFrom: string | null;
}

/**
 * The version in force on `on` (YYYY-MM-DD): of the published and superseded versions, the one
 * that came into force most recently on or before that day. Drafts never are. Null before the
 * first version came into force. A version published today to come into force next month leaves
 * the one before it in force until then.
 */
export function versionInForce<T extends DatedVersion>(
  versions: readonly T[],
  on: string,
): T | null {
  let best: T | null = null;
  for (const version of versions) {
    if (version.status === 'DRAFT' || version.effectiveFrom === null) continue;
    if (version.effectiveFrom > on) continue;
    if (
      best === null ||
      version.effectiveFrom > (best.effectiveFrom as string) ||
      (version.effectiveFrom === best.effectiveFrom && version.number > best.number)
    ) {
      best = version;
    }
  }
  return best;
}

/** The public history: published and superseded versions, newest first. */
export function publicHistory<T extends DatedVersion>(versions: readonly T[]): T[] {
  return versions
    .filter((version) => version.status !== 'DRAFT')
    .sort((a, b) => b.number - a.number);
}

/** The days a version is in force: from its first to its last (`to` null while no end is set). */
export interface InForcePeriod {
  readonly from: string;
  readonly to: string | null;
}

/**
 * The days on which `version` is the version in force (`versionInForce`), given the body's
 * versions (any order, drafts allowed): from the day it comes into force to the day before a
 * later version comes into force, or with no end while none is published after it. Null for a
 * draft, or for a version never in force at all (overtaken on its first day).
 */
export function inForcePeriod(
  version: DatedVersion,
  versions: readonly DatedVersion[],
): InForcePeriod | null {
  const from = version.effectiveFrom;
  if (version.status === 'DRAFT' || from === null) return null;
  let next: string | null = null;
  for (const other of versions) {
    if (other.status === 'DRAFT' || other.effectiveFrom === null) continue;
    if (other.effectiveFrom === from && other.number > version.number) return null;
    if (other.effectiveFrom > from && (next === null || other.effectiveFrom < next)) {
      next = other.effectiveFrom;
    }
  }
  return { from, to: next === null ? null : addDays(next, -1) };
}

/**
 * Where a version stands on `on`: CURRENT when it is the version in force that day, FUTURE
 * before it comes into force, PAST once a later version has taken over, DRAFT while unpublished.
 */
export type VersionStanding = 'CURRENT' | 'FUTURE' | 'PAST' | 'DRAFT';

export function versionStanding(
  version: DatedVersion,
  versions: readonly DatedVersion[],
  on: string,
): VersionStanding {
  if (version.status === 'DRAFT' || version.effectiveFrom === null) return 'DRAFT';
  if (on < version.effectiveFrom) return 'FUTURE';
  const period = inForcePeriod(version, versions);
  return period !== null && (period.to === null || on <= period.to) ? 'CURRENT' : 'PAST';
}
