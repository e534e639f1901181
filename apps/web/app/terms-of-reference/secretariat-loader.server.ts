import { bodySlugSchema } from '@boards/shared/contracts';
import { SecretariatBodyTermsOfReferenceDocument } from '@boards/web/api-client';
import { apiRequest, type RequestArgs } from '../api.server';
import { requireSignedIn } from '../auth.server';

/**
 * A body's terms of reference as the secretariat works on them: the version in force, the
 * history and the draft, with the API's day (`today`). The API refuses them (FORBIDDEN, the 403 page) to anyone but staff; an
 * unknown body is a 404.
 */
export async function loadSecretariatTermsOfReference(
  args: RequestArgs & { readonly params: Readonly<Record<string, string | undefined>> },
) {
  await requireSignedIn(args.request);
  const slug = bodySlugSchema.safeParse(args.params['slug']);
  if (!slug.success) throw new Response(null, { status: 404 });
  const { body, today } = await apiRequest(args, SecretariatBodyTermsOfReferenceDocument, {
    slug: slug.data,
  });
  if (!body) throw new Response(null, { status: 404 });
  return { body, today };
}
