import type { GraphqlContext } from '@boards/api/graphql';
import { isStaff } from '@boards/api/graphql';
import { MEMBERSHIPS_OF_PERSON } from '@boards/api/people';
import type { MeetingModel } from '@boards/api/meetings';
import { paperAccess, paperFileAccess, type PaperAccess, type PaperViewer } from '@boards/domain';
import type { PaperModel } from './paper.model';

/** What deciding access needs of a request: who is asking, and the request's loaders. */
export type AccessContext = Pick<GraphqlContext, 'viewer' | 'loaders'>;

const NOBODY: PaperViewer = { personId: null, grants: [], memberships: [] };

/**
 * The one asking, as the paper-access rule sees them. A session still owing its second factor
 * is nobody yet; staff need no memberships; anyone else's come through the per-request loader
 * (one statement for the whole request).
 */
export async function paperViewerOf({ viewer, loaders }: AccessContext): Promise<PaperViewer> {
  if (viewer.kind !== 'ACCOUNT') return NOBODY;
  if (isStaff(viewer)) return { personId: viewer.personId, grants: viewer.grants, memberships: [] };
  const memberships = await loaders.get(MEMBERSHIPS_OF_PERSON).load(viewer.personId);
  return {
    personId: viewer.personId,
    grants: viewer.grants,
    memberships: memberships.map((m) => ({
      bodyId: m.bodyId,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
    })),
  };
}

/** A paper of a meeting as the paper-access rules take it. */
function forAccess(
  paper: Pick<PaperModel, 'visibility' | 'namedPersonIds'>,
  meeting: Pick<MeetingModel, 'bodyIds' | 'date'>,
) {
  return {
    visibility: paper.visibility,
    namedPersonIds: paper.namedPersonIds,
    meetingBodyIds: meeting.bodyIds,
    meetingDate: meeting.date,
  };
}

export function accessOf(
  paper: Pick<PaperModel, 'visibility' | 'namedPersonIds'>,
  meeting: Pick<MeetingModel, 'bodyIds' | 'date'>,
  viewer: PaperViewer,
): PaperAccess {
  return paperAccess(forAccess(paper, meeting), viewer);
}

/** Whether the one asking may open the paper, and why (see `paperAccess`). */
export async function paperAccessFor(
  context: AccessContext,
  meeting: Pick<MeetingModel, 'bodyIds' | 'date'>,
  paper: Pick<PaperModel, 'visibility' | 'namedPersonIds'>,
): Promise<PaperAccess> {
  // A public paper needs nothing of the viewer: no statement.
  if (paper.visibility === 'PUBLIC') return accessOf(paper, meeting, NOBODY);
  return accessOf(paper, meeting, await paperViewerOf(context));
}

/**
 * Whether the one asking may download the paper's file, and why (see `paperFileAccess`): as
 * opening it, except that a withdrawn paper's file is for the staff only.
 */
export async function paperFileAccessFor(
  context: AccessContext,
  meeting: Pick<MeetingModel, 'bodyIds' | 'date'>,
  paper: Pick<PaperModel, 'visibility' | 'namedPersonIds' | 'withdrawnAt'>,
): Promise<PaperAccess> {
  if (!paper.withdrawnAt) return paperAccessFor(context, meeting, paper);
  return paperFileAccess(
    { ...forAccess(paper, meeting), withdrawn: true },
    await paperViewerOf(context),
  );
}

/** The papers, of one meeting, that the one asking may open, in their order. */
export async function papersOpenTo<P extends Pick<PaperModel, 'visibility' | 'namedPersonIds'>>(
  context: AccessContext,
  meeting: Pick<MeetingModel, 'bodyIds' | 'date'>,
  papers: readonly P[],
): Promise<P[]> {
  if (papers.every((paper) => paper.visibility === 'PUBLIC')) return [...papers];
  const viewer = await paperViewerOf(context);
  return papers.filter((paper) => accessOf(paper, meeting, viewer).allowed);
}
