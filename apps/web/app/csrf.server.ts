/**
 * Cross-site request forgery defence for every form post, in two layers:
 *
 * 1. The session cookie is SameSite=Lax (session.server.ts), so a form or script on another site
 *    that posts here does not carry it: the post is made signed out.
 * 2. Every action reads its form through `readForm`, which refuses (403) a post that the browser
 *    says came from another site: `Sec-Fetch-Site` must be `same-origin` (or `none`, a request
 *    the person made themselves); browsers without Fetch Metadata are checked on `Origin`, which
 *    must name this host. A request with neither header is not from a browser page that another
 *    site controls (every browser that sends cookies cross-site sends one of them) and is let
 *    through, to be judged by layer 1.
 *
 * This is chosen over a token in every form: the pages stay plain HTML forms that work without
 * JavaScript and without server-side state, and the check cannot be forgotten on a new form
 * because actions have no other way to read the posted fields.
 */

const ALLOWED_FETCH_SITES = new Set(['same-origin', 'none']);

/** Forms are small: anything bigger is refused before it is read. */
export const MAX_FORM_BYTES = 64 * 1024;

function forbidden(): Response {
  return new Response(null, { status: 403 });
}

/** Throws a 403 response unless the request comes from a page of this site. */
export function assertSameOrigin(request: Request): void {
  const fetchSite = request.headers.get('Sec-Fetch-Site');
  if (fetchSite !== null) {
    if (!ALLOWED_FETCH_SITES.has(fetchSite)) throw forbidden();
    return;
  }
  const origin = request.headers.get('Origin');
  if (origin === null) return;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw forbidden(); // including "null", sent from sandboxed and privacy-sensitive contexts
  }
  // The host, not the scheme: a proxy in front may end TLS and forward plain HTTP.
  if (originHost !== new URL(request.url).host) throw forbidden();
}

/**
 * The posted form of an action, once the request is known to come from this site. A form with
 * long text (terms of reference) may allow more than MAX_FORM_BYTES.
 */
export async function readForm(
  request: Request,
  { maxBytes = MAX_FORM_BYTES }: { readonly maxBytes?: number } = {},
): Promise<FormData> {
  assertSameOrigin(request);
  const length = Number(request.headers.get('Content-Length') ?? 0);
  if (length > maxBytes) throw new Response(null, { status: 413 });
  try {
    return await request.formData();
  } catch {
    throw new Response(null, { status: 400 });
  }
}

/** A posted field as a string; missing or a file gives ''. */
export function formString(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}
