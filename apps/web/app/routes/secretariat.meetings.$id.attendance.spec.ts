import { MeetingRegisterDocument, type MeetingRegisterQuery } from '@boards/web/api-client';
import type { Reply } from '../testing/stand-in-api';
import { routeHarness } from '../testing/route-harness';

type Route = typeof import('./secretariat.meetings.$id.attendance');

const MEETING_ID = '7b2c3d4e-0000-4000-8000-000000000001';
const PAGE = `http://localhost/secretariat/meetings/${MEETING_ID}/attendance`;

/** The register of a meeting as the API answers it, with the API's word on whether it has started. */
function register(started: boolean): Reply<MeetingRegisterQuery> {
  return {
    data: {
      meeting: {
        id: MEETING_ID,
        title: 'Evidence review',
        status: 'SCHEDULED',
        started,
        when: 'Tuesday 7 March 2023, 10am to midday',
        bodies: [{ id: 'b1', slug: 'evidence-group', name: 'Evidence Group' }],
        agenda: [],
        expectedMembers: [],
        attendance: [],
        quorum: null,
        declarations: [],
        recordOpen: true,
      },
    },
  };
}

describe('the register of a meeting, for the secretariat', () => {
  const harness = routeHarness();
  let route: Route;

  beforeAll(async () => {
    route = await import('./secretariat.meetings.$id.attendance');
  });

  const load = () =>
    route.loader({ request: harness.get(PAGE), params: { id: MEETING_ID }, context: {} });

  // The API decides by its own clock whether who was there may be recorded yet; the page used
  // to work it out from the web server's clock and the start time, and so could offer "Present"
  // while the API refused it (or the other way round).
  it.each([true, false])(
    'offers who was there exactly when the API says it has started (%s)',
    async (started) => {
      harness.api.reply(MeetingRegisterDocument, register(started));
      expect((await load()).started).toBe(started);
    },
  );
});
