/**
 * The enums of meetings, shared by the API (GraphQL enums, database enums) and the web app.
 * Each is a tuple of string literals with its type, and the labels people read.
 */

/**
 * Where a meeting stands: SCHEDULED (planned), POSTPONED (off for now, to be rescheduled),
 * CANCELLED (will not happen; final) and HELD (it took place; final).
 */
export const MEETING_STATUSES = ['SCHEDULED', 'POSTPONED', 'CANCELLED', 'HELD'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const MEETING_STATUS_LABELS: Record<MeetingStatus, string> = {
  SCHEDULED: 'Scheduled',
  POSTPONED: 'Postponed',
  CANCELLED: 'Cancelled',
  HELD: 'Held',
};

/**
 * Who leads an agenda item: a PERSON on the portal (shown as they chose to be), the SECRETARIAT
 * as a team, or a GUEST from outside named in free text.
 */
export const PRESENTER_KINDS = ['PERSON', 'SECRETARIAT', 'GUEST'] as const;
export type PresenterKind = (typeof PRESENTER_KINDS)[number];

export const PRESENTER_KIND_LABELS: Record<PresenterKind, string> = {
  PERSON: 'Someone on the portal',
  SECRETARIAT: 'The secretariat',
  GUEST: 'A guest from outside',
};

/**
 * Who may open a paper: everyone (PUBLIC), the members of the meeting's bodies on the meeting's
 * date (MEMBERS), or only the people named on the paper (NAMED). The secretariat may open all.
 */
export const PAPER_VISIBILITIES = ['PUBLIC', 'MEMBERS', 'NAMED'] as const;
export type PaperVisibility = (typeof PAPER_VISIBILITIES)[number];

export const PAPER_VISIBILITY_LABELS: Record<PaperVisibility, string> = {
  PUBLIC: 'Public',
  MEMBERS: 'Members only',
  NAMED: 'Named people only',
};

/**
 * How a person took part in a meeting: PRESENT, sent APOLOGIES, ABSENT without apologies, or
 * attended as an OBSERVER (never counted towards the quorum).
 */
export const ATTENDANCE_STATUSES = ['PRESENT', 'APOLOGIES', 'ABSENT', 'OBSERVER'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ATTENDANCE_STATUS_LABELS: Record<AttendanceStatus, string> = {
  PRESENT: 'Present',
  APOLOGIES: 'Apologies',
  ABSENT: 'Absent',
  OBSERVER: 'Observer',
};

/**
 * The minutes of a meeting: a DRAFT written by the secretariat, CIRCULATED to the members for
 * comment, APPROVED at a later meeting, then PUBLISHED (final).
 */
export const MINUTES_STATUSES = ['DRAFT', 'CIRCULATED', 'APPROVED', 'PUBLISHED'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

export const MINUTES_STATUS_LABELS: Record<MinutesStatus, string> = {
  DRAFT: 'Draft',
  CIRCULATED: 'Circulated for comment',
  APPROVED: 'Approved',
  PUBLISHED: 'Published',
};

/**
 * An action agreed at a meeting: OPEN, IN_PROGRESS, DONE, or DROPPED (no longer needed). Open
 * and in-progress actions are carried forward to every later meeting until done or dropped.
 */
export const ACTION_STATUSES = ['OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  DROPPED: 'Dropped',
};
