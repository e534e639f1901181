/** Longest cursor taken from a page's address; the API's are far shorter. */
const MAX_CURSOR_LENGTH = 200;

/** The `after` cursor in a page's query string, if it is a plausible one. */
export function cursorOf(query: URLSearchParams): string | undefined {
  const after = query.get('after');
  return after && after.length <= MAX_CURSOR_LENGTH ? after : undefined;
}

/**
 * The address of a list page with the same filters (`values`, blanks left out) and, for a later
 * page, the cursor to start after.
 */
export function pageHref(
  path: string,
  values: Readonly<Record<string, string | undefined>>,
  after?: string | null,
): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) query.set(name, value);
  if (after) query.set('after', after);
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
