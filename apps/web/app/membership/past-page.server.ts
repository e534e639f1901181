import { redirect } from '@remix-run/node';
import { pastMembersHref } from './body-membership';

/** Past members shown a page at a time on a body's page. */
export const PAST_MEMBERS_PAGE_SIZE = 20;

/** What a cursor from the API looks like (base64url), and far longer than any of them. */
const CURSOR = /^[A-Za-z0-9_-]{1,200}$/;

/**
 * The cursor of the page of past members asked for (`?pastPage=`), or undefined for the first
 * page. One that cannot be a cursor (an edited address) sends the person to the first page.
 */
export function pastPageOf(request: Request, slug: string): string | undefined {
  const pastPage = new URL(request.url).searchParams.get('pastPage');
  if (!pastPage) return undefined;
  if (!CURSOR.test(pastPage)) throw redirect(pastMembersHref(slug));
  return pastPage;
}

/** The BodyPage operation's variables for that page. */
export function pastMembersVariables(pastPage: string | undefined) {
  return { pastFirst: PAST_MEMBERS_PAGE_SIZE, pastAfter: pastPage ?? null };
}
