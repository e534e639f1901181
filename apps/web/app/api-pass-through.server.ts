/**
 * An answer of the API (a file, a calendar) passed on to the browser as it comes, 200 with its
 * body or 304 without, with `X-Content-Type-Options: nosniff` and only the headers named: nothing
 * else of the API's (cookies, server details) passes. Null for any other status, whose meaning
 * the caller decides.
 */
export function passedOn(response: Response, names: readonly string[]): Response | null {
  if (response.status !== 200 && response.status !== 304) return null;
  const passed = new Headers({ 'X-Content-Type-Options': 'nosniff' });
  for (const name of names) {
    const value = response.headers.get(name);
    if (value) passed.set(name, value);
  }
  return new Response(response.status === 304 ? null : response.body, {
    status: response.status,
    headers: passed,
  });
}
