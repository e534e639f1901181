import type { ApiError } from '@boards/web/api-client';

/** The input field the API's first error names (`extensions.details.field`), if any. */
export function apiErrorField(error: ApiError): string | undefined {
  const details = error.errors[0]?.extensions?.['details'] as { field?: unknown } | undefined;
  return typeof details?.field === 'string' ? details.field : undefined;
}
