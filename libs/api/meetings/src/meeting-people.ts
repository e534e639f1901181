import { isStaff, type GraphqlContext, type RequestLoaders } from '@boards/api/graphql';
import { MEMBERS_ON, membersOnKey } from '@boards/api/memberships';
import { BODIES_ON, bodiesOnKey, CONSENT_HISTORY, PERSON_BY_ID } from '@boards/api/people';
import { ATTENDANCE_OF_MEETING, DECLARATIONS_OF_MEETING } from './record/attendance.service';
import { ACTIONS_CARRIED_FORWARD, ACTIONS_OF_MEETING } from './decisions/meeting-actions.service';
import { AGENDA_OF_MEETING } from './agenda/agenda.service';
import { MEETING_BY_ID } from './schedule/meetings.service';
import { MINUTES_COMMENTS_OF_MEETING } from './minutes/minutes.service';

/** One prefetch per meeting per request: the request's loaders are the key, so it dies with it. */
const prefetched = new WeakMap<RequestLoaders, Map<string, Promise<void>>>();

/**
 * Loads, once per request, everyone a meeting's page may show (its members on the day, the
 * agenda's presenters, the register, declarations, comments on the minutes, the owners of its actions and of those
 * carried forward to it), with their consent histories and, for a member looking, the bodies
 * each sits on that day, and primes the people loaders with them.
 *
 * Without it, each list would reach the people loaders when its own rows arrive from the
 * database, in as many batches as the timing of those replies makes; with it, every person on
 * the page is read in the same batch whatever the number of items, so the page runs a fixed
 * number of statements.
 */
export function prefetchMeetingPeople(
  context: Pick<GraphqlContext, 'viewer' | 'loaders'>,
  meetingId: string,
): Promise<void> {
  let perRequest = prefetched.get(context.loaders);
  if (!perRequest) {
    perRequest = new Map();
    prefetched.set(context.loaders, perRequest);
  }
  let pending = perRequest.get(meetingId);
  if (!pending) {
    pending = load(context, meetingId);
    perRequest.set(meetingId, pending);
  }
  return pending;
}

async function load(
  { viewer, loaders }: Pick<GraphqlContext, 'viewer' | 'loaders'>,
  meetingId: string,
): Promise<void> {
  const meeting = await loaders.get(MEETING_BY_ID).load(meetingId);
  if (!meeting) return;
  const [agenda, attendance, declarations, comments, actions, carried, members] = await Promise.all(
    [
      loaders.get(AGENDA_OF_MEETING).load(meeting.id),
      loaders.get(ATTENDANCE_OF_MEETING).load(meeting.id),
      loaders.get(DECLARATIONS_OF_MEETING).load(meeting.id),
      loaders.get(MINUTES_COMMENTS_OF_MEETING).load(meeting.id),
      loaders.get(ACTIONS_OF_MEETING).load(meeting.id),
      loaders.get(ACTIONS_CARRIED_FORWARD).load(meeting.id),
      loaders
        .get(MEMBERS_ON)
        .loadMany(meeting.bodyIds.map((bodyId) => membersOnKey(bodyId, meeting.date))),
    ],
  );
  const people = loaders.get(PERSON_BY_ID);
  const consents = loaders.get(CONSENT_HISTORY);
  const memberIds: string[] = [];
  for (const rows of members) {
    if (rows instanceof Error) continue;
    for (const row of rows) {
      people.prime(row.person.id, row.person);
      consents.prime(row.person.id, row.consents);
      memberIds.push(row.person.id);
    }
  }
  const ids = [
    ...new Set([
      ...agenda.flatMap((item) => (item.presenterPersonId ? [item.presenterPersonId] : [])),
      ...attendance.map((line) => line.personId),
      ...declarations.map((declaration) => declaration.personId),
      ...comments.map((comment) => comment.personId),
      ...[...actions, ...carried].flatMap((action) => (action.ownerId ? [action.ownerId] : [])),
    ]),
  ];
  // Only a member looking at someone else is asked which bodies the other sat on that day (their
  // own memberships are one read per request, see PersonViewService.relation).
  const related =
    viewer.kind === 'ACCOUNT' && !isStaff(viewer)
      ? [...new Set([...ids, ...memberIds])].filter((id) => id !== viewer.personId)
      : [];
  await Promise.all([
    people.loadMany(ids),
    consents.loadMany(ids),
    loaders.get(BODIES_ON).loadMany(related.map((id) => bodiesOnKey(id, meeting.date))),
  ]);
}
