import type { MeetingStatus, MinutesStatus, NoticeTopic } from '@boards/shared/contracts';
import { minutesView } from './minutes-visibility.rule';
import { meetingAudience, paperFileAccess, type PaperForAccess } from './paper-access.rule';

/**
 * Notices: what a member is told by email, and who is told. A notice speaks to a person as a
 * member, never as staff: staff rights do not travel in an email, so a secretary who also sits
 * on a board is told what any member of it would be.
 */

/** One membership as the notices need it; `endsOn` is the last day, included. */
export interface NoticeMembership {
  readonly personId: string;
  readonly bodyId: string;
  readonly startsOn: string;
  readonly endsOn: string | null;
}

/** A meeting's bodies and its London date (`YYYY-MM-DD`). */
export interface NoticeMeeting {
  readonly bodyIds: readonly string[];
  readonly date: string;
}

function memberViewer(personId: string, memberships: readonly NoticeMembership[]) {
  return {
    personId,
    grants: [] as const,
    memberships: memberships.filter((membership) => membership.personId === personId),
  };
}

/**
 * The people told about a meeting: those who sit on one of its bodies on its day, cross-seats
 * included (the meeting page's own audience rule), each once, in a stable order.
 */
export function meetingNoticeRecipients(
  meeting: NoticeMeeting,
  memberships: readonly NoticeMembership[],
): string[] {
  const people = [...new Set(memberships.map((membership) => membership.personId))].sort();
  return people.filter(
    (personId) =>
      meetingAudience(
        { bodyIds: meeting.bodyIds, meetingDate: meeting.date },
        memberViewer(personId, memberships),
      ) === 'MEMBER',
  );
}

/** Of a meeting's papers, those the person may open the file of, as a member (never as staff). */
export function papersForRecipient<
  P extends Pick<PaperForAccess, 'visibility' | 'namedPersonIds'> & { withdrawn: boolean },
>(
  meeting: NoticeMeeting,
  papers: readonly P[],
  personId: string,
  memberships: readonly NoticeMembership[],
): P[] {
  const viewer = memberViewer(personId, memberships);
  return papers.filter(
    (paper) =>
      paperFileAccess(
        {
          visibility: paper.visibility,
          namedPersonIds: paper.namedPersonIds,
          meetingBodyIds: meeting.bodyIds,
          meetingDate: meeting.date,
          withdrawn: paper.withdrawn,
        },
        viewer,
      ).allowed,
  );
}

/** Whether the person, as a member, may read the minutes in full at this status. */
export function mayReadMinutes(
  meeting: NoticeMeeting,
  status: MinutesStatus | null,
  personId: string,
  memberships: readonly NoticeMembership[],
): boolean {
  const audience = meetingAudience(
    { bodyIds: meeting.bodyIds, meetingDate: meeting.date },
    memberViewer(personId, memberships),
  );
  return minutesView(status, audience) === 'FULL';
}

/** What members were last told of a meeting, and what it is now. */
export interface MeetingSnapshot {
  readonly title: string;
  readonly startsAt: string;
  readonly endsAt: string;
  readonly location: string | null;
  readonly onlineLink: string | null;
  readonly status: MeetingStatus;
}

/** Why members are told about a meeting. */
export type MeetingChange =
  'SCHEDULED' | 'MOVED' | 'DETAILS_CHANGED' | 'POSTPONED' | 'CANCELLED' | 'RESCHEDULED';

/**
 * What changed for members between what they were last told (`told`, null when they have been
 * told nothing) and the meeting now, or null when nothing they need to know has changed: its
 * summary and support text are not worth an email; its title, time, place, online link and
 * status are. A meeting marked held needs no email. A meeting first seen already cancelled or
 * postponed was never announced, so nobody needs telling.
 */
export function meetingChange(
  told: MeetingSnapshot | null,
  now: MeetingSnapshot,
): MeetingChange | null {
  if (now.status === 'HELD') return null;
  if (told === null) return now.status === 'SCHEDULED' ? 'SCHEDULED' : null;
  if (told.status === 'CANCELLED') return null;
  if (now.status === 'CANCELLED') return 'CANCELLED';
  if (now.status === 'POSTPONED') return told.status === 'POSTPONED' ? null : 'POSTPONED';
  if (told.status === 'POSTPONED') return 'RESCHEDULED';
  if (told.startsAt !== now.startsAt || told.endsAt !== now.endsAt) return 'MOVED';
  if (
    told.title !== now.title ||
    told.location !== now.location ||
    told.onlineLink !== now.onlineLink
  ) {
    return 'DETAILS_CHANGED';
  }
  return null;
}

/** A person's choices: the topics they turned off, and how many days ahead they are reminded. */
export interface NoticeChoices {
  readonly off: readonly NoticeTopic[];
  readonly reminderDays: number;
}

export const DEFAULT_NOTICE_CHOICES: NoticeChoices = { off: [], reminderDays: 2 };

export function wantsNotice(choices: NoticeChoices, topic: NoticeTopic): boolean {
  return !choices.off.includes(topic);
}

const DAY_MS = 24 * 3_600_000;

/**
 * Whether a reminder of a meeting is due at `now` for someone reminded `days` ahead: from
 * `days` before it starts until it starts. A meeting scheduled at shorter notice than that is
 * reminded of at once (its announcement already went out, but the reminder carries the papers).
 */
export function meetingReminderDue(startsAt: Date, now: Date, days: number): boolean {
  const left = startsAt.getTime() - now.getTime();
  return left > 0 && left <= days * DAY_MS;
}

/**
 * Whether a reminder of an action is due on London day `today`: from two days before its due
 * date until the due date itself, while it is still open.
 */
export function actionReminderDue(
  dueOn: string | null,
  open: boolean,
  today: string,
  daysAhead = 2,
): boolean {
  if (!open || dueOn === null) return false;
  const due = Date.parse(`${dueOn}T00:00:00Z`);
  const day = Date.parse(`${today}T00:00:00Z`);
  return day <= due && due - day <= daysAhead * DAY_MS;
}
