/**
 * Consent over time: a person's dated history of consent to public display, and the consent in
 * force on any day.
 *
 * - The event in force on a day is the latest event dated on or before that day. The history may
 *   come in any order; when two events share a date, the one later in the array wins (so load
 *   them ordered by the date and then by when they were recorded).
 * - GIVEN puts its choice and its lived-experience answer in force from its date.
 * - WITHDRAWN puts the protective default back in force from its date.
 * - Before the first event, or with no events at all, the protective default is in force:
 *   not named ('A member') and lived experience not shown.
 */
import {
  PUBLIC_DISPLAY_CHOICES,
  type PublicDisplayChoice,
  isPublicDisplayChoice,
} from '@boards/shared/contracts';
import { DomainError } from './domain-error';
import { assertIsoDate } from './iso-date';

export type ConsentEvent =
  | { kind: 'GIVEN'; on: string; choice: PublicDisplayChoice; showLivedExperience: boolean }
  | { kind: 'WITHDRAWN'; on: string };

export interface DisplayConsent {
  choice: PublicDisplayChoice;
  showLivedExperience: boolean;
  /** The date of the event this consent comes from; null when nothing was ever given. */
  since: string | null;
}

/** The protective default when nothing was ever given, and what a withdrawal returns to. */
export const DEFAULT_CONSENT: Readonly<DisplayConsent> = Object.freeze({
  choice: 'ANONYMOUS',
  showLivedExperience: false,
  since: null,
});

/** The choices from least to most revealing: HIDDEN shows nothing, FULL_NAME shows the most. */
export const DISPLAY_CHOICES_BY_REVEALING: readonly PublicDisplayChoice[] = Object.freeze([
  'HIDDEN',
  'ANONYMOUS',
  'FIRST_NAME_INITIAL',
  'FULL_NAME',
]);

/** 0 for HIDDEN up to 3 for FULL_NAME; compare two choices by how much they reveal. */
export function revealingRank(choice: PublicDisplayChoice): number {
  return DISPLAY_CHOICES_BY_REVEALING.indexOf(choice);
}

/** The consent in force on `on` (an ISO date), from a history in any order. */
export function consentOn(history: readonly ConsentEvent[], on: string): DisplayConsent {
  let inForce: ConsentEvent | undefined;
  for (const event of history) {
    // `>=` so that, on the same date, the later element in the array wins.
    if (event.on <= on && (inForce === undefined || event.on >= inForce.on)) inForce = event;
  }
  if (inForce === undefined) return { ...DEFAULT_CONSENT };
  if (inForce.kind === 'WITHDRAWN') return { ...DEFAULT_CONSENT, since: inForce.on };
  return {
    choice: inForce.choice,
    showLivedExperience: inForce.showLivedExperience,
    since: inForce.on,
  };
}

/**
 * The less revealing of two consents, field by field: the less revealing choice, and lived
 * experience shown only if both show it. `since` is the later of the two.
 */
export function mostProtective(a: DisplayConsent, b: DisplayConsent): DisplayConsent {
  const since =
    a.since === null ? b.since : b.since === null ? a.since : a.since > b.since ? a.since : b.since;
  return {
    choice: revealingRank(a.choice) <= revealingRank(b.choice) ? a.choice : b.choice,
    showLivedExperience: a.showLivedExperience && b.showLivedExperience,
    since,
  };
}

/**
 * The consent to apply when showing, on `today`, how things stood on `on` (a members list for a
 * past or future date). A withdrawal reaches back: the result never reveals more than the consent
 * in force today, nor more than the consent in force on the day asked about.
 */
export function consentForDisplay(
  history: readonly ConsentEvent[],
  on: string,
  today: string,
): DisplayConsent {
  return mostProtective(consentOn(history, on), consentOn(history, today));
}

/**
 * Refuses an event that cannot be recorded: an unknown kind, a date that is not a real
 * `YYYY-MM-DD` date, an unknown choice, or a lived-experience answer that is not true or false.
 */
export function validateConsentEvent(event: ConsentEvent): void {
  const kind: unknown = (event as { kind?: unknown }).kind;
  if (kind !== 'GIVEN' && kind !== 'WITHDRAWN') {
    throw new DomainError('BAD_USER_INPUT', 'Consent must be given or withdrawn', {
      field: 'kind',
    });
  }
  assertIsoDate(event.on, 'on');
  if (event.kind === 'GIVEN') {
    if (!isPublicDisplayChoice(event.choice)) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `choice must be one of ${PUBLIC_DISPLAY_CHOICES.join(', ')}`,
        { field: 'choice' },
      );
    }
    if (typeof event.showLivedExperience !== 'boolean') {
      throw new DomainError('BAD_USER_INPUT', 'showLivedExperience must be true or false', {
        field: 'showLivedExperience',
      });
    }
  }
}
