import { redirect } from '@remix-run/node';
import type { FieldError } from '../form-state';
import { flashStorage, getFlash } from '../session.server';

const MAX_VALUE_LENGTH = 500;

/**
 * Goes on to the page at `to` (a path of this site) with a form's values, and any errors, for
 * that page alone: the second step of a form (a confirmation page) gets what the first step
 * posted without putting it in the address, where private reasons would end up in logs.
 */
export async function redirectWithValues(
  request: Request,
  to: string,
  values: Readonly<Record<string, string>>,
  errors: readonly FieldError[] = [],
): Promise<Response> {
  const flash = await getFlash(request);
  flash.flash('form', {
    path: new URL(to, request.url).pathname,
    errors,
    values: Object.fromEntries(
      Object.entries(values).map(([name, value]) => [name, value.slice(0, MAX_VALUE_LENGTH)]),
    ),
  });
  return redirect(to, {
    status: 303,
    headers: { 'Set-Cookie': await flashStorage.commitSession(flash) },
  });
}

/**
 * The values carried to this page by `redirectWithValues`, read in its loader (the root loader
 * removes them once shown); null when there are none for this page, such as after a reload.
 */
export async function flashedValues(
  request: Request,
): Promise<Readonly<Record<string, string>> | null> {
  const form = (await getFlash(request)).get('form');
  return form && form.path === new URL(request.url).pathname ? form.values : null;
}
