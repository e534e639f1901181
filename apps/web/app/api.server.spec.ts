import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BodyPageDocument, HomeBodiesDocument, ViewerDocument } from '@boards/web/api-client';

type ApiServer = typeof import('./api.server');
type ApiRequest = ApiServer['apiRequest'];

/** What the stand-in API answers next: a status and a JSON body. */
let reply: { status: number; body: unknown };
/** The headers of the requests the stand-in API received. */
const receivedHeaders: Record<string, string | string[] | undefined>[] = [];

describe('apiRequest', () => {
  let server: Server;
  let apiRequest: ApiRequest;
  let apiAttempt: ApiServer['apiAttempt'];
  let consoleError: jest.SpyInstance;

  beforeAll(async () => {
    server = createServer((req, res) => {
      receivedHeaders.push(req.headers);
      req.resume();
      req.on('end', () => {
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env['API_URL'] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    // The module reads its configuration when it is first loaded.
    ({ apiRequest, apiAttempt } = await import('./api.server'));
  });

  afterAll(async () => {
    delete process.env['API_URL'];
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    receivedHeaders.length = 0;
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

  describe('for a person (given the loader arguments)', () => {
    async function signedInRequest(url = 'http://localhost/account?tab=1'): Promise<Request> {
      const { sessionStorage, commitSession } = await import('./session.server');
      const session = await sessionStorage.getSession();
      session.set('token', 'token-abc');
      const cookie = (await commitSession(session)).split(';')[0];
      return new Request(url, { headers: { Cookie: cookie } });
    }

    it('forwards the session token and the client address', async () => {
      reply = { status: 200, body: { data: { me: null } } };
      const request = await signedInRequest();

      await apiRequest({ request, context: { clientAddress: '203.0.113.9' } }, ViewerDocument);

      expect(receivedHeaders[0]).toMatchObject({
        authorization: 'Bearer token-abc',
        'x-forwarded-for': '203.0.113.9',
      });
    });

    it('sends neither without a session or a known address', async () => {
      reply = { status: 200, body: { data: { me: null } } };

      await apiRequest({ request: new Request('http://localhost/') }, ViewerDocument);
      await apiRequest(HomeBodiesDocument);

      for (const headers of receivedHeaders) {
        expect(headers['authorization']).toBeUndefined();
        expect(headers['x-forwarded-for']).toBeUndefined();
      }
    });

    it('on UNAUTHENTICATED, forgets the session and asks to sign in, to come back here', async () => {
      reply = {
        status: 200,
        body: { errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }] },
      };
      const request = await signedInRequest();

      const thrown = await apiRequest({ request }, ViewerDocument).catch((error: unknown) => error);

      expect(thrown).toBeInstanceOf(Response);
      const response = thrown as Response;
      expect(response.status).toBe(302);
      expect(response.headers.get('Location')).toBe('/sign-in?returnTo=%2Faccount%3Ftab%3D1');
      expect(response.headers.get('Set-Cookie')).toMatch(
        /^boards_session=; .*Expires=Thu, 01 Jan 1970/,
      );
    });

    it('answers 403 for FORBIDDEN', async () => {
      reply = {
        status: 200,
        body: { errors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }] },
      };
      const request = await signedInRequest();
      expect(await statusThrownBy(apiRequest({ request }, ViewerDocument))).toBe(403);
    });
  });

  describe('apiAttempt', () => {
    const request = new Request('http://localhost/sign-in', { method: 'POST' });

    it('returns the data', async () => {
      reply = { status: 200, body: { data: { me: null } } };
      await expect(apiAttempt({ request }, ['BAD_USER_INPUT'], ViewerDocument)).resolves.toEqual({
        ok: true,
        data: { me: null },
      });
    });

    it('returns the errors the form expects', async () => {
      reply = {
        status: 200,
        body: {
          errors: [{ message: 'Wait 15 minutes', extensions: { code: 'TOO_MANY_REQUESTS' } }],
        },
      };
      const outcome = await apiAttempt({ request }, ['TOO_MANY_REQUESTS'], ViewerDocument);
      expect(outcome).toMatchObject({
        ok: false,
        error: { code: 'TOO_MANY_REQUESTS', message: 'Wait 15 minutes' },
      });
    });

    it('throws the others as responses', async () => {
      reply = {
        status: 200,
        body: { errors: [{ message: 'Boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] },
      };
      expect(
        await statusThrownBy(apiAttempt({ request }, ['BAD_USER_INPUT'], ViewerDocument)),
      ).toBe(500);
    });
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
