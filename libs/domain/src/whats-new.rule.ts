/**
 * What's new: what a change to a meeting or its minutes is called in a member's list of what
 * changed since they last looked. Who may see each item is decided elsewhere, by the meeting
 * audience, paper-access and minutes visibility rules; this rule only names the change.
 *
 * The rules, in plain English:
 *
 * 1. A meeting touched since then is listed by where it stands now: CANCELLED or POSTPONED
 *    first (a meeting scheduled and then cancelled is news of its cancellation); otherwise
 *    SCHEDULED if it was created since then, or CHANGED if only updated. A meeting marked HELD
 *    since then is not news (its minutes will be).
 * 2. Minutes are news when PUBLISHED since then; otherwise when circulated since then and not
 *    taken back to the draft. Draft minutes never are.
 * 3. "Since" is strictly after: what happened at the very instant of the marker was seen.
 */
import type { MeetingStatus, MinutesStatus } from '@boards/shared/contracts';

export type MeetingNews = 'SCHEDULED' | 'CHANGED' | 'POSTPONED' | 'CANCELLED';
export type MinutesNews = 'CIRCULATED' | 'PUBLISHED';

const after = (instant: Date | null, since: Date) =>
  instant !== null && instant.getTime() > since.getTime();

/** Rule 1: the news of a meeting, and when it happened; null when there is none. */
export function meetingNews(
  meeting: { readonly status: MeetingStatus; readonly createdAt: Date; readonly updatedAt: Date },
  since: Date,
): { readonly kind: MeetingNews; readonly at: Date } | null {
  const created = after(meeting.createdAt, since);
  if (!created && !after(meeting.updatedAt, since)) return null;
  if (meeting.status === 'CANCELLED') return { kind: 'CANCELLED', at: meeting.updatedAt };
  if (meeting.status === 'POSTPONED') return { kind: 'POSTPONED', at: meeting.updatedAt };
  if (created) return { kind: 'SCHEDULED', at: meeting.createdAt };
  if (meeting.status === 'HELD') return null;
  return { kind: 'CHANGED', at: meeting.updatedAt };
}

/** Rule 2: the news of a meeting's minutes, and when it happened; null when there is none. */
export function minutesNews(
  minutes: {
    readonly status: MinutesStatus;
    readonly circulatedAt: Date | null;
    readonly publishedAt: Date | null;
  },
  since: Date,
): { readonly kind: MinutesNews; readonly at: Date } | null {
  if (minutes.status === 'PUBLISHED' && minutes.publishedAt && after(minutes.publishedAt, since)) {
    return { kind: 'PUBLISHED', at: minutes.publishedAt };
  }
  if (minutes.status !== 'DRAFT' && minutes.circulatedAt && after(minutes.circulatedAt, since)) {
    return { kind: 'CIRCULATED', at: minutes.circulatedAt };
  }
  return null;
}
