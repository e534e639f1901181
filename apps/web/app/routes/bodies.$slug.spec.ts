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
};

describe('the body page loader', () => {
  let server: Server;
  let loader: Loader;
  const requestedSlugs: unknown[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        requestedSlugs.push(variables.slug);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            data: { body: variables.slug === designGroup.slug ? designGroup : null },
          }),
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
  });

  const load = (slug: string) =>
    loader({
      params: { slug },
      request: new Request(`http://localhost/bodies/${slug}`),
      context: {},
    });

  it('loads the body for its slug', async () => {
    await expect(load('design-group')).resolves.toEqual({ body: designGroup });
    expect(requestedSlugs).toEqual(['design-group']);
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
