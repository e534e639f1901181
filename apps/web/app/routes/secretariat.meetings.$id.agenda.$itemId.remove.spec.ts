import { SecretariatMeetingDocument } from '@boards/web/api-client';
import { StandInApi } from '../testing/stand-in-api';

type Loader = typeof import('./secretariat.meetings.$id.agenda.$itemId.remove').loader;

const MEETING_ID = '3c9d1e2f-0000-4000-8000-000000000001';
const ITEM_ID = '3c9d1e2f-0000-4000-8000-0000000000a1';
const PAGE = `http://localhost/secretariat/meetings/${MEETING_ID}/agenda/${ITEM_ID}/remove`;

const meeting = (recordOpen: boolean) => ({
  data: {
    meeting: {
      id: MEETING_ID,
      title: 'Evidence review',
      when: 'Tuesday 7 March 2023, 10am to midday',
      recordOpen,
      agenda: [
        {
          id: ITEM_ID,
          position: 1,
          title: 'Welcome',
          description: '',
          presenter: null,
          durationMinutes: 10,
          isPublic: true,
          plannedStart: null,
        },
      ],
    },
  },
});

describe('the page that asks before an agenda item is removed', () => {
  const api = new StandInApi();
  let loader: Loader;
  let signedIn: string;

  beforeAll(async () => {
    await api.start();
    ({ loader } = await import('./secretariat.meetings.$id.agenda.$itemId.remove'));
    const { sessionStorage } = await import('../session.server');
    const session = await sessionStorage.getSession();
    session.set('token', 'secretariat-token');
    signedIn = (await sessionStorage.commitSession(session)).split(';')[0];
  });
  afterAll(() => api.stop());
  beforeEach(() => api.reset());

  const load = () =>
    loader({
      request: new Request(PAGE, { headers: { Cookie: signedIn } }),
      params: { id: MEETING_ID, itemId: ITEM_ID },
      context: {},
    });

  it('asks while the API says the record is open', async () => {
    api.reply(SecretariatMeetingDocument, meeting(true));
    const page = await load();
    expect(page.item).toMatchObject({ id: ITEM_ID, title: 'Welcome' });
  });

  it('sends the secretariat back to the agenda once the API says the record is fixed', async () => {
    api.reply(SecretariatMeetingDocument, meeting(false));
    const response = await load().then(
      () => null,
      (thrown: unknown) => thrown as Response,
    );
    expect(response?.status).toBe(302);
    expect(response?.headers.get('Location')).toBe(`/secretariat/meetings/${MEETING_ID}#agenda`);
  });
});
