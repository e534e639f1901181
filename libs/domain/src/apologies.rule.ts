/**
 * Apologies sent by members themselves: who may give (or withdraw) apologies for a meeting, and
 * when. The secretariat records the whole register through the attendance rule; this rule is
 * only about a member acting for themselves.
 *
 * The rules, in plain English:
 *
 * 1. Only someone who sits on one of the meeting's bodies on its day (in any role, a cross-seat
 *    included) may give apologies for it. Anyone else is refused (FORBIDDEN).
 * 2. Nothing is sent for a CANCELLED meeting (it will not take place), nor for one marked HELD.
 * 3. Apologies are given and withdrawn only before the meeting starts: from its start time on,
 *    the secretariat keeps the register. A POSTPONED meeting counts from its start time as it
 *    stands.
 * 4. Giving apologies again changes the note; withdrawing needs apologies on the register (given
 *    by the member or recorded by the secretariat).
 *
 * Refusals: FORBIDDEN for rule 1; INVALID_TRANSITION for rules 2 to 4.
 */
import type { AttendanceStatus, MeetingStatus } from '@boards/shared/contracts';
import { DomainError } from './domain-error';

export interface ApologiesMeeting {
  readonly status: MeetingStatus;
  readonly startsAt: Date;
}

export interface ApologiesMember {
  /** Whether they sit on one of the meeting's bodies on its day. */
  readonly sitsOnBody: boolean;
  /** Their line on the register now, if any. */
  readonly attendance: AttendanceStatus | null;
}

export type ApologiesStep = 'GIVE' | 'WITHDRAW';

/** The refusal for `step`, or null when the member may take it now. */
export function apologiesRefusal(
  meeting: ApologiesMeeting,
  member: ApologiesMember,
  step: ApologiesStep,
  now: Date,
): DomainError | null {
  if (!member.sitsOnBody) {
    return new DomainError(
      'FORBIDDEN',
      'Only members of the body on the day of the meeting can send apologies for it',
    );
  }
  if (meeting.status === 'CANCELLED') {
    return new DomainError(
      'INVALID_TRANSITION',
      'This meeting has been cancelled, so there is nothing to send apologies for',
      { status: meeting.status },
    );
  }
  if (meeting.status === 'HELD' || now.getTime() >= meeting.startsAt.getTime()) {
    return new DomainError(
      'INVALID_TRANSITION',
      'This meeting has started: contact the secretariat about your attendance',
      { status: meeting.status },
    );
  }
  if (step === 'WITHDRAW' && member.attendance !== 'APOLOGIES') {
    return new DomainError('INVALID_TRANSITION', 'You have not sent apologies for this meeting', {
      attendance: member.attendance,
    });
  }
  return null;
}

/** Throws the refusal for `step`, if any (see `apologiesRefusal`). */
export function assertApologiesAllowed(
  meeting: ApologiesMeeting,
  member: ApologiesMember,
  step: ApologiesStep,
  now: Date,
): void {
  const refusal = apologiesRefusal(meeting, member, step, now);
  if (refusal) throw refusal;
}

/** What the member may do now, for the buttons on the meeting's page. */
export function apologiesChoices(
  meeting: ApologiesMeeting,
  member: ApologiesMember,
  now: Date,
): { readonly canGive: boolean; readonly canWithdraw: boolean } {
  return {
    canGive: apologiesRefusal(meeting, member, 'GIVE', now) === null,
    canWithdraw: apologiesRefusal(meeting, member, 'WITHDRAW', now) === null,
  };
}
