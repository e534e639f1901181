/**
 * The API's answer (200, or 304) passed on to the browser as it comes: its body (none for a
 * 304), its status, and only the headers named, with `X-Content-Type-Options: nosniff`. Nothing
 * else the API sent (cookies, server details) passes.
 */
export function passThrough(response: Response, headerNames: readonly string[]): Response {
  const passed = new Headers({ 'X-Content-Type-Options': 'nosniff' });
  for (const name of headerNames) {
    const value = response.headers.get(name);
    if (value) passed.set(name, value);
  }
  return new Response(response.status === 304 ? null : response.body, {
    status: response.status,
    headers: passed,
  });
}
