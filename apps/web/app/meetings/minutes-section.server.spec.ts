import {
  MeetingMinutesDocument,
  MeetingRecordMembersOnlyDocument,
  type MeetingRecordMembersOnlyQuery,
} from '@boards/web/api-client';
import type { Reply } from '../testing/stand-in-api';
import { routeHarness } from '../testing/route-harness';

const MEETING_ID = '7b2c3d4e-0000-4000-8000-000000000002';
const PAGE = `http://localhost/meetings/${MEETING_ID}`;

function membersOnly(started: boolean): Reply<MeetingRecordMembersOnlyQuery> {
  return {
    data: {
      me: { personId: 'p1' },
      meeting: {
        id: MEETING_ID,
        started,
        minutes: null,
        quorum: null,
        attendance: [],
        actions: [],
        actionsCarriedForward: [],
      },
    },
  };
}

describe('the record of a meeting on its page', () => {
  const harness = routeHarness();
  let loadMeetingRecord: typeof import('./minutes-section.server').loadMeetingRecord;

  beforeAll(async () => {
    ({ loadMeetingRecord } = await import('./minutes-section.server'));
  });

  beforeEach(() => {
    harness.api.reply(MeetingMinutesDocument, {
      data: { meeting: { id: MEETING_ID, minutes: null, decisions: [] } },
    });
  });

  const load = (canSeeMembersOnly: boolean) =>
    loadMeetingRecord({ request: harness.get(PAGE) }, { id: MEETING_ID, canSeeMembersOnly });

  // Whether anyone can have been present (and so whether the quorum was met) is the API's
  // answer by its clock, not the web server's reading of the start time.
  it.each([true, false])(
    'tells members the meeting has started as the API says (%s)',
    async (started) => {
      harness.api.reply(MeetingRecordMembersOnlyDocument, membersOnly(started));
      expect((await load(true)).members?.started).toBe(started);
    },
  );

  it('asks nothing more for those who may not see the members’ parts', async () => {
    expect((await load(false)).members).toBeNull();
    expect(harness.api.received.map((r) => r.operationName)).toEqual(['MeetingMinutes']);
  });
});
