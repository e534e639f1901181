/**
 * Attendance: who may be put on a meeting's register, and as what.
 *
 * The rules, in plain English:
 *
 * 1. Nothing is recorded for a CANCELLED meeting: it never took place.
 * 2. APOLOGIES may be recorded at any time, before the meeting too (that is when they are sent).
 *    Who was there (PRESENT, ABSENT, OBSERVER) is recorded only once the meeting has started,
 *    and never for a POSTPONED meeting (it is not going ahead at its times).
 * 3. Only the people who sit on one of the meeting's bodies on its date (in any role, a
 *    cross-seat included) can be PRESENT, ABSENT or send APOLOGIES. Anyone else in the room (a
 *    guest speaker, an official, someone from the secretariat) is recorded as an OBSERVER, which
 *    never counts towards the quorum. A member may also be recorded as an OBSERVER (for
 *    example, sitting in while not taking part).
 *
 * Refusals: INVALID_TRANSITION for rules 1 and 2's meeting states; BAD_USER_INPUT naming the
 * entry (`entries.<i>.status` or `entries.<i>.personId`) otherwise.
 */
import type { AttendanceStatus, MeetingStatus } from '@boards/shared/contracts';
import { DomainError } from './domain-error';

export interface AttendanceMeeting {
  readonly status: MeetingStatus;
  readonly startsAt: Date;
}

export interface AttendanceEntryToCheck {
  readonly personId: string;
  readonly status: AttendanceStatus;
}

/**
 * Whether the meeting has started, as the register counts it (rule 2): from its start time on,
 * unless it is POSTPONED (it is not going ahead at its times). Until then only apologies may be
 * recorded, and nobody can have been present, so the quorum cannot yet be met or missed. (A
 * member's own apologies follow the apologies rule, where a postponed meeting counts from its
 * start time as it stands.)
 */
export function meetingStarted(meeting: AttendanceMeeting, now: Date): boolean {
  return now.getTime() >= meeting.startsAt.getTime() && meeting.status !== 'POSTPONED';
}

/**
 * Throws unless every entry may be recorded at `meeting` at `now`; `memberIds` are the people
 * sitting on one of its bodies on its date.
 */
export function validateAttendance(
  meeting: AttendanceMeeting,
  entries: readonly AttendanceEntryToCheck[],
  memberIds: ReadonlySet<string>,
  now: Date,
): void {
  if (meeting.status === 'CANCELLED') {
    throw new DomainError(
      'INVALID_TRANSITION',
      'This meeting was cancelled, so there is no attendance to record',
      { status: meeting.status },
    );
  }
  const started = meetingStarted(meeting, now);
  entries.forEach((entry, index) => {
    if (entry.status !== 'APOLOGIES' && !started) {
      throw new DomainError(
        'INVALID_TRANSITION',
        meeting.status === 'POSTPONED'
          ? 'This meeting has been postponed: only apologies can be recorded until it takes place'
          : 'Only apologies can be recorded before the meeting starts',
        { status: meeting.status, field: `entries.${index}.status` },
      );
    }
    if (entry.status !== 'OBSERVER' && !memberIds.has(entry.personId)) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'This person did not sit on the body on the day of the meeting: record them as an observer',
        { field: `entries.${index}.personId` },
      );
    }
  });
}
