/** The heading and title of the GOV.UK permission page (a 403). */
export const FORBIDDEN_TITLE = 'You do not have permission to see this page';
