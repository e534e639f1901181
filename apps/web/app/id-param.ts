import { isUuid } from '@boards/shared/contracts';

/** The `id` (or another named id) in a page's address, or a 404 for one that cannot be an id of the portal's. */
export function idParam(params: Readonly<Record<string, string | undefined>>, name = 'id'): string {
  const id = params[name];
  if (!isUuid(id)) throw new Response(null, { status: 404 });
  return id;
}
