import { BodyMembershipsDocument, type BodyMembershipsQuery } from '@boards/web/api-client';
import { errorReply, type Reply } from '../testing/stand-in-api';
import { routeHarness, thrown } from '../testing/route-harness';
import { EVIDENCE } from '../testing/membership-fixtures';

type Route = typeof import('./secretariat.bodies.$slug.members._index');

const record = (id: string) => ({
  id,
  role: 'MEMBER' as const,
  seat: 'ORDINARY' as const,
  startsOn: '2021-04-14',
  endsOn: null,
  endReason: null,
  status: 'CURRENT' as const,
  version: 1,
  person: { id: `p-${id}`, fullName: `Person ${id}` },
  fromBody: null,
});

const page = (ids: string[], endCursor: string | null): Reply<BodyMembershipsQuery> => ({
  data: {
    body: {
      ...EVIDENCE,
      dissolvedOn: null,
      stillExists: true,
      memberships: {
        totalCount: 3,
        pageInfo: { hasNextPage: endCursor !== null, endCursor },
        edges: ids.map((id) => ({ node: record(id) })),
      },
    },
  },
});

describe('the members page', () => {
  const harness = routeHarness();
  let route: Route;

  beforeAll(async () => {
    route = await import('./secretariat.bodies.$slug.members._index');
  });

  const load = () =>
    route.loader({
      request: harness.get('http://localhost/secretariat/bodies/evidence-group/members'),
      params: { slug: 'evidence-group' },
      context: {},
    });

  it('reads every page of membership records', async () => {
    harness.api.reply(BodyMembershipsDocument, (variables) =>
      variables.after === 'cursor-b' ? page(['c'], null) : page(['a', 'b'], 'cursor-b'),
    );
    const data = await load();
    expect(harness.api.received.map((op) => op.variables['after'])).toEqual([null, 'cursor-b']);
    expect(data.records.map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  it('shows the API’s refusal of membership records to anyone but staff as a 403', async () => {
    harness.api.reply(
      BodyMembershipsDocument,
      errorReply('FORBIDDEN', 'Only the secretariat can see membership records'),
    );
    expect((await thrown(load())).status).toBe(403);
  });
});
