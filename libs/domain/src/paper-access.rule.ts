/**
 * Paper access: who may open a meeting's papers and see its private agenda items.
 *
 * The rules, in plain English:
 *
 * 1. A viewer's audience for a meeting is STAFF when they hold the SECRETARIAT or ADMIN grant;
 *    otherwise MEMBER when they hold a membership of one of the meeting's bodies (a joint meeting
 *    has several) on the meeting's date in London, first and last days of the membership
 *    included; otherwise PUBLIC. A cross-seat is a membership of the body it sits on, so it
 *    counts; so does an observer's membership (observers sit in the room). Membership of another
 *    body, or of the body before or after the meeting's date, does not.
 * 2. A PUBLIC paper may be opened by everyone, signed in or not.
 * 3. A MEMBERS paper may be opened by the STAFF and MEMBER audiences.
 * 4. A NAMED paper may be opened by the people named on it and by the staff, and by nobody else:
 *    not even members of the body, since naming people is how a paper is kept to fewer than the
 *    members (a paper about one member, say).
 * 5. A private agenda item's title is shown only to the STAFF and MEMBER audiences; public items
 *    are shown to everyone.
 * 6. A withdrawn paper stays listed, marked withdrawn, to everyone who may see it, but only the
 *    staff may still download its file.
 * 7. A paper under a private agenda item cannot be PUBLIC: the public would be given the paper of
 *    an item they may not know is there.
 *
 * The rule fails closed: an unknown visibility opens to the staff only, and memberships passed
 * with no person signed in are ignored.
 */
import type { PaperVisibility } from '@boards/shared/contracts';
import { isActiveOn } from './membership-term.rule';

export type { PaperVisibility } from '@boards/shared/contracts';

/** The grants that make someone staff. */
export type StaffGrant = 'SECRETARIAT' | 'ADMIN';

/** Who is looking: `personId` null when nobody is signed in (or the account has no person). */
export interface PaperViewer {
  readonly personId: string | null;
  readonly grants: readonly StaffGrant[];
  /** The viewer's memberships (any bodies, any dates); `endsOn` is the last day, included. */
  readonly memberships: readonly {
    readonly bodyId: string;
    readonly startsOn: string;
    readonly endsOn: string | null;
  }[];
}

/** The meeting as far as access needs it: its bodies and its London date (`YYYY-MM-DD`). */
export interface MeetingForAccess {
  readonly bodyIds: readonly string[];
  readonly meetingDate: string;
}

/** How much of a meeting a viewer may see. */
export type MeetingAudience = 'STAFF' | 'MEMBER' | 'PUBLIC';

/**
 * The memberships that make someone a member of the meeting (rule 1): those of one of its bodies
 * held on its London date, first and last days included. The one answer to "a member of one of
 * the meeting's bodies on its day"; its SQL is `sitsOnMeetingSql` in the API's database library.
 */
export function membershipsAtMeeting<T extends PaperViewer['memberships'][number]>(
  meeting: MeetingForAccess,
  memberships: readonly T[],
): T[] {
  return memberships.filter(
    (membership) =>
      meeting.bodyIds.includes(membership.bodyId) && isActiveOn(membership, meeting.meetingDate),
  );
}

/** The viewer's audience for the meeting (rule 1). */
export function meetingAudience(meeting: MeetingForAccess, viewer: PaperViewer): MeetingAudience {
  if (viewer.grants.includes('SECRETARIAT') || viewer.grants.includes('ADMIN')) return 'STAFF';
  if (viewer.personId === null) return 'PUBLIC';
  return membershipsAtMeeting(meeting, viewer.memberships).length > 0 ? 'MEMBER' : 'PUBLIC';
}

/** A paper as far as access needs it, with its meeting's bodies and London date. */
export interface PaperForAccess {
  readonly visibility: PaperVisibility;
  /** The people a NAMED paper is for; ignored for the other visibilities. */
  readonly namedPersonIds: readonly string[];
  readonly meetingBodyIds: readonly string[];
  readonly meetingDate: string;
}

/** Why a paper may or may not be opened. */
export type PaperAccessReason =
  | 'PUBLIC'
  | 'STAFF'
  | 'MEMBER'
  | 'NAMED'
  | 'NOT_SIGNED_IN'
  | 'NOT_A_MEMBER'
  | 'NOT_NAMED'
  | 'WITHDRAWN';

export interface PaperAccess {
  readonly allowed: boolean;
  readonly reason: PaperAccessReason;
}

/**
 * Whether `viewer` may open `paper`, and why (rules 2 to 4). A refusal says NOT_SIGNED_IN when
 * nobody is signed in (so the page can offer to sign in), and otherwise NOT_A_MEMBER for a
 * MEMBERS paper or NOT_NAMED for a NAMED one. Staff are STAFF for every paper but a PUBLIC one.
 */
export function paperAccess(paper: PaperForAccess, viewer: PaperViewer): PaperAccess {
  if (paper.visibility === 'PUBLIC') return { allowed: true, reason: 'PUBLIC' };
  const audience = meetingAudience(
    { bodyIds: paper.meetingBodyIds, meetingDate: paper.meetingDate },
    viewer,
  );
  if (audience === 'STAFF') return { allowed: true, reason: 'STAFF' };
  if (paper.visibility === 'MEMBERS') {
    if (audience === 'MEMBER') return { allowed: true, reason: 'MEMBER' };
    return { allowed: false, reason: viewer.personId === null ? 'NOT_SIGNED_IN' : 'NOT_A_MEMBER' };
  }
  if (viewer.personId === null) return { allowed: false, reason: 'NOT_SIGNED_IN' };
  if (paper.visibility === 'NAMED' && paper.namedPersonIds.includes(viewer.personId)) {
    return { allowed: true, reason: 'NAMED' };
  }
  return { allowed: false, reason: 'NOT_NAMED' };
}

/** Whether an agenda item's title may be shown to a viewer of the given audience (rule 5). */
export function agendaItemVisibleTo(
  item: { readonly isPublic: boolean },
  audience: MeetingAudience,
): boolean {
  return item.isPublic || audience === 'STAFF' || audience === 'MEMBER';
}

/**
 * Whether `viewer` may download the paper's file (rule 6): as `paperAccess`, except that a
 * withdrawn paper's file is for the staff only (WITHDRAWN to everyone else who may see it).
 */
export function paperFileAccess(
  paper: PaperForAccess & { readonly withdrawn: boolean },
  viewer: PaperViewer,
): PaperAccess {
  const access = paperAccess(paper, viewer);
  if (!access.allowed || !paper.withdrawn) return access;
  const audience = meetingAudience(
    { bodyIds: paper.meetingBodyIds, meetingDate: paper.meetingDate },
    viewer,
  );
  return audience === 'STAFF'
    ? { allowed: true, reason: 'STAFF' }
    : { allowed: false, reason: 'WITHDRAWN' };
}

/** The refusal of rule 7, or null: whether a paper of this visibility may be under the item. */
export function paperOnItemProblem(
  visibility: PaperVisibility,
  item: { readonly isPublic: boolean } | null,
): string | null {
  if (item === null || item.isPublic || visibility !== 'PUBLIC') return null;
  return 'Its agenda item is private, so the paper cannot be public: choose members or named people, or put it under a public item';
}
