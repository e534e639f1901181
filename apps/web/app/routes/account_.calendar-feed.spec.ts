import {
  CreateCalendarFeedTokenDocument,
  RevokeCalendarFeedTokenDocument,
} from '@boards/web/api-client';
import { StandInApi, flashOf, formPost, signedInCookie } from '../testing/stand-in-api';

type Action = typeof import('./account_.calendar-feed').action;

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde';

describe('a member’s calendar feed', () => {
  const api = new StandInApi();
  let action: Action;
  let signedIn: string;

  beforeAll(async () => {
    await api.start();
    ({ action } = await import('./account_.calendar-feed'));
    signedIn = await signedInCookie('member-token');
  });

  afterAll(() => api.stop());
  beforeEach(() => api.reset());

  const run = (fields: Record<string, string>, cookie = signedIn) =>
    action({
      request: formPost('https://boards.example.org/account/calendar-feed', fields, cookie),
      params: {},
      context: {},
    }).catch((thrown: unknown) => thrown as Response);

  it('makes an address and shows it on this answer only, never cached', async () => {
    api.reply(CreateCalendarFeedTokenDocument, { data: { createCalendarFeedToken: TOKEN } });
    const result = (await run({ intent: 'create' })) as unknown as {
      data: { address: string };
      init: { headers: Record<string, string> };
    };
    expect(api.received).toEqual([
      expect.objectContaining({
        operationName: 'CreateCalendarFeedToken',
        authorization: 'Bearer member-token',
      }),
    ]);
    expect(result.data).toEqual({
      address: `https://boards.example.org/feeds/members/${TOKEN}.ics`,
    });
    expect(result.init.headers).toMatchObject({ 'Cache-Control': 'no-store' });
  });

  it('turns the feed off and goes back to the account page, saying so', async () => {
    api.reply(RevokeCalendarFeedTokenDocument, { data: { revokeCalendarFeedToken: true } });
    const response = (await run({ intent: 'revoke' })) as Response;
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/account');
    expect((await flashOf(response)).notice).toBe(
      'Your calendar feed is turned off: its address no longer works',
    );
    expect(api.received.map((operation) => operation.operationName)).toEqual([
      'RevokeCalendarFeedToken',
    ]);
  });

  it('refuses anything else, asking nothing', async () => {
    expect(((await run({ intent: 'steal' })) as Response).status).toBe(400);
    expect(api.received).toEqual([]);
  });

  it('sends someone not signed in to sign in', async () => {
    const response = (await run({ intent: 'create' }, '')) as Response;
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toMatch(/^\/sign-in/);
    expect(api.received).toEqual([]);
  });
});
