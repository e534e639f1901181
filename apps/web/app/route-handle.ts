import type { BreadcrumbItem } from '@boards/web/ui-govuk';

/** What a route module may export as `handle` for the layout in root.tsx. */
export interface RouteHandle {
  /** Shown as GOV.UK breadcrumbs above the page's `<main>`. */
  readonly breadcrumbs?: readonly BreadcrumbItem[];
}
