/**
 * Minutes workflow: who may do what to a meeting's minutes, at each stage.
 *
 * The rules, in plain English:
 *
 * 1. The secretariat writes the minutes as a DRAFT (SAVE, as often as needed), then CIRCULATEs
 *    them to the members of the body, once the meeting has been marked as HELD (minutes of a
 *    meeting that has not taken place are not circulated).
 * 2. While the minutes are CIRCULATED, the members of the body, the chair among them, may
 *    COMMENT. The text does not change while it is out for comment: to change it, the
 *    secretariat WITHDRAWs the minutes back to DRAFT, edits, and circulates them again.
 * 3. Minutes are approved at a later meeting of the same body; the secretariat records that
 *    (APPROVE), naming the meeting (`assertApprovalMeeting`). Approved minutes are the record
 *    and never change again.
 * 4. The secretariat then PUBLISHes them. PUBLISHED is final.
 * 5. The public can do nothing to minutes; they read published ones.
 *
 * The role is the person's relation to the meeting's body: SECRETARIAT for anyone with the
 * secretariat grant, CHAIR for the body's chair, MEMBER for any other member of the body, and
 * PUBLIC for everyone else (members of other bodies included).
 *
 * A step the table lacks is refused with INVALID_TRANSITION; a step the table has, but for
 * other roles, is refused with FORBIDDEN; a step the table has for the role, but for a meeting
 * in another status, is refused with INVALID_TRANSITION.
 */
import type { MeetingStatus, MinutesStatus } from '@boards/shared/contracts';
import { DomainError } from './domain-error';

export type { MinutesStatus } from '@boards/shared/contracts';

/** What can be done to minutes. */
export const MINUTES_ACTIONS = [
  'SAVE',
  'CIRCULATE',
  'COMMENT',
  'WITHDRAW',
  'APPROVE',
  'PUBLISH',
] as const;
export type MinutesAction = (typeof MINUTES_ACTIONS)[number];

/** Who is acting, in relation to the meeting's body. */
export const MINUTES_ROLES = ['SECRETARIAT', 'CHAIR', 'MEMBER', 'PUBLIC'] as const;
export type MinutesRole = (typeof MINUTES_ROLES)[number];

/** One step of the workflow: where it leads, who may take it, and when the meeting allows it. */
export interface MinutesStep {
  readonly to: MinutesStatus;
  readonly roles: readonly MinutesRole[];
  /** The meeting's statuses the step needs, with the refusal otherwise; any status when absent. */
  readonly meeting?: { readonly statuses: readonly MeetingStatus[]; readonly refusal: string };
}

/**
 * The whole workflow: (status, action, role) → status, for a meeting in the statuses a step
 * names. Anything not listed is refused.
 */
export const MINUTES_WORKFLOW: Readonly<
  Record<MinutesStatus, Readonly<Partial<Record<MinutesAction, MinutesStep>>>>
> = {
  DRAFT: {
    SAVE: { to: 'DRAFT', roles: ['SECRETARIAT'] },
    CIRCULATE: {
      to: 'CIRCULATED',
      roles: ['SECRETARIAT'],
      meeting: {
        statuses: ['HELD'],
        refusal: 'Minutes can be circulated once the meeting has been marked as held',
      },
    },
  },
  CIRCULATED: {
    COMMENT: { to: 'CIRCULATED', roles: ['CHAIR', 'MEMBER'] },
    WITHDRAW: { to: 'DRAFT', roles: ['SECRETARIAT'] },
    APPROVE: { to: 'APPROVED', roles: ['SECRETARIAT'] },
  },
  APPROVED: {
    PUBLISH: { to: 'PUBLISHED', roles: ['SECRETARIAT'] },
  },
  PUBLISHED: {},
};

const INVALID: Readonly<
  Record<MinutesStatus, Readonly<Partial<Record<MinutesAction | 'ANY', string>>>>
> = {
  DRAFT: {
    COMMENT: 'Minutes can only be commented on while they are circulated',
    WITHDRAW: 'These minutes are a draft already',
    APPROVE: 'Minutes must be circulated to the members before they can be approved',
    PUBLISH: 'Minutes must be approved before they can be published',
  },
  CIRCULATED: {
    SAVE: 'These minutes are out for comment. Withdraw them from circulation to change them',
    CIRCULATE: 'These minutes have already been circulated',
    PUBLISH: 'Minutes must be approved before they can be published',
  },
  APPROVED: {
    COMMENT: 'These minutes have been approved, so they are no longer open for comment',
    CIRCULATE: 'These minutes have already been approved',
    APPROVE: 'These minutes have already been approved',
    ANY: 'These minutes have been approved, so they cannot be changed',
  },
  PUBLISHED: { ANY: 'These minutes have been published, so they cannot be changed' },
};

const FORBIDDEN: Readonly<Record<MinutesAction, string>> = {
  SAVE: 'Only the secretariat can change minutes',
  CIRCULATE: 'Only the secretariat can circulate minutes',
  COMMENT: 'Only members of the body can comment on circulated minutes',
  WITHDRAW: 'Only the secretariat can withdraw minutes from circulation',
  APPROVE: 'Only the secretariat can record that minutes were approved',
  PUBLISH: 'Only the secretariat can publish minutes',
};

/**
 * The status `action` by `role` leads to from `status`, at a meeting in `meetingStatus`.
 * INVALID_TRANSITION when the table has no such step for anyone; FORBIDDEN when it has, but not
 * for `role` (details: `{ status, action, role }`); INVALID_TRANSITION when the step needs the
 * meeting in another status, such as circulating before it is held (details: `{ status }`, the
 * meeting's status).
 */
export function minutesTransition(
  status: MinutesStatus,
  action: MinutesAction,
  role: MinutesRole,
  meetingStatus: MeetingStatus,
): MinutesStatus {
  const step = MINUTES_WORKFLOW[status]?.[action];
  const details = { status, action, role };
  if (step === undefined) {
    const messages = INVALID[status] ?? {};
    throw new DomainError(
      'INVALID_TRANSITION',
      messages[action] ?? messages.ANY ?? 'That change is not allowed at this stage',
      details,
    );
  }
  if (!step.roles.includes(role)) {
    throw new DomainError('FORBIDDEN', FORBIDDEN[action], details);
  }
  if (step.meeting && !step.meeting.statuses.includes(meetingStatus)) {
    throw new DomainError('INVALID_TRANSITION', step.meeting.refusal, { status: meetingStatus });
  }
  return step.to;
}

/**
 * The actions `role` may take on minutes in `status` at a meeting in `meetingStatus`: exactly
 * those `minutesTransition` accepts, in the order of MINUTES_ACTIONS.
 */
export function allowedMinutesActions(
  status: MinutesStatus,
  role: MinutesRole,
  meetingStatus: MeetingStatus,
): MinutesAction[] {
  return MINUTES_ACTIONS.filter((action) => {
    const step = MINUTES_WORKFLOW[status]?.[action];
    return (
      step !== undefined &&
      step.roles.includes(role) &&
      (step.meeting === undefined || step.meeting.statuses.includes(meetingStatus))
    );
  });
}

/**
 * Whether the secretariat may write the minutes of a meeting now: the table allows SAVE from
 * their status (a draft, or none started yet, which the first save makes a draft), and the
 * meeting was not cancelled (a cancelled meeting has no minutes). The editor is shown only then.
 */
export function minutesEditable(
  meetingStatus: MeetingStatus,
  minutesStatus: MinutesStatus | null,
): boolean {
  return (
    meetingStatus !== 'CANCELLED' &&
    allowedMinutesActions(minutesStatus ?? 'DRAFT', 'SECRETARIAT', meetingStatus).includes('SAVE')
  );
}

/**
 * Throws unless `minutesEditable`: as `minutesTransition` for SAVE by the secretariat (the
 * minutes' own stage first), then INVALID_TRANSITION for a cancelled meeting.
 */
export function assertMinutesEditable(
  meetingStatus: MeetingStatus,
  minutesStatus: MinutesStatus | null,
): void {
  minutesTransition(minutesStatus ?? 'DRAFT', 'SAVE', 'SECRETARIAT', meetingStatus);
  if (meetingStatus === 'CANCELLED') {
    throw new DomainError(
      'INVALID_TRANSITION',
      'This meeting was cancelled, so it has no minutes',
      {
        status: meetingStatus,
      },
    );
  }
}

/** A meeting as far as approving minutes needs it. */
export interface MeetingForApproval {
  readonly bodyIds: readonly string[];
  readonly startsAt: Date;
}

/** A meeting that might approve the minutes of another: with its status. */
export type ApprovingMeeting = MeetingForApproval & { readonly status: MeetingStatus };

/**
 * Why the minutes of `minutesMeeting` cannot be approved at `approving`, or null when they can:
 * a meeting of the same body (at a joint meeting, of at least one of the same bodies), starting
 * after the meeting the minutes record, and neither CANCELLED nor POSTPONED (a postponed meeting
 * is not going ahead at its times). With `now`, it must also have started: approval is recorded
 * at or after the meeting, not before.
 */
export function approvalMeetingRefusal(
  minutesMeeting: MeetingForApproval,
  approving: ApprovingMeeting,
  now?: Date,
): string | null {
  if (!approving.bodyIds.some((bodyId) => minutesMeeting.bodyIds.includes(bodyId))) {
    return 'Minutes must be approved at a meeting of the same body';
  }
  if (approving.startsAt.getTime() <= minutesMeeting.startsAt.getTime()) {
    return 'Minutes must be approved at a later meeting than the one they record';
  }
  if (approving.status === 'CANCELLED') {
    return 'Minutes cannot be approved at a meeting that was cancelled';
  }
  if (approving.status === 'POSTPONED') {
    return 'Minutes cannot be approved at a meeting that has been postponed';
  }
  if (now !== undefined && now.getTime() < approving.startsAt.getTime()) {
    return 'Minutes can only be recorded as approved once that meeting has started';
  }
  return null;
}

/**
 * Throws BAD_USER_INPUT (field `approvedAtMeetingId`) with the `approvalMeetingRefusal`, unless
 * `approving` is a meeting at which the minutes of `minutesMeeting` can be approved.
 */
export function assertApprovalMeeting(
  minutesMeeting: MeetingForApproval,
  approving: ApprovingMeeting,
  now?: Date,
): void {
  const refusal = approvalMeetingRefusal(minutesMeeting, approving, now);
  if (refusal !== null) {
    throw new DomainError('BAD_USER_INPUT', refusal, { field: 'approvedAtMeetingId' });
  }
}

/**
 * The meetings among `meetings` at which the minutes of `minutesMeeting` can be recorded as
 * approved at `now` (those `approvalMeetingRefusal` has nothing against), the latest first: the
 * choices of the approval form.
 */
export function approvalCandidates<T extends ApprovingMeeting>(
  minutesMeeting: MeetingForApproval,
  meetings: readonly T[],
  now: Date,
): T[] {
  return meetings
    .filter((meeting) => approvalMeetingRefusal(minutesMeeting, meeting, now) === null)
    .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime());
}
