import type { TermsOfReferenceField } from '@boards/web/api-client';
import { formatLocalDate } from '../dates';

/** The structured parts of terms of reference, as the pages name them. */
export const FIELD_LABELS: Record<TermsOfReferenceField, string> = {
  QUORUM: 'Quorum',
  MEETING_FREQUENCY: 'How often it meets',
  COMPOSITION: 'Membership',
};

/** The day before a `YYYY-MM-DD` date. */
export function dayBefore(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

export interface DatedVersion {
  readonly number: number;
  readonly effectiveFrom: string | null;
}

/** When a version was, is or will be in force, in words. */
export type InForce =
  | { readonly kind: 'CURRENT'; readonly text: string }
  | { readonly kind: 'FUTURE'; readonly text: string }
  | { readonly kind: 'PAST'; readonly text: string }
  | { readonly kind: 'UNPUBLISHED'; readonly text: string };

/**
 * When `version` is in force, given the published versions (any order) and today: "In force
 * since 14 April 2021", "In force from 14 April 2021 to 31 August 2024" (to the day before the
 * next version came into force) or "Comes into force on 1 June 2099".
 */
export function inForce(
  version: DatedVersion,
  versions: readonly DatedVersion[],
  today: string,
): InForce {
  const from = version.effectiveFrom;
  if (!from) return { kind: 'UNPUBLISHED', text: 'Not published yet' };
  if (from > today) return { kind: 'FUTURE', text: `Comes into force on ${formatLocalDate(from)}` };
  const next = versions
    .filter((other) => other.effectiveFrom !== null && other.number > version.number)
    .map((other) => other.effectiveFrom as string)
    .sort()[0];
  if (next === undefined || next > today) {
    return { kind: 'CURRENT', text: `In force since ${formatLocalDate(from)}` };
  }
  return {
    kind: 'PAST',
    text: `In force from ${formatLocalDate(from)} to ${formatLocalDate(dayBefore(next))}`,
  };
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
