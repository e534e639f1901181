import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type Loader = typeof import('./bodies.$slug').loader;

const designGroup = {
  id: '3',
  slug: 'design-group',
  name: 'Design Group',
  kind: 'GROUP',
  purpose: 'Shapes the services the review recommends.',
  establishedOn: '2021-04-12',
  dissolvedOn: null,
  members: [],
  pastMembers: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] },
  crossSeatCompliance: [],
  crossSeatTimeline: [],
};

const EBE = { slug: 'experts-by-experience-board', name: 'Experts by Experience Board' };

/** Every body's members, as the BodyPage operation also asks (with ids of named people). */
const bodies = [
  {
    ...EBE,
    kind: 'BOARD',
    members: [],
  },
  {
    slug: 'evidence-group',
    name: 'Evidence Group',
    kind: 'GROUP',
    members: [
      {
        person: {
          id: '143df000-29fd-4f5e-9b73-dd14ed6ebfd3',
          visibility: 'NAMED',
          displayName: 'Jordan E.',
          affiliation: null,
        },
        role: 'MEMBER',
        seat: 'CROSS_SEAT',
        fromBody: EBE,
        startsOn: '2021-04-14',
        endsOn: null,
      },
      {
        person: {
          id: null,
          visibility: 'ANONYMOUS',
          displayName: 'A member with lived experience',
          affiliation: null,
        },
        role: 'MEMBER',
        seat: 'CROSS_SEAT',
        fromBody: EBE,
        startsOn: '2021-04-14',
        endsOn: null,
      },
    ],
  },
];

/** The API's answer to a cursor that is not from the list. */
const BAD_CURSOR = {
  errors: [
    {
      message: 'after is not a cursor from this list',
      extensions: { code: 'BAD_USER_INPUT', details: { field: 'after' } },
    },
  ],
};

describe('the body page loader', () => {
  let server: Server;
  let loader: Loader;
  const requestedSlugs: unknown[] = [];
  const requestedVariables: Record<string, unknown>[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        requestedSlugs.push(variables.slug);
        requestedVariables.push(variables);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify(
            variables.pastAfter === 'bm90LWEtY3Vyc29y'
              ? BAD_CURSOR
              : {
                  data: {
                    body:
                      variables.slug === designGroup.slug
                        ? designGroup
                        : variables.slug === EBE.slug
                          ? { ...designGroup, ...bodies[0] }
                          : null,
                    bodies,
                  },
                },
          ),
        );
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env['API_URL'] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    ({ loader } = await import('./bodies.$slug'));
  });

  afterAll(async () => {
    delete process.env['API_URL'];
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    requestedSlugs.length = 0;
    requestedVariables.length = 0;
  });

  const load = (slug: string, search = '') =>
    loader({
      params: { slug },
      request: new Request(`http://localhost/bodies/${slug}${search}`),
      context: {},
    });

  it('loads the body for its slug, with the first page of its past members', async () => {
    await expect(load('design-group')).resolves.toEqual({
      body: designGroup,
      pastPage: null,
      crossSeatsElsewhere: [],
    });
    expect(requestedSlugs).toEqual(['design-group']);
    expect(requestedVariables).toEqual([{ slug: 'design-group', pastFirst: 20, pastAfter: null }]);
  });

  it('asks for the page of past members after the cursor in ?pastPage', async () => {
    const loaded = await load('design-group', '?pastPage=WzIwXQ');
    expect(loaded.pastPage).toBe('WzIwXQ');
    expect(requestedVariables).toEqual([
      { slug: 'design-group', pastFirst: 20, pastAfter: 'WzIwXQ' },
    ]);
  });

  it('sends a cursor the API does not know back to the first page of past members', async () => {
    const thrown = (await load('design-group', '?pastPage=bm90LWEtY3Vyc29y').catch(
      (error: unknown) => error,
    )) as Response;
    expect(thrown.status).toBe(302);
    expect(thrown.headers.get('Location')).toBe('/bodies/design-group#past-members');
  });

  it.each(['%%%', 'a'.repeat(201), 'a b', '[1]'])(
    'sends the malformed cursor %p to the first page without asking the API',
    async (cursor) => {
      const thrown = (await load('design-group', `?pastPage=${encodeURIComponent(cursor)}`).catch(
        (error: unknown) => error,
      )) as Response;
      expect(thrown.status).toBe(302);
      expect(thrown.headers.get('Location')).toBe('/bodies/design-group#past-members');
      expect(requestedSlugs).toEqual([]);
    },
  );

  it('says where a body’s members hold cross-seats elsewhere, without ids', async () => {
    const loaded = await load(EBE.slug);
    expect(loaded.crossSeatsElsewhere).toEqual([
      {
        body: { slug: 'evidence-group', name: 'Evidence Group' },
        named: ['Jordan E.'],
        notNamed: 1,
      },
    ]);
    expect(JSON.stringify(loaded)).not.toContain('143df000');
  });

  it('answers 404 when the API knows no such body', async () => {
    const thrown = await load('no-such-body').catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(404);
  });

  it.each(['Design-Group', 'design--group', 'a'.repeat(81)])(
    'answers 404 for the malformed slug %p without asking the API',
    async (slug) => {
      const thrown = await load(slug).catch((error: unknown) => error);
      expect((thrown as Response).status).toBe(404);
      expect(requestedSlugs).toEqual([]);
    },
  );
});
