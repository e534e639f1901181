import { HomeBodiesDocument } from '@boards/web/api-client';
import { StandInApi } from '../testing/stand-in-api';

type Loader = typeof import('./subscribe').loader;

describe('the Subscribe page', () => {
  const api = new StandInApi();
  let loader: Loader;

  beforeAll(async () => {
    await api.start();
    ({ loader } = await import('./subscribe'));
  });

  afterAll(() => api.stop());
  beforeEach(() => api.reset());

  it('lists the calendar of all meetings, then each body’s, at this site’s address', async () => {
    api.reply(HomeBodiesDocument, {
      data: {
        bodies: [
          { slug: 'evidence-group', name: 'Evidence Group', kind: 'GROUP', purpose: '' },
          { slug: 'design-group', name: 'Design Group', kind: 'GROUP', purpose: '' },
        ],
      },
    });
    const result = await loader({
      request: new Request('https://boards.example.org/subscribe'),
      params: {},
      context: {},
    });
    expect(result.feeds).toEqual([
      { name: 'All boards and groups', address: 'https://boards.example.org/feeds/meetings.ics' },
      {
        name: 'Evidence Group',
        address: 'https://boards.example.org/feeds/bodies/evidence-group.ics',
      },
      { name: 'Design Group', address: 'https://boards.example.org/feeds/bodies/design-group.ics' },
    ]);
    // Anyone may see it: the API is asked as nobody.
    expect(api.received[0]?.authorization).toBeUndefined();
  });
});
