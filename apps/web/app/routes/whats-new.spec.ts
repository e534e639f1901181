import { MarkWhatsNewSeenDocument, WhatsNewDocument } from '@boards/web/api-client';
import { routeHarness, thrown } from '../testing/route-harness';

type Route = typeof import('./whats-new');

const URL = 'http://localhost/whats-new';

describe('what’s new, and marking it all as seen', () => {
  const harness = routeHarness();
  let route: Route;

  beforeAll(async () => {
    route = await import('./whats-new');
  });

  it('marks as seen up to when the list was made, and comes back with a confirmation', async () => {
    harness.api.reply(MarkWhatsNewSeenDocument, { data: { markWhatsNewSeen: { since: 'x' } } });
    const response = (await route.action({
      request: harness.post(URL, { asOf: '2026-12-07T11:00:00.123Z' }),
      params: {},
      context: {},
    })) as Response;
    expect(harness.api.received.map((r) => [r.operationName, r.variables])).toEqual([
      ['MarkWhatsNewSeen', { upTo: '2026-12-07T11:00:00.123Z' }],
    ]);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/whats-new');
    expect((await harness.readFlash(response)).notice).toBe('Everything listed is marked as seen');
  });

  it('marks as seen up to now when the time posted is not one', async () => {
    harness.api.reply(MarkWhatsNewSeenDocument, { data: { markWhatsNewSeen: { since: 'x' } } });
    await route.action({
      request: harness.post(URL, { asOf: 'yesterday' }),
      params: {},
      context: {},
    });
    expect(harness.api.received.map((r) => r.variables)).toEqual([{ upTo: null }]);
  });

  it('is for signed-in people only', async () => {
    const response = await thrown(
      Promise.resolve(route.loader({ request: new Request(URL), params: {}, context: {} })),
    );
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toMatch(/^\/sign-in/);
  });

  it('passes the API’s list on', async () => {
    const whatsNew = {
      since: '2026-11-07T11:00:00.000Z',
      asOf: '2026-12-07T11:00:00.000Z',
      firstVisit: true,
      items: [],
    };
    harness.api.reply(WhatsNewDocument, { data: { whatsNew } });
    expect(await route.loader({ request: harness.get(URL), params: {}, context: {} })).toEqual(
      whatsNew,
    );
  });
});
