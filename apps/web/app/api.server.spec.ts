import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BodyPageDocument, HomeBodiesDocument } from '@boards/web/api-client';

type ApiRequest = typeof import('./api.server').apiRequest;

/** What the stand-in API answers next: a status and a JSON body. */
let reply: { status: number; body: unknown };

describe('apiRequest', () => {
  let server: Server;
  let apiRequest: ApiRequest;
  let consoleError: jest.SpyInstance;

  beforeAll(async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env['API_URL'] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    // The module reads its configuration when it is first loaded.
    ({ apiRequest } = await import('./api.server'));
  });

  afterAll(async () => {
    delete process.env['API_URL'];
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  afterEach(() => {
    consoleError.mockRestore();
  });

  async function statusThrownBy(promise: Promise<unknown>): Promise<number> {
    const thrown = await promise.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(thrown).toBeInstanceOf(Response);
    const response = thrown as Response;
    expect(await response.text()).toBe('');
    return response.status;
  }

  it('returns the data of the operation', async () => {
    const bodies = [
      { slug: 'design-group', name: 'Design Group', kind: 'GROUP', purpose: 'Shapes services.' },
    ];
    reply = { status: 200, body: { data: { bodies } } };

    await expect(apiRequest(HomeBodiesDocument)).resolves.toEqual({ bodies });
  });

  it('answers 503 when the API does not answer in GraphQL', async () => {
    reply = { status: 502, body: { message: 'Bad gateway' } };

    expect(await statusThrownBy(apiRequest(HomeBodiesDocument))).toBe(503);
    expect(consoleError).toHaveBeenCalled();
  });

  it('answers 404 when the API says NOT_FOUND', async () => {
    reply = {
      status: 200,
      body: { errors: [{ message: 'No such body', extensions: { code: 'NOT_FOUND' } }] },
    };

    expect(await statusThrownBy(apiRequest(BodyPageDocument, { slug: 'design-group' }))).toBe(404);
  });

  it('answers 500 for any other GraphQL error and logs it on the server only', async () => {
    reply = {
      status: 200,
      body: {
        errors: [
          {
            message: 'relation "body" does not exist',
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ],
      },
    };

    expect(await statusThrownBy(apiRequest(HomeBodiesDocument))).toBe(500);
    expect(consoleError).toHaveBeenCalledWith(
      'The API answered with INTERNAL_SERVER_ERROR:',
      expect.arrayContaining([
        expect.objectContaining({ message: 'relation "body" does not exist' }),
      ]),
    );
  });
});

describe('apiRequest without an API', () => {
  it('answers 503 when nothing listens at API_URL', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);

    let apiRequest!: ApiRequest;
    process.env['API_URL'] = `http://127.0.0.1:${port}/graphql`;
    jest.isolateModules(() => {
      ({ apiRequest } = jest.requireActual<typeof import('./api.server')>('./api.server'));
    });
    delete process.env['API_URL'];

    const thrown = await apiRequest(HomeBodiesDocument).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(Response);
    expect((thrown as Response).status).toBe(503);
    expect(consoleError).toHaveBeenCalledWith(
      'The API is unavailable:',
      expect.stringContaining('HomeBodies got no answer'),
      expect.anything(),
    );
    consoleError.mockRestore();
  });
});
