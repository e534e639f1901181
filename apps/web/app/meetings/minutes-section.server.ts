import { MeetingMinutesDocument, MeetingRecordMembersOnlyDocument } from '@boards/web/api-client';
import { apiRequest, type RequestArgs } from '../api.server';
import type { MeetingRecord } from './minutes-section';

/**
 * The record of a meeting for its page: the minutes and decisions as the API lets the one asking
 * see them (the public version of published minutes for the public), and, when the API says
 * they may see the members' parts, the attendance, quorum, actions and their own comments.
 */
export async function loadMeetingRecord(
  args: RequestArgs,
  meeting: { readonly id: string; readonly canSeeMembersOnly: boolean },
): Promise<MeetingRecord> {
  const [record, membersOnly] = await Promise.all([
    apiRequest(args, MeetingMinutesDocument, { id: meeting.id }),
    meeting.canSeeMembersOnly
      ? apiRequest(args, MeetingRecordMembersOnlyDocument, { id: meeting.id })
      : null,
  ]);
  const members = membersOnly?.meeting;
  return {
    minutes: record.meeting?.minutes ?? null,
    decisions: record.meeting?.decisions ?? [],
    members: members
      ? {
          personId: membersOnly.me?.personId ?? null,
          started: members.started === true,
          comments: members.minutes?.comments ?? [],
          quorum: members.quorum ?? null,
          attendance: members.attendance ?? [],
          actions: members.actions ?? [],
          actionsCarriedForward: members.actionsCarriedForward ?? [],
        }
      : null,
  };
}
