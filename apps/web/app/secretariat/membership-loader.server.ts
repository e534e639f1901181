import { idParam } from '../id-param';
import { SecretariatMembershipDocument } from '@boards/web/api-client';
import { redirect } from '@remix-run/node';
import { apiRequest, type RequestArgs } from '../api.server';
import { bodyPath } from './body-breadcrumbs';
import { slugParam } from './body-loader.server';

/**
 * The membership a page is about (staff only: the API refuses it to anyone else). A 404 when
 * there is none; an address naming the wrong body goes to the right one (`rest` is the rest of
 * the page's address, such as "end").
 */
export async function loadMembership(
  args: RequestArgs & { readonly params: Readonly<Record<string, string | undefined>> },
  ...rest: string[]
) {
  const slug = slugParam(args.params);
  const id = idParam(args.params);
  const { membership } = await apiRequest(args, SecretariatMembershipDocument, { id });
  if (!membership) throw new Response(null, { status: 404 });
  if (membership.body.slug !== slug) {
    throw redirect(bodyPath(membership.body.slug, 'members', membership.id, ...rest));
  }
  return membership;
}

export type LoadedMembership = Awaited<ReturnType<typeof loadMembership>>;
