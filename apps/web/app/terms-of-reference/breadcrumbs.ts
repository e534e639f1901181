import type { BreadcrumbItem } from '@boards/web/ui-govuk';
import { SECRETARIAT_BREADCRUMBS } from '../secretariat/breadcrumbs';

/** The trail above the secretariat's terms of reference pages. */
export const TERMS_OF_REFERENCE_BREADCRUMBS: readonly BreadcrumbItem[] = [
  ...SECRETARIAT_BREADCRUMBS,
  { text: 'Terms of reference', href: '/secretariat/terms-of-reference' },
];
