import { standInUpstream } from '../testing/stand-in-upstream';

type Loader = typeof import('./papers.$id.file').loader;

const PAPER = '5b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d';
const PDF = Buffer.from('%PDF-1.4\n%%EOF\n');

describe('a paper’s file', () => {
  let loader: Loader;
  let signedIn: string;
  const upstream = standInUpstream();

  beforeAll(async () => {
    ({ loader } = await import('./papers.$id.file'));
    const { sessionStorage } = await import('../session.server');
    const session = await sessionStorage.getSession();
    session.set('token', 'member-token');
    signedIn = (await sessionStorage.commitSession(session)).split(';')[0] ?? '';
  });

  beforeEach(() => {
    upstream.reply = {
      status: 200,
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Length': String(PDF.length),
        'Content-Disposition': 'attachment; filename="stories.pdf"; filename*=UTF-8\'\'stories.pdf',
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Set-Cookie': 'boards_session=api; HttpOnly',
        'X-Powered-By': 'Express',
      },
      body: PDF,
    };
  });

  function get(id: string, headers: Record<string, string> = {}) {
    const request = new Request(`http://localhost/papers/${id}/file`, { headers });
    return loader({ request, params: { id }, context: { clientAddress: '203.0.113.9' } }).catch(
      (thrown: unknown) => thrown as Response,
    );
  }

  it('streams the file from the API as the person, with its status and only the safe headers', async () => {
    const response = await get(PAPER, { Cookie: signedIn });
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(PDF);
    expect(Object.fromEntries(response.headers)).toEqual({
      'content-type': 'application/pdf',
      'content-length': String(PDF.length),
      'content-disposition': 'attachment; filename="stories.pdf"; filename*=UTF-8\'\'stories.pdf',
      'cache-control': 'private, no-store',
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; sandbox",
    });
    expect(upstream.requests[0]?.method).toBe('GET');
    expect(upstream.requests[0]?.url).toBe(`/papers/${PAPER}/file`);
    expect(upstream.requests[0]?.headers['authorization']).toBe('Bearer member-token');
    expect(upstream.requests[0]?.headers['x-forwarded-for']).toBe('203.0.113.9');
  });

  it('asks as nobody without a session, and passes a public paper’s ETag and 304 through', async () => {
    upstream.reply = {
      status: 304,
      headers: { ETag: '"abc"', 'Cache-Control': 'public, no-cache' },
    };
    const response = await get(PAPER, { 'If-None-Match': '"abc"' });
    expect(response.status).toBe(304);
    expect(response.headers.get('ETag')).toBe('"abc"');
    expect(response.headers.get('Cache-Control')).toBe('public, no-cache');
    expect(upstream.requests[0]?.headers['authorization']).toBeUndefined();
    expect(upstream.requests[0]?.headers['if-none-match']).toBe('"abc"');
  });

  it('sends nobody signed in to sign in, to come back to the paper’s page', async () => {
    upstream.reply = { status: 401, headers: { 'Content-Type': 'application/json' }, body: '{}' };
    const response = await get(PAPER);
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe(
      `/sign-in?returnTo=${encodeURIComponent(`/papers/${PAPER}`)}`,
    );
    expect(response.headers.get('Set-Cookie')).toBeNull();
  });

  it('forgets a session the API no longer knows', async () => {
    upstream.reply = { status: 401, headers: { 'Content-Type': 'application/json' }, body: '{}' };
    const response = await get(PAPER, { Cookie: signedIn });
    expect(response.status).toBe(302);
    expect(response.headers.get('Set-Cookie')).toMatch(/^boards_session=;/);
  });

  it.each([403, 404])('shows the paper’s page for a %i, never the API’s answer', async (status) => {
    upstream.reply = {
      status,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ code: 'FORBIDDEN', message: 'Only members…' }),
    };
    const response = await get(PAPER, { Cookie: signedIn });
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe(`/papers/${PAPER}`);
    expect(await response.text()).toBe('');
  });

  it('does not ask the API about an address that cannot be a paper’s', async () => {
    const response = await get('not-a-paper');
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe('/papers/not-a-paper');
    expect(upstream.requests).toEqual([]);
  });

  it('says there is a problem when the API fails, without its details', async () => {
    upstream.reply = {
      status: 500,
      headers: { 'Content-Type': 'application/json' },
      body: '{"x":1}',
    };
    const response = await get(PAPER, { Cookie: signedIn });
    expect(response.status).toBe(502);
    expect(await response.text()).toMatch(/^Sorry, there is a problem with the service/);
  });
});
