import { MembershipImportsDocument } from '@boards/web/api-client';
import { errorReply } from '../testing/stand-in-api';
import { routeHarness, thrown } from '../testing/route-harness';

type Route = typeof import('./secretariat.imports._index');

describe('the list of membership imports', () => {
  const harness = routeHarness();
  let route: Route;

  beforeAll(async () => {
    route = await import('./secretariat.imports._index');
  });

  const load = (query: string) =>
    route.loader({
      request: harness.get(`http://localhost/secretariat/imports${query}`),
      params: {},
      context: {},
    });

  it('asks for the page after the cursor in the address', async () => {
    harness.api.reply(MembershipImportsDocument, {
      data: {
        membershipImports: { edges: [], pageInfo: { hasNextPage: false, endCursor: null } },
        bodies: [],
      },
    });
    await load('?after=abc');
    expect(harness.api.received.at(-1)?.variables).toEqual({ first: 20, after: 'abc' });
  });

  it('starts from the newest when the cursor is not from this list (an edited address), never a server error', async () => {
    harness.api.reply(
      MembershipImportsDocument,
      errorReply('BAD_USER_INPUT', 'after is not a cursor from this list', { field: 'after' }),
    );
    const response = await thrown(load('?after=*%E1%92%AF%28'));
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('/secretariat/imports');
  });
});
