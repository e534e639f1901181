import { redirect } from '@remix-run/node';
import type { RequestArgs } from '../api.server';
import { passedOn } from '../api-pass-through.server';
import { signInPath } from '../return-to';
import { destroySession, getSession } from '../session.server';
import { paperPath } from './paper-display';
import { paperFileEndpoint } from './paper-upload.server';

/**
 * The API's headers that go on to the browser with a paper's file: what it is, how long, the
 * name to save it under, how it may be cached, and that it must not be sniffed or run. Nothing
 * else (cookies, server details) passes.
 */
export const PASSED_HEADERS = [
  'Content-Type',
  'Content-Length',
  'Content-Disposition',
  'Cache-Control',
  'X-Content-Type-Options',
  'ETag',
  'Content-Security-Policy',
] as const;

/** Headers of the browser's request that the API's answer depends on. */
const FORWARDED_REQUEST_HEADERS = ['If-None-Match'] as const;

const NOT_CACHED = { 'Cache-Control': 'private, no-store' };

/**
 * A paper's file for the one asking, streamed from the API's `GET /papers/{id}/file` with their
 * session token: the API alone decides who may open it. The file passes through as it comes,
 * with its status (200, or 304 for a public paper the browser already has) and the headers in
 * PASSED_HEADERS. The API's refusals are never shown as they are:
 *
 * - 401 (nobody signed in, or a session that has ended): sign in, then come back to the
 *   paper's page (its content note first, then the link), not straight to a download;
 * - 403 and 404: the paper's page, which asks the API about the paper and shows the GOV.UK
 *   permission or not-found page with that status (or, for a paper without a file yet, says so).
 *   A resource route cannot render a page itself.
 */
export async function paperFileResponse(args: RequestArgs, paperId: string): Promise<Response> {
  const { request } = args;
  const session = await getSession(request);
  const token = session.get('token');
  const headers: Record<string, string> = { 'accept-encoding': 'identity' };
  if (token) headers['authorization'] = `Bearer ${token}`;
  if (args.context?.clientAddress) headers['x-forwarded-for'] = args.context.clientAddress;
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers[name.toLowerCase()] = value;
  }

  let response: Response;
  try {
    response = await fetch(paperFileEndpoint(paperId), {
      headers,
      redirect: 'manual',
      signal: request.signal,
    });
  } catch (cause) {
    if (request.signal.aborted) return new Response(null, { status: 400 });
    console.error('The API could not be reached for a paper’s file:', cause);
    return serviceProblem(503);
  }

  const passed = passedOn(response, PASSED_HEADERS);
  if (passed) return passed;
  await response.body?.cancel();
  if (response.status === 401) {
    return redirect(signInPath(paperPath(paperId)), {
      headers: {
        ...NOT_CACHED,
        ...(token ? { 'Set-Cookie': await destroySession(session) } : {}),
      },
    });
  }
  if (response.status === 403 || response.status === 404) {
    return redirect(paperPath(paperId), { headers: NOT_CACHED });
  }
  console.error(`The API answered a paper’s file with ${response.status}`);
  return serviceProblem(502);
}

/** A plain answer when the API fails: a resource route has no page to show. */
function serviceProblem(status: number): Response {
  return new Response('Sorry, there is a problem with the service. Try again later.\n', {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...NOT_CACHED },
  });
}
