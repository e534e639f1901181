import { useLocation, useRouteLoaderData } from '@remix-run/react';
import { pageTitle } from './page-title';
import type { loader as rootLoader } from './root';

/** A problem with one field of a form: `field` is the id of the input, to link to. */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

/** The state of a form after a post that failed: its errors and the values to show again. */
export interface FormState {
  readonly errors: readonly FieldError[];
  readonly values: Readonly<Record<string, string>>;
}

const EMPTY: FormState = { errors: [], values: {} };

/** The message for a field, if it has an error. */
export function errorFor(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((error) => error.field === field)?.message;
}

/**
 * The errors and values of this page's form, carried here from its action by a redirect
 * (Post/Redirect/Get): the root loader reads them once, for the page they were posted from.
 */
export function useFormState(): FormState {
  const form = useRouteLoaderData<typeof rootLoader>('root')?.form;
  const { pathname } = useLocation();
  return form && form.path === pathname ? form : EMPTY;
}

/** Whether the root loader's data carries form errors for `pathname`, for the page title. */
export function hasFormErrors(rootData: unknown, pathname: string): boolean {
  const form = (rootData as { form?: { path: string; errors: readonly unknown[] } } | undefined)
    ?.form;
  return Boolean(form && form.path === pathname && form.errors.length);
}

/**
 * A form page's `<title>`: "Error: " first while the form shows errors, as GOV.UK asks, so that
 * screen reader users hear at once that the form was not accepted.
 */
export function formPageTitle(
  page: string,
  {
    matches,
    location,
  }: {
    readonly matches: readonly { readonly id: string; readonly data?: unknown }[];
    readonly location: { readonly pathname: string };
  },
): string {
  const root = matches.find((match) => match.id === 'root')?.data;
  return pageTitle(hasFormErrors(root, location.pathname) ? `Error: ${page}` : page);
}
