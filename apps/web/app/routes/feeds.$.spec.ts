import { signedInCookie } from '../testing/stand-in-api';
import { standInUpstream } from '../testing/stand-in-upstream';

type Loader = typeof import('./feeds.$').loader;

const MEETING = '5b0c1d2e-3f40-4a5b-8c6d-7e8f9a0b1c2d';
const CALENDAR = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR';

describe('calendar feeds on the web app', () => {
  let loader: Loader;
  let signedIn: string;
  const upstream = standInUpstream();

  beforeAll(async () => {
    ({ loader } = await import('./feeds.$'));
    signedIn = await signedInCookie('member-token');
  });

  beforeEach(() => {
    upstream.reply = {
      status: 200,
      headers: {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Cache-Control': 'public, max-age=300',
        ETag: '"abc"',
        'Set-Cookie': 'boards_session=api; HttpOnly',
        'X-Powered-By': 'Express',
      },
      body: CALENDAR,
    };
  });

  function get(path: string, headers: Record<string, string> = {}) {
    const request = new Request(`http://localhost/feeds/${path}`, { headers });
    return loader({ request, params: { '*': path }, context: {} });
  }

  it('passes a body’s feed on from the API, with only the calendar’s headers, asking as nobody', async () => {
    const response = await get('bodies/evidence-group.ics', { Cookie: signedIn });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(CALENDAR);
    expect(Object.fromEntries(response.headers)).toEqual({
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': 'public, max-age=300',
      etag: '"abc"',
      'x-content-type-options': 'nosniff',
    });
    expect(upstream.requests[0]?.url).toBe('/feeds/bodies/evidence-group.ics');
    expect(upstream.requests[0]?.headers['authorization']).toBeUndefined();
  });

  it('asks for one meeting as the person signed in, so that its members get the online link', async () => {
    await get(`meetings/${MEETING}.ics`, { Cookie: signedIn });
    expect(upstream.requests[0]?.url).toBe(`/feeds/meetings/${MEETING}.ics`);
    expect(upstream.requests[0]?.headers['authorization']).toBe('Bearer member-token');
  });

  it('passes If-None-Match on and a 304 back', async () => {
    upstream.reply = {
      status: 304,
      headers: { ETag: '"abc"', 'Cache-Control': 'private, no-cache' },
    };
    const response = await get('members/AbCdEf_-123.ics', { 'If-None-Match': '"abc"' });
    expect(upstream.requests[0]?.headers['if-none-match']).toBe('"abc"');
    expect(response.status).toBe(304);
    expect(response.headers.get('etag')).toBe('"abc"');
    expect(await response.text()).toBe('');
  });

  it.each([['bodies/evidence-group'], ['people/someone.ics'], ['bodies/../x.ics']])(
    '%p: not found, without asking the API',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(404);
      expect(upstream.requests).toEqual([]);
    },
  );

  it('says not found when the API has no such calendar (a revoked address included)', async () => {
    upstream.reply = { status: 404, headers: { 'Content-Type': 'application/json' }, body: '{}' };
    const response = await get('members/AbCdEf_-123.ics');
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.text()).toBe('There is no such calendar.\n');
  });

  it('answers 502 when the API fails', async () => {
    upstream.reply = { status: 500, headers: {}, body: 'oops' };
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await get('meetings.ics')).status).toBe(502);
  });
});
