/** Where people go after signing in when no (acceptable) page is asked for. */
export const DEFAULT_RETURN_TO = '/account';

const MAX_RETURN_TO_LENGTH = 2_000;

/** Pages that make no sense to come back to after signing in. */
const NOT_RETURNABLE = ['/sign-in', '/sign-out'];

/**
 * A page to go to after signing in, only if it is a path on this site: "/account?tab=1" is kept;
 * absolute URLs, protocol-relative ("//evil.example"), backslash tricks ("/\evil.example"), control
 * characters and anything that would leave the site give the fallback. The result is rebuilt from
 * the parsed path, query and fragment, so what is returned is exactly what was checked.
 */
export function safeReturnTo(value: unknown, fallback = DEFAULT_RETURN_TO): string {
  if (typeof value !== 'string' || !value || value.length > MAX_RETURN_TO_LENGTH) return fallback;
  // One leading slash, then not another slash or a backslash (browsers read "\" as "/").
  if (!/^\/(?![/\\])/.test(value)) return fallback;
  // eslint-disable-next-line no-control-regex -- control characters and backslashes are refused
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  const base = 'http://portal.invalid';
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base) return fallback;
  if (NOT_RETURNABLE.some((path) => url.pathname === path || url.pathname.startsWith(`${path}/`))) {
    return fallback;
  }
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The sign-in page, asked to come back to `returnTo` afterwards. */
export function signInPath(returnTo?: string): string {
  const safe = returnTo === undefined ? undefined : safeReturnTo(returnTo, '');
  return safe ? `/sign-in?${new URLSearchParams({ returnTo: safe })}` : '/sign-in';
}

/** The path and query of a request, as a place to come back to. */
export function requestPath(request: Request): string {
  const url = new URL(request.url);
  return `${url.pathname}${url.search}`;
}
