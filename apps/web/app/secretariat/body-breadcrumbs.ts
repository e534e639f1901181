import type { BreadcrumbItem } from '@boards/web/ui-govuk';
import { SECRETARIAT_BREADCRUMBS } from './breadcrumbs';

/** The trail above the secretariat's pages about bodies and their memberships. */
export const BODIES_BREADCRUMBS: readonly BreadcrumbItem[] = [
  ...SECRETARIAT_BREADCRUMBS,
  { text: 'Bodies', href: '/secretariat/bodies' },
];

/** The trail above the cross-seating rules' pages. */
export const CROSS_SEATING_BREADCRUMBS: readonly BreadcrumbItem[] = [
  ...SECRETARIAT_BREADCRUMBS,
  { text: 'Cross-seating', href: '/secretariat/cross-seating' },
];

/** The secretariat's address of a body's page, and of the pages under it. */
export function bodyPath(slug: string, ...rest: string[]): string {
  return ['/secretariat/bodies', encodeURIComponent(slug), ...rest.map(encodeURIComponent)].join(
    '/',
  );
}
