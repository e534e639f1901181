import type { RequestArgs } from '../api.server';
import { passedOn } from '../api-pass-through.server';
import { config } from '../config.server';
import { getSession } from '../session.server';

/** The API's headers that go on to the calendar app with a feed. Nothing else passes. */
export const PASSED_FEED_HEADERS = [
  'Content-Type',
  'Content-Disposition',
  'Cache-Control',
  'ETag',
  'Vary',
  'Referrer-Policy',
  'X-Robots-Tag',
] as const;

const NOT_CACHED = { 'Cache-Control': 'no-store' };

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...NOT_CACHED },
  });

/**
 * A calendar feed from the API's feed of the same path, with its status (200, or 304 when the
 * calendar app already has it) and the headers in PASSED_FEED_HEADERS. `asViewer` sends the
 * person's session, so that one meeting's file carries what they may see of it (the online link
 * for its members). A feed that does not exist is a plain 404.
 */
export async function calendarFeedResponse(
  args: RequestArgs,
  path: string,
  { asViewer }: { asViewer: boolean },
  apiUrl: string = config.API_URL,
): Promise<Response> {
  const { request } = args;
  const headers: Record<string, string> = {};
  const ifNoneMatch = request.headers.get('If-None-Match');
  if (ifNoneMatch) headers['if-none-match'] = ifNoneMatch;
  if (asViewer) {
    const token = (await getSession(request)).get('token');
    if (token) headers['authorization'] = `Bearer ${token}`;
  }
  let response: Response;
  try {
    response = await fetch(new URL(path, apiUrl), {
      headers,
      redirect: 'manual',
      signal: request.signal,
    });
  } catch (cause) {
    if (request.signal.aborted) return new Response(null, { status: 400 });
    console.error('The API could not be reached for a calendar:', cause);
    return plain(503, 'Sorry, there is a problem with the service. Try again later.');
  }
  const passed = passedOn(response, PASSED_FEED_HEADERS);
  if (passed) return passed;
  await response.body?.cancel();
  if (response.status === 404) return plain(404, 'There is no such calendar.');
  console.error(`The API answered a calendar with ${response.status}`);
  return plain(502, 'Sorry, there is a problem with the service. Try again later.');
}
