import { UnsubscribeDocument } from '@boards/web/api-client';
import { StandInApi, errorReply } from '../testing/stand-in-api';

type Route = typeof import('./unsubscribe.$key.$topic');

const KEY = 'a1'.repeat(32);
const URL_OF = (key: string, topic: string) =>
  `https://boards.example.org/unsubscribe/${key}/${topic}`;

/** A mail provider's one-click unsubscribe (RFC 8058): a server's POST, no browser headers. */
const oneClick = (url: string) =>
  new Request(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });

describe('the unsubscribe link in an email', () => {
  const api = new StandInApi();
  let route: Route;

  beforeAll(async () => {
    await api.start();
    route = await import('./unsubscribe.$key.$topic');
  });
  afterAll(() => api.stop());
  beforeEach(() => api.reset());

  const post = (key: string, topic: string) =>
    route
      .action({ request: oneClick(URL_OF(key, topic)), params: { key, topic }, context: {} })
      .catch((thrown: unknown) => thrown as Response);

  it('opening it asks, and tells the API nothing', () => {
    const answer = route.loader({
      request: new Request(URL_OF(KEY, 'papers')),
      params: { key: KEY, topic: 'papers' },
      context: {},
    }) as unknown as { data: { topic: string }; init: { headers: Record<string, string> } };
    expect(answer.data).toEqual({ topic: 'PAPERS' });
    expect(answer.init.headers).toMatchObject({ 'X-Robots-Tag': 'noindex' });
    expect(api.received).toEqual([]);
  });

  it('a one-click POST unsubscribes without signing in', async () => {
    api.reply(UnsubscribeDocument, { data: { unsubscribe: true } });
    const answer = (await post(KEY, 'meeting-changes')) as unknown as { data: { done: boolean } };
    expect(answer.data).toEqual({ done: true });
    expect(api.received).toEqual([
      {
        operationName: 'Unsubscribe',
        variables: { key: KEY, topic: 'MEETING_CHANGES' },
        authorization: undefined,
      },
    ]);
  });

  it.each([
    ['an unknown topic', KEY, 'everything'],
    ['a key of the wrong shape', 'not-a-key', 'papers'],
  ])('%s is not found, and the API is not asked', async (_, key, topic) => {
    expect(((await post(key, topic)) as Response).status).toBe(404);
    expect(api.received).toEqual([]);
  });

  it('a key that is nobody’s is not found', async () => {
    api.reply(UnsubscribeDocument, errorReply('NOT_FOUND', 'This link does not work'));
    expect(((await post(KEY, 'papers')) as Response).status).toBe(404);
  });

  it('a form posted from another site is refused', async () => {
    const request = new Request(URL_OF(KEY, 'papers'), {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Sec-Fetch-Site': 'cross-site',
      },
      body: '',
    });
    const answer = await route
      .action({ request, params: { key: KEY, topic: 'papers' }, context: {} })
      .catch((thrown: unknown) => thrown as Response);
    expect((answer as Response).status).toBe(403);
    expect(api.received).toEqual([]);
  });
});
