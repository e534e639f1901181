import type { BreadcrumbItem } from '@boards/web/ui-govuk';
import { SECRETARIAT_BREADCRUMBS } from './breadcrumbs';

/** The trail above the secretariat's meeting pages. */
export const MEETINGS_BREADCRUMBS: readonly BreadcrumbItem[] = [
  ...SECRETARIAT_BREADCRUMBS,
  { text: 'Meetings', href: '/secretariat/meetings' },
];

/** The secretariat's address of a meeting, and of the pages under it. */
export function meetingPath(id: string, ...rest: string[]): string {
  return ['/secretariat/meetings', encodeURIComponent(id), ...rest.map(encodeURIComponent)].join(
    '/',
  );
}
