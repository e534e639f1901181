import type { MembershipImportStatus } from '@boards/web/api-client';
import type { TagColour } from '@boards/web/ui-govuk';
import { MEMBERSHIP_ROLE_LABELS, MEMBERSHIP_ROLES } from '@boards/shared/contracts';

/** The name (and id) of the upload form's file input. */
export const FILE_FIELD = 'file';

/** An import's status in words, and the GOV.UK tag colour to show it in. */
export const IMPORT_STATUS: Record<
  MembershipImportStatus,
  { readonly label: string; readonly colour?: TagColour }
> = {
  VALIDATING: { label: 'Checking', colour: 'yellow' },
  IMPORTING: { label: 'Checking', colour: 'yellow' },
  CHECKED: { label: 'Waiting for you to confirm', colour: 'teal' },
  DONE: { label: 'Imported', colour: 'green' },
  FAILED: { label: 'Not imported', colour: 'red' },
  DISCARDED: { label: 'Discarded', colour: 'grey' },
};

export function isRunning(status: MembershipImportStatus): boolean {
  return status === 'VALIDATING' || status === 'IMPORTING';
}

const number = (value: number) => value.toLocaleString('en-GB');
const plural = (count: number, one: string, many: string) =>
  `${number(count)} ${count === 1 ? one : many}`;

/** "Checked 1,200 of 5,000 lines", or what is happening before the lines are counted. */
export function progressText(state: {
  readonly status: MembershipImportStatus;
  readonly totalRows: number;
  readonly processedRows: number;
}): string {
  if (state.totalRows === 0) return 'Reading the file';
  return `Checked ${number(state.processedRows)} of ${plural(state.totalRows, 'line', 'lines')}`;
}

/** "Line 7, column role: ‘Boss’ is not a role…": one problem as the error summary lists it. */
export function problemText(problem: {
  readonly line: number;
  readonly field?: string | null;
  readonly message: string;
}): string {
  const where = problem.field
    ? `Line ${number(problem.line)}, column ${problem.field}`
    : `Line ${number(problem.line)}`;
  return `${where}: ${problem.message}`;
}

/**
 * What a checked import will record, counted: "3 memberships for 2 people: 2 ordinary seats and
 * 1 cross-seat".
 */
export function planCounts(plan: readonly { readonly crossSeatFrom?: string | null }[]): {
  readonly memberships: number;
  readonly ordinary: number;
  readonly crossSeats: number;
} {
  const crossSeats = plan.filter((item) => item.crossSeatFrom).length;
  return { memberships: plan.length, ordinary: plan.length - crossSeats, crossSeats };
}

/** How many lines have problems, from the problems themselves (a line may have several). */
export function linesWithProblems(problems: readonly { readonly line: number }[]): number {
  return new Set(problems.map((problem) => problem.line)).size;
}

/** The file's columns, for the upload page: what to put in each. */
export const IMPORT_COLUMN_HELP: readonly {
  readonly column: string;
  readonly required: boolean;
  readonly help: string;
}[] = [
  {
    column: 'email',
    required: true,
    help: 'The person’s email address, as recorded in the portal. Add new people first.',
  },
  {
    column: 'body',
    required: true,
    help: 'The body’s short name, as in its web address (listed below).',
  },
  {
    column: 'role',
    required: true,
    help: `One of ${MEMBERSHIP_ROLES.map((role) => MEMBERSHIP_ROLE_LABELS[role]).join(', ')} (or ${MEMBERSHIP_ROLES.join(', ')}).`,
  },
  {
    column: 'starts_on',
    required: true,
    help: 'The first day of the membership, as 2025-04-01 or 01/04/2025.',
  },
  {
    column: 'ends_on',
    required: false,
    help: 'The last day of the membership. Leave it empty if it has no end date.',
  },
  {
    column: 'cross_seat_from',
    required: false,
    help: 'For a cross-seat, the short name of the body whose membership it rests on (that membership may be in the same file). Leave it empty for an ordinary seat.',
  },
];
