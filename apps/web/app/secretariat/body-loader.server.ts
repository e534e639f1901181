import { bodySlugSchema } from '@boards/shared/contracts';
import { SecretariatBodyDocument } from '@boards/web/api-client';
import { apiRequest, type RequestArgs } from '../api.server';

/** The slug in a page's address, or a 404 for one that cannot be a body's. */
export function slugParam(params: Readonly<Record<string, string | undefined>>): string {
  const slug = bodySlugSchema.safeParse(params['slug']);
  if (!slug.success) throw new Response(null, { status: 404 });
  return slug.data;
}

/** The body a secretariat page is about, as staff see it; a 404 when there is none. */
export async function loadBody(
  args: RequestArgs & { readonly params: Readonly<Record<string, string | undefined>> },
) {
  const { body } = await apiRequest(args, SecretariatBodyDocument, {
    slug: slugParam(args.params),
  });
  if (!body) throw new Response(null, { status: 404 });
  return body;
}
