import { redirect } from '@remix-run/node';
import type { FieldError } from './form-state';
import { flashStorage, getFlash } from './session.server';

/** Values are shown again in the form; a cookie is small, so they are cut to this length. */
const MAX_VALUE_LENGTH = 500;

/**
 * Sends the person back to the form they posted, with its errors and the values to fill in
 * again (never passwords or codes), by a 303 redirect (Post/Redirect/Get): the page's title and
 * error summary are then rendered by a GET like any other page.
 */
export async function redirectWithErrors(
  request: Request,
  errors: readonly FieldError[],
  values: Readonly<Record<string, string>> = {},
): Promise<Response> {
  const url = new URL(request.url);
  const flash = await getFlash(request);
  flash.flash('form', {
    path: url.pathname,
    errors,
    values: Object.fromEntries(
      Object.entries(values).map(([name, value]) => [name, value.slice(0, MAX_VALUE_LENGTH)]),
    ),
  });
  return redirect(`${url.pathname}${url.search}`, {
    status: 303,
    headers: { 'Set-Cookie': await flashStorage.commitSession(flash) },
  });
}
