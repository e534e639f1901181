import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { flashOf, signedInCookie } from '../testing/stand-in-api';

type Action = typeof import('./secretariat.imports._index').action;

const ID = '5b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d';
const CSV = 'email,body,role,starts_on\r\nzoë@example.org,evidence-group,MEMBER,2025-04-01\r\n';

interface Upload {
  method: string | undefined;
  path: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

describe('the membership import upload action', () => {
  let server: Server;
  let action: Action;
  let signedIn: string;
  /** What the stand-in API received, and its next answer. */
  const uploads: Upload[] = [];
  let reply: { status: number; body: unknown } = { status: 202, body: { id: ID } };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        uploads.push({
          method: req.method,
          path: req.url,
          headers: req.headers,
          body: Buffer.concat(chunks),
        });
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(reply.body));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    process.env['API_URL'] = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    ({ action } = await import('./secretariat.imports._index'));
    signedIn = await signedInCookie('secretariat-token');
  });

  afterAll(async () => {
    delete process.env['API_URL'];
    await new Promise((resolve) => server.close(resolve));
  });

  beforeEach(() => {
    uploads.length = 0;
    reply = { status: 202, body: { id: ID } };
  });

  function post(
    file: File | null,
    { headers = {}, cookie = signedIn }: { headers?: Record<string, string>; cookie?: string } = {},
  ): Request {
    const form = new FormData();
    form.set('file', file ?? new File([], '', { type: 'application/octet-stream' }));
    return new Request('http://localhost/secretariat/imports', {
      method: 'POST',
      headers: { 'Sec-Fetch-Site': 'same-origin', Cookie: cookie, ...headers },
      body: form,
    });
  }

  const run = (request: Request) =>
    action({ request, params: {}, context: { clientAddress: '203.0.113.9' } });
  const outcome = (request: Request) => run(request).catch((thrown: unknown) => thrown as Response);

  async function formErrors(response: Response) {
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/secretariat/imports');
    return ((await flashOf(response)).form as { errors: unknown[] }).errors;
  }

  it('sends the file to the API as the person, exactly as uploaded, and goes to the import’s page', async () => {
    const response = await run(post(new File([CSV], 'new members.csv', { type: 'text/csv' })));
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`/secretariat/imports/${ID}`);
    expect(uploads).toHaveLength(1);
    const [upload] = uploads;
    expect(upload?.method).toBe('POST');
    expect(upload?.path).toBe('/imports/memberships');
    expect(upload?.headers['authorization']).toBe('Bearer secretariat-token');
    expect(upload?.headers['content-type']).toBe('text/csv');
    expect(upload?.headers['x-file-name']).toBe('new%20members.csv');
    expect(upload?.headers['x-forwarded-for']).toBe('203.0.113.9');
    expect(upload?.body.toString('utf8')).toBe(CSV);
  });

  it.each<[string, File | null, string]>([
    ['no file chosen', null, 'Select a CSV file'],
    [
      'a spreadsheet that is not a CSV',
      new File(['PK'], 'members.xlsx'),
      'The selected file must be a CSV. In your spreadsheet, choose ‘Save as’ and then ‘CSV UTF-8’',
    ],
    ['an empty file', new File([], 'members.csv'), 'The selected file is empty'],
    [
      'a file over 10 MB',
      new File([new Uint8Array(10 * 1024 * 1024 + 1)], 'members.csv'),
      'The selected file must be smaller than 10 MB',
    ],
  ])(
    'shows %s as a problem with the file, without asking the API',
    async (_name, file, message) => {
      expect(await formErrors(await run(post(file)))).toEqual([{ field: 'file', message }]);
      expect(uploads).toEqual([]);
    },
  );

  it('refuses a post larger than the limit by its length, before reading it', async () => {
    const request = post(new File([CSV], 'members.csv'), {
      headers: { 'Content-Length': String(11 * 1024 * 1024) },
    });
    expect(await formErrors(await run(request))).toEqual([
      { field: 'file', message: 'The selected file must be smaller than 10 MB' },
    ]);
    expect(uploads).toEqual([]);
  });

  it.each([
    [413, 'BAD_USER_INPUT', 'The selected file must be smaller than 10 MB'],
    [
      429,
      'TOO_MANY_REQUESTS',
      'Other files are waiting to be imported. Upload this one again in a few minutes',
    ],
  ])('shows the API’s refusal (%i) as a problem with the file', async (status, code, message) => {
    reply = { status, body: { code, message } };
    const response = await run(post(new File([CSV], 'members.csv')));
    expect(await formErrors(response)).toEqual([{ field: 'file', message }]);
  });

  it('sends someone whose session has ended to sign in, and refuses anyone not staff', async () => {
    reply = { status: 401, body: { code: 'UNAUTHENTICATED', message: 'Sign in' } };
    const ended = await outcome(post(new File([CSV], 'members.csv')));
    expect(ended.status).toBe(302);
    expect(ended.headers.get('Location')).toBe('/sign-in?returnTo=%2Fsecretariat%2Fimports');
    reply = { status: 403, body: { code: 'FORBIDDEN', message: 'No' } };
    expect((await outcome(post(new File([CSV], 'members.csv')))).status).toBe(403);
  });

  it('refuses a post from another site, and one without a session, before reading the file', async () => {
    const crossSite = await outcome(
      post(new File([CSV], 'members.csv'), { headers: { 'Sec-Fetch-Site': 'cross-site' } }),
    );
    expect(crossSite.status).toBe(403);
    const signedOut = await outcome(post(new File([CSV], 'members.csv'), { cookie: '' }));
    expect(signedOut.status).toBe(302);
    expect(signedOut.headers.get('Location')).toMatch(/^\/sign-in/);
    expect(uploads).toEqual([]);
  });

  it('refuses a post that is not a file upload form', async () => {
    const request = new Request('http://localhost/secretariat/imports', {
      method: 'POST',
      headers: {
        'Sec-Fetch-Site': 'same-origin',
        Cookie: signedIn,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: 'file=members.csv',
    });
    expect((await outcome(request)).status).toBe(400);
    expect(uploads).toEqual([]);
  });
});
