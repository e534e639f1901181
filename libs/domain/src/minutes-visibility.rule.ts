/**
 * Minutes visibility: how much of a meeting's minutes, and of the decisions recorded in them,
 * each audience sees at each stage.
 *
 * The rules, in plain English:
 *
 * 1. The secretariat (STAFF) sees the minutes at every stage, the DRAFT included, and every
 *    decision recorded, even before there are minutes.
 * 2. Members of the meeting's bodies on its date (MEMBER) see the minutes in full once they are
 *    CIRCULATED to them, and from then on (APPROVED, PUBLISHED). A draft is not theirs to see.
 * 3. Everyone else (PUBLIC) sees only PUBLISHED minutes, and only their public version: the
 *    opening part, and the notes and decisions of public agenda items and of the meeting as a
 *    whole. What was said under a private item is left out entirely.
 * 4. The register of decisions lists decisions once they are out of draft: from CIRCULATED
 *    minutes for members and the secretariat, from PUBLISHED minutes (public version) for
 *    everyone else. Drafts stay on the meeting's own page, for the secretariat.
 */
import type { MinutesStatus } from '@boards/shared/contracts';
import type { MeetingAudience } from './paper-access.rule';

/** What of the minutes an audience sees: all, the public version, or nothing. */
export type MinutesView = 'FULL' | 'PUBLIC_VERSION' | 'NONE';

/** Rules 1 to 3. `status` null when no minutes have been started. */
export function minutesView(status: MinutesStatus | null, audience: MeetingAudience): MinutesView {
  if (audience === 'STAFF') return 'FULL';
  if (status === null || status === 'DRAFT') return 'NONE';
  if (audience === 'MEMBER') return 'FULL';
  return status === 'PUBLISHED' ? 'PUBLIC_VERSION' : 'NONE';
}

/** Rule 4: the view of a meeting's decisions in the register of decisions. */
export function decisionRegisterView(
  status: MinutesStatus | null,
  audience: MeetingAudience,
): MinutesView {
  if (status === null || status === 'DRAFT') return 'NONE';
  return minutesView(status, audience);
}

/**
 * Whether a part of the minutes (an item's notes, a decision) is in the public version: it is
 * about the meeting as a whole (no item), or about a public item.
 */
export function inPublicVersion(item: { readonly isPublic: boolean } | null): boolean {
  return item === null || item.isPublic;
}

/** The parts of the minutes `view` shows, given each part's agenda item (null for none). */
export function visibleParts<T>(
  parts: readonly T[],
  view: MinutesView,
  itemOf: (part: T) => { readonly isPublic: boolean } | null,
): T[] {
  if (view === 'NONE') return [];
  if (view === 'FULL') return [...parts];
  return parts.filter((part) => inPublicVersion(itemOf(part)));
}
