export const SERVICE_NAME = 'Boards portal';

/** A page's `<title>`: "Page – Boards portal", as GOV.UK services write it. */
export function pageTitle(page?: string): string {
  return page ? `${page} – ${SERVICE_NAME}` : SERVICE_NAME;
}
