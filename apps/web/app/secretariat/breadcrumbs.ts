import type { BreadcrumbItem } from '@boards/web/ui-govuk';

/** The trail above every secretariat page. */
export const SECRETARIAT_BREADCRUMBS: readonly BreadcrumbItem[] = [
  { text: 'Home', href: '/' },
  { text: 'Secretariat', href: '/secretariat' },
];

export const PEOPLE_BREADCRUMBS: readonly BreadcrumbItem[] = [
  ...SECRETARIAT_BREADCRUMBS,
  { text: 'People', href: '/secretariat/people' },
];
