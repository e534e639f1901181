import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

type Action = typeof import('./forgot-password').action;

let reply: unknown;
const asked: unknown[] = [];

function post(email: string): Request {
  return new Request('http://localhost/forgot-password', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Sec-Fetch-Site': 'same-origin',
    },
    body: new URLSearchParams({ email }),
  });
}

describe('the forgot-password action', () => {
  let server: Server;
  let action: Action;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        asked.push(JSON.parse(Buffer.concat(chunks).toString('utf8')).variables);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(reply));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env['API_URL'] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    ({ action } = await import('./forgot-password'));
  });

  afterAll(async () => {
    delete process.env['API_URL'];
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    asked.length = 0;
  });

  const run = (request: Request) => action({ request, params: {}, context: {} });

  it('says the same for every well-formed address: the API decides whether to send', async () => {
    reply = { data: { requestPasswordReset: true } };
    const response = await run(post(' nobody@example.org '));
    expect(asked).toEqual([{ email: 'nobody@example.org' }]);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/forgot-password?sent');
  });

  it('asks again for an address that is not one, without asking the API', async () => {
    const response = await run(post('nobody'));
    expect(asked).toEqual([]);
    expect(response.headers.get('Location')).toBe('/forgot-password');
    expect(response.headers.get('Set-Cookie')).toMatch(/^boards_flash=/);
  });

  it('goes back to the form when there have been too many requests', async () => {
    reply = {
      errors: [
        {
          message: 'Too many requests to reset a password. Wait 60 minutes and try again',
          extensions: { code: 'TOO_MANY_REQUESTS' },
        },
      ],
    };
    const response = await run(post('member@example.org'));
    expect(response.headers.get('Location')).toBe('/forgot-password');
  });
});
