import { OPEN_DATA_FILES } from '@boards/shared/contracts';
import { renderToStaticMarkup } from 'react-dom/server';
import { standInUpstream } from '../testing/stand-in-upstream';

type FileLoader = typeof import('./open-data.$file').loader;

const CSV = 'body,person,role,seat,cross_seat_from,start_date,end_date\r\n';

describe('the Open data page', () => {
  it('links to every file with its format, and states the Open Government Licence', async () => {
    const { default: OpenData } = await import('./open-data._index');
    const html = renderToStaticMarkup(<OpenData />);
    for (const entry of OPEN_DATA_FILES) {
      expect(html).toContain(`href="/open-data/${entry.file}"`);
      expect(html).toContain(`Format: ${entry.format}`);
    }
    expect(html.replace(/<[^>]+>/g, '')).toContain(
      'All content is available under the Open Government Licence v3.0, except where otherwise stated.',
    );
    expect(html).toContain(
      'href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"',
    );
  });
});

describe('an open-data file, through the web app', () => {
  let loader: FileLoader;
  const upstream = standInUpstream();

  beforeAll(async () => {
    ({ loader } = await import('./open-data.$file'));
  });

  beforeEach(() => {
    upstream.reply = {
      status: 200,
      headers: {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': 'attachment; filename="memberships.csv"',
        'Cache-Control': 'public, max-age=300',
        ETag: '"abc"',
        'Access-Control-Allow-Origin': '*',
        'Set-Cookie': 'boards_session=api; HttpOnly',
        'X-Powered-By': 'Express',
      },
      body: CSV,
    };
  });

  const get = (file: string, headers: Record<string, string> = {}) =>
    loader({
      request: new Request(`http://localhost/open-data/${file}`, { headers }),
      params: { file },
      context: {},
    });

  it('passes the file through with its type, name, caching, tag and CORS, and nothing else', async () => {
    const response = await get('memberships.csv', { Cookie: 'boards_session=mine' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(CSV);
    expect(Object.fromEntries(response.headers)).toEqual({
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="memberships.csv"',
      'cache-control': 'public, max-age=300',
      etag: '"abc"',
      'access-control-allow-origin': '*',
      'x-content-type-options': 'nosniff',
    });
    expect(upstream.requests[0]?.url).toBe('/open-data/memberships.csv');
    // The files are the same for everyone: no session goes to the API.
    expect(upstream.requests[0]?.headers['cookie']).toBeUndefined();
    expect(upstream.requests[0]?.headers['authorization']).toBeUndefined();
  });

  it('asks with the browser’s If-None-Match and passes a 304 on', async () => {
    upstream.reply = {
      status: 304,
      headers: { ETag: '"abc"', 'Cache-Control': 'public, max-age=300' },
    };
    const response = await get('popolo.json', { 'If-None-Match': '"abc"' });
    expect(response.status).toBe(304);
    expect(upstream.requests[0]?.headers['if-none-match']).toBe('"abc"');
    expect(response.headers.get('etag')).toBe('"abc"');
  });

  it.each(['people.json', 'popolo.json.bak', '..%2Fgraphql', ''])(
    'answers 404 for %j, which is not one of the files, without asking the API',
    async (file) => {
      const response = await get(file);
      expect(response.status).toBe(404);
      expect(upstream.requests).toEqual([]);
    },
  );

  it('answers 503 when the API fails', async () => {
    upstream.reply = { status: 500, headers: { 'Content-Type': 'application/json' }, body: '{}' };
    const response = await get('minutes.json');
    expect(response.status).toBe(503);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });
});
