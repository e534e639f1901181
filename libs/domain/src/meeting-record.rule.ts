/**
 * Meeting record: when the record of a meeting may still change.
 *
 * The rules, in plain English:
 *
 * 1. A meeting's record is its agenda, its attendance, the declarations of interest, and the
 *    decisions and actions in its minutes.
 * 2. Approved minutes are the record: once the minutes are APPROVED (and so once PUBLISHED),
 *    nothing in the record changes again, since the minutes speak of it.
 * 3. A CANCELLED meeting has no record to keep: nothing in it changes either.
 * 4. Otherwise (a scheduled, postponed or held meeting whose minutes are not started, a draft,
 *    or circulated) the record is open.
 *
 * The database refuses changes to a fixed record too (triggers on each table); this rule says
 * why first, and tells the pages whether to offer the forms at all.
 */
import type { MeetingStatus, MinutesStatus } from '@boards/shared/contracts';
import { DomainError } from './domain-error';

/** A meeting as far as its record needs it: its status and its minutes' (null for none). */
export interface MeetingRecordState {
  readonly status: MeetingStatus;
  readonly minutesStatus: MinutesStatus | null;
}

/** Whether the minutes are the record now: approved or published, so nothing in them changes. */
export function minutesFixed(status: MinutesStatus | null): boolean {
  return status === 'APPROVED' || status === 'PUBLISHED';
}

/** Why the record can no longer change (CANCELLED first), or null while it is open. */
export function recordClosedBecause(
  meeting: MeetingRecordState,
): 'CANCELLED' | 'MINUTES_FIXED' | null {
  if (meeting.status === 'CANCELLED') return 'CANCELLED';
  if (minutesFixed(meeting.minutesStatus)) return 'MINUTES_FIXED';
  return null;
}

/** Whether the meeting's record (agenda, attendance, declarations, decisions, actions) may change. */
export function recordOpen(meeting: MeetingRecordState): boolean {
  return recordClosedBecause(meeting) === null;
}

/**
 * Throws INVALID_TRANSITION when the meeting's record can no longer change, saying why: it was
 * cancelled (details `{ status }`), or its minutes have been approved (`{ minutesStatus }`).
 * `what` names the part being changed, e.g. "its agenda".
 */
export function assertRecordOpen(meeting: MeetingRecordState, what: string): void {
  switch (recordClosedBecause(meeting)) {
    case 'CANCELLED':
      throw new DomainError(
        'INVALID_TRANSITION',
        `This meeting was cancelled, so ${what} can no longer change`,
        { status: meeting.status },
      );
    case 'MINUTES_FIXED':
      throw new DomainError(
        'INVALID_TRANSITION',
        `The minutes of this meeting have been approved, so ${what} can no longer change`,
        { minutesStatus: meeting.minutesStatus },
      );
    case null:
      return;
  }
}
