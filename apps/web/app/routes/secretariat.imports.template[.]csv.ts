import { MEMBERSHIP_IMPORT_TEMPLATE } from '@boards/shared/contracts';

/** A file to start from: the column names and two example lines. The same for everyone. */
export function loader() {
  return new Response(`\ufeff${MEMBERSHIP_IMPORT_TEMPLATE}`, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="memberships.csv"',
      'Cache-Control': 'public, max-age=3600',
    },
  });
}
