import { Pagination } from '@boards/web/ui-govuk';

/**
 * Paging for a list read a page at a time with a cursor: "Next page" while there are more, and
 * "First page" once past the first (a cursor only reads forwards). Nothing when there is one page.
 */
export function ListPaging({ first, next }: { readonly first?: string; readonly next?: string }) {
  if (!first && !next) return null;
  return (
    <Pagination
      previous={first ? { href: first, text: 'First page' } : undefined}
      next={next ? { href: next, text: 'Next page' } : undefined}
    />
  );
}
