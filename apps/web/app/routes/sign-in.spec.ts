import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type Action = typeof import('./sign-in').action;

/** The stand-in API's next answer to `login`. */
let loginReply: unknown;
const received: { variables: Record<string, unknown>; forwardedFor: unknown }[] = [];

function post(fields: Record<string, string>, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/sign-in?returnTo=%2Fbodies%2Fdesign-group', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Sec-Fetch-Site': 'same-origin',
      ...headers,
    },
    body: new URLSearchParams(fields),
  });
}

describe('the sign-in action', () => {
  let server: Server;
  let action: Action;
  let readFlash: (response: Response) => Promise<unknown>;
  let readSession: (response: Response) => Promise<Record<string, unknown>>;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const { variables } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        received.push({ variables, forwardedFor: req.headers['x-forwarded-for'] });
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(loginReply));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env['API_URL'] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    ({ action } = await import('./sign-in'));
    const { flashStorage, sessionStorage } = await import('../session.server');
    const cookieOf = (response: Response, name: string) =>
      response.headers
        .getSetCookie()
        .find((cookie) => cookie.startsWith(`${name}=`))
        ?.split(';')[0] ?? null;
    readFlash = async (response) =>
      (await flashStorage.getSession(cookieOf(response, 'boards_flash'))).get('form');
    readSession = async (response) =>
      (await sessionStorage.getSession(cookieOf(response, 'boards_session'))).data;
  });

  afterAll(async () => {
    delete process.env['API_URL'];
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    received.length = 0;
  });

  const run = (request: Request) =>
    action({ request, params: {}, context: { clientAddress: '198.51.100.4' } });

  it('sends an incomplete form back with an error per field, without asking the API', async () => {
    const response = await run(post({ email: 'not-an-email', password: '' }));

    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/sign-in?returnTo=%2Fbodies%2Fdesign-group');
    expect(await readFlash(response)).toEqual({
      path: '/sign-in',
      errors: [
        {
          field: 'email',
          message: 'Enter an email address in the correct format, like name@example.com',
        },
        { field: 'password', message: 'Enter your password' },
      ],
      values: { email: 'not-an-email' },
    });
    expect(received).toEqual([]);
  });

  it('gives one message for a wrong password or an unknown address, and keeps no password', async () => {
    loginReply = {
      errors: [
        {
          message: 'Enter a correct email address and password',
          extensions: { code: 'UNAUTHENTICATED' },
        },
      ],
    };
    const response = await run(post({ email: 'member@example.org', password: 'wrong-password' }));

    expect(received).toEqual([
      {
        variables: { email: 'member@example.org', password: 'wrong-password' },
        forwardedFor: '198.51.100.4',
      },
    ]);
    expect(await readFlash(response)).toEqual({
      path: '/sign-in',
      errors: [
        { field: 'email', message: 'Enter a correct email address and password' },
        { field: 'password', message: 'Enter a correct email address and password' },
      ],
      values: { email: 'member@example.org' },
    });
  });

  it('shows the API’s words when there have been too many attempts', async () => {
    loginReply = {
      errors: [
        {
          message: 'Too many failed attempts to sign in. Wait 15 minutes and try again',
          extensions: { code: 'TOO_MANY_REQUESTS' },
        },
      ],
    };
    const response = await run(post({ email: 'member@example.org', password: 'x-password' }));

    expect(await readFlash(response)).toMatchObject({
      errors: [
        {
          field: 'email',
          message: 'Too many failed attempts to sign in. Wait 15 minutes and try again',
        },
      ],
    });
  });

  it('keeps the session in its cookie and goes back to the page asked for', async () => {
    loginReply = {
      data: { login: { token: 'new-token', expiresAt: '2030-01-01T12:00:00.000Z' } },
    };
    const response = await run(
      post({
        email: ' member@example.org ',
        password: 'boards-demo-password',
        returnTo: '/bodies/design-group',
      }),
    );

    expect(received[0].variables).toEqual({
      email: 'member@example.org',
      password: 'boards-demo-password',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/bodies/design-group');
    expect(await readSession(response)).toEqual({
      token: 'new-token',
      expiresAt: '2030-01-01T12:00:00.000Z',
    });
  });

  it('goes on to the code step when the account owes a second factor', async () => {
    loginReply = {
      data: {
        login: { token: 'pending', expiresAt: '2030-01-01T12:00:00.000Z', secondFactor: 'TOTP' },
      },
    };
    const response = await run(
      post({ email: 'member@example.org', password: 'x-password', returnTo: '/account' }),
    );
    expect(response.headers.get('Location')).toBe('/sign-in/code?returnTo=%2Faccount');
    expect(await readSession(response)).toMatchObject({ token: 'pending', secondFactor: 'TOTP' });
  });

  it('goes on to setting up an app when the account must have one', async () => {
    loginReply = {
      data: {
        login: {
          token: 'pending',
          expiresAt: '2030-01-01T12:00:00.000Z',
          secondFactor: 'TOTP_SETUP',
        },
      },
    };
    const response = await run(post({ email: 'member@example.org', password: 'x-password' }));
    expect(response.headers.get('Location')).toBe('/account/two-factor?returnTo=%2Faccount');
  });

  it('goes to "Your account" rather than off the site', async () => {
    loginReply = {
      data: { login: { token: 'new-token', expiresAt: '2030-01-01T12:00:00.000Z' } },
    };
    const response = await run(
      post({
        email: 'member@example.org',
        password: 'boards-demo-password',
        returnTo: '//evil.example',
      }),
    );
    expect(response.headers.get('Location')).toBe('/account');
  });

  it('refuses a post from another site', async () => {
    const thrown = await run(
      post({ email: 'member@example.org', password: 'x' }, { 'Sec-Fetch-Site': 'cross-site' }),
    ).catch((error: unknown) => error);
    expect((thrown as Response).status).toBe(403);
    expect(received).toEqual([]);
  });
});
