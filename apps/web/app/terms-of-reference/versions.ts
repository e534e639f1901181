import type { TermsOfReferenceField, TermsOfReferenceStanding } from '@boards/web/api-client';
import { formatLocalDate } from '../dates';

/** The structured parts of terms of reference, as the pages name them. */
export const FIELD_LABELS: Record<TermsOfReferenceField, string> = {
  QUORUM: 'Quorum',
  MEETING_FREQUENCY: 'How often it meets',
  COMPOSITION: 'Membership',
};

/** A version as the API places it: where it stands today, and the days it is in force. */
export interface PlacedVersion {
  readonly standing: TermsOfReferenceStanding;
  readonly effectiveFrom: string | null;
  readonly inForceTo: string | null;
}

/** When a version was, is or will be in force, in words; `kind` is where the API says it stands. */
export interface InForce {
  readonly kind: TermsOfReferenceStanding;
  readonly text: string;
}

/**
 * When `version` is in force, in words, from where the API places it (`standing`, `inForceTo`):
 * "In force since 14 April 2021", "In force from 14 April 2021 to 31 August 2024" (to the day
 * before the next version came into force) or "Comes into force on 1 June 2099".
 */
export function inForce(version: PlacedVersion): InForce {
  const { standing: kind, effectiveFrom: from, inForceTo: to } = version;
  if (kind === 'DRAFT' || from === null) return { kind: 'DRAFT', text: 'Not published yet' };
  if (kind === 'FUTURE') return { kind, text: `Comes into force on ${formatLocalDate(from)}` };
  if (kind === 'CURRENT') return { kind, text: `In force since ${formatLocalDate(from)}` };
  return {
    kind,
    text: to
      ? `In force from ${formatLocalDate(from)} to ${formatLocalDate(to)}`
      : `Never in force: replaced on ${formatLocalDate(from)}`,
  };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * What is in force, in a line each: the version in force today (the API's `termsOfReference`)
 * and one published to come into force later (standing FUTURE), if there is one. Empty when
 * neither is.
 */
export function inForceLines(
  current: (PlacedVersion & { readonly number: number }) | null | undefined,
  history: readonly (PlacedVersion & { readonly number: number })[],
): string[] {
  const upcoming = history.find((version) => version.standing === 'FUTURE');
  return [current, upcoming].flatMap((version) =>
    version ? [`Version ${version.number}, ${lowerFirst(inForce(version).text)}`] : [],
  );
}

/** The public pages of a body's terms of reference. */
export const termsOfReferencePaths = (slug: string) => {
  const base = `/bodies/${encodeURIComponent(slug)}/terms-of-reference`;
  return {
    history: base,
    version: (number: number) => `${base}/${number}`,
    compareBase: `${base}/compare`,
    compare: (from: number, to: number) =>
      `${base}/compare?${new URLSearchParams({ from: String(from), to: String(to) })}`,
  };
};

/** The secretariat's pages of a body's terms of reference. */
export const secretariatTermsOfReferencePaths = (slug: string) => {
  const base = `/secretariat/bodies/${encodeURIComponent(slug)}/terms-of-reference`;
  return {
    overview: base,
    draft: `${base}/draft`,
    preview: `${base}/draft/preview`,
    publish: `${base}/draft/publish`,
    discard: `${base}/draft/discard`,
  };
};

/** A version number from an address: a whole number from 1, or null. */
export function versionNumberOf(value: string | null | undefined): number | null {
  if (!value || !/^[1-9]\d{0,8}$/.test(value)) return null;
  return Number(value);
}
