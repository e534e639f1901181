import type { ApiError } from '@boards/web/api-client';
import type { FieldError } from './form-state';

interface ErrorDetails {
  readonly field?: unknown;
  readonly fields?: unknown;
}

/**
 * An API error as errors against a form's fields, for the error summary and the fields. The API
 * names the input field that is wrong in `extensions.details.field` (and every one in
 * `details.fields`, field → message); `fieldIds` maps those names to the ids of the page's inputs.
 * An error that names no field, or a field the form does not have, goes against `fallbackField`.
 * Only call this for codes the form expects: their messages are written for people to read.
 */
export function fieldErrorsFromApi(
  error: ApiError,
  fieldIds: Readonly<Record<string, string>>,
  fallbackField: string,
): FieldError[] {
  const errors: FieldError[] = [];
  const add = (apiField: unknown, message: string) => {
    const field = (typeof apiField === 'string' && fieldIds[apiField]) || fallbackField;
    if (!errors.some((existing) => existing.field === field)) errors.push({ field, message });
  };
  for (const entry of error.errors) {
    const details = entry.extensions?.['details'] as ErrorDetails | undefined;
    const fields = details?.fields;
    if (fields && typeof fields === 'object') {
      for (const [apiField, message] of Object.entries(fields as Record<string, unknown>)) {
        if (typeof message === 'string') add(apiField, message);
      }
    } else {
      add(details?.field, entry.message);
    }
  }
  if (!errors.length) errors.push({ field: fallbackField, message: error.message });
  return errors;
}
