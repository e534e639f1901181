import { isOpenDataFile } from '@boards/shared/contracts';
import type { LoaderFunctionArgs } from '@remix-run/node';
import { config } from './config.server';
import { passedOn } from './api-pass-through.server';

/** The API's headers that go on to the browser with an open-data file. */
const PASSED_HEADERS = [
  'Content-Type',
  'Content-Length',
  'Content-Disposition',
  'Cache-Control',
  'ETag',
  'Access-Control-Allow-Origin',
] as const;

/** Where the API serves an open-data file. */
export function openDataEndpoint(file: string, apiUrl: string = config.API_URL): string {
  return new URL(`/open-data/${encodeURIComponent(file)}`, apiUrl).toString();
}

/**
 * An open-data file, at the same address on the web app as on the API (`/open-data/{file}`), so
 * that the Open data page's links work wherever the API itself is not reachable. The file passes
 * through as the API sends it (200, or 304 when the browser's `If-None-Match` still matches),
 * with only the headers above; no session is sent, since the files are the same for everyone.
 * A name that is not one of the files is 404.
 */
export async function openDataFileResponse({
  params,
  request,
}: Pick<LoaderFunctionArgs, 'params' | 'request'>): Promise<Response> {
  const file = params['file'];
  if (!isOpenDataFile(file)) {
    return new Response('There is no such file.\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const headers: Record<string, string> = { 'accept-encoding': 'identity' };
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch) headers['if-none-match'] = ifNoneMatch;
  let response: Response;
  try {
    response = await fetch(openDataEndpoint(file), { headers, signal: request.signal });
  } catch (cause) {
    if (request.signal.aborted) return new Response(null, { status: 400 });
    console.error('The API could not be reached for an open-data file:', cause);
    return unavailable();
  }
  const passed = passedOn(response, PASSED_HEADERS);
  if (passed) return passed;
  await response.body?.cancel();
  return unavailable();
}

function unavailable(): Response {
  return new Response('The file cannot be given right now. Try again later.\n', {
    status: 503,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
