import { isStaff, type GraphqlContext } from '@boards/api/graphql';
import { MEMBERSHIPS_OF_PERSON } from '@boards/api/people';
import {
  DomainError,
  meetingAudience,
  membershipsAtMeeting,
  type MeetingAudience,
  type MinutesRole,
} from '@boards/domain';
import type { MeetingModel } from './meeting.model';

/**
 * Who the one asking is to a meeting: STAFF, a MEMBER of one of its bodies on its day
 * (cross-seats included), or the PUBLIC. The viewer's memberships come through the per-request
 * loader, so a page of meetings costs one statement.
 */
export async function audienceOf(
  { viewer, loaders }: Pick<GraphqlContext, 'viewer' | 'loaders'>,
  meeting: Pick<MeetingModel, 'bodyIds' | 'date'>,
): Promise<MeetingAudience> {
  const subject = { bodyIds: meeting.bodyIds, meetingDate: meeting.date };
  // Staff are staff to every meeting: their memberships need not be read.
  if (isStaff(viewer)) return 'STAFF';
  if (viewer.kind !== 'ACCOUNT') {
    return meetingAudience(subject, { personId: null, grants: [], memberships: [] });
  }
  const memberships = await loaders.get(MEMBERSHIPS_OF_PERSON).load(viewer.personId);
  return meetingAudience(subject, {
    personId: viewer.personId,
    grants: viewer.grants,
    memberships: memberships.map((m) => ({
      bodyId: m.bodyId,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
    })),
  });
}

/**
 * The one asking's role in the minutes workflow of a meeting: SECRETARIAT for staff; CHAIR when
 * they chair one of its bodies on its day; MEMBER for any other membership of one of its bodies
 * on its day (cross-seats and observers included); otherwise PUBLIC.
 */
export async function minutesRoleOf(
  { viewer, loaders }: Pick<GraphqlContext, 'viewer' | 'loaders'>,
  meeting: Pick<MeetingModel, 'bodyIds' | 'date'>,
): Promise<MinutesRole> {
  if (isStaff(viewer)) return 'SECRETARIAT';
  if (viewer.kind !== 'ACCOUNT') return 'PUBLIC';
  const memberships = membershipsAtMeeting(
    { bodyIds: meeting.bodyIds, meetingDate: meeting.date },
    await loaders.get(MEMBERSHIPS_OF_PERSON).load(viewer.personId),
  );
  if (memberships.some((m) => m.role === 'CHAIR')) return 'CHAIR';
  return memberships.length > 0 ? 'MEMBER' : 'PUBLIC';
}

/**
 * Throws FORBIDDEN unless the one asking is staff: for the fields that steer the secretariat's
 * own pages (which steps they may take on a meeting and its record).
 */
export function assertStaffFor({ viewer }: Pick<GraphqlContext, 'viewer'>, what: string): void {
  if (!isStaff(viewer)) {
    throw new DomainError('FORBIDDEN', `Only the secretariat can see ${what}`);
  }
}
