import type { GraphqlContext } from '@boards/api/graphql';
import { MEMBERSHIPS_OF_PERSON } from '@boards/api/memberships';
import { meetingAudience, type MeetingAudience } from '@boards/domain';
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
