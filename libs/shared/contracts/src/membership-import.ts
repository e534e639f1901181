import { MEMBERSHIP_ROLE_LABELS, MEMBERSHIP_ROLES, type MembershipRole } from './person';

/**
 * Importing memberships from a CSV file: the columns, the limits and the readings of a cell that
 * the API and the web app (which documents the format) share.
 */

/** The columns of an import file, in the template's order. */
export const MEMBERSHIP_IMPORT_COLUMNS = [
  'email',
  'body',
  'role',
  'starts_on',
  'ends_on',
  'cross_seat_from',
] as const;
export type MembershipImportColumn = (typeof MEMBERSHIP_IMPORT_COLUMNS)[number];

/** Columns a file must have; the others may be left out of the first line altogether. */
export const REQUIRED_IMPORT_COLUMNS: readonly MembershipImportColumn[] = [
  'email',
  'body',
  'role',
  'starts_on',
];

export const MEMBERSHIP_IMPORT_LIMITS = {
  /** Largest file accepted, in bytes. */
  maxBytes: 10 * 1024 * 1024,
  /** Most memberships in one file (lines under the column names, blank lines not counted). */
  maxRows: 20_000,
} as const;

/** "10 MB", for messages. */
export const MEMBERSHIP_IMPORT_MAX_SIZE_TEXT = `${MEMBERSHIP_IMPORT_LIMITS.maxBytes / 1024 / 1024} MB`;

/**
 * VALIDATING: the file is being read and every line checked; CHECKED: every line passed, and the
 * import waits for the secretariat to confirm or discard what it will do; DONE: confirmed and
 * recorded; FAILED: nothing recorded (a line was refused, or the data changed before it was
 * confirmed); DISCARDED: the secretariat chose not to import it. IMPORTING is kept for imports
 * recorded before checking and importing were separate steps.
 */
export const MEMBERSHIP_IMPORT_STATUSES = [
  'VALIDATING',
  'IMPORTING',
  'CHECKED',
  'DONE',
  'FAILED',
  'DISCARDED',
] as const;
export type MembershipImportStatus = (typeof MEMBERSHIP_IMPORT_STATUSES)[number];

/** A file to start from: the column names and two example lines (a board seat, then a cross-seat resting on it). */
export const MEMBERSHIP_IMPORT_TEMPLATE =
  `${MEMBERSHIP_IMPORT_COLUMNS.join(',')}\r\n` +
  'amara.okafor@example.org,experts-by-experience-board,MEMBER,2025-04-01,,\r\n' +
  'amara.okafor@example.org,evidence-group,MEMBER,2025-04-01,2027-03-31,experts-by-experience-board\r\n';

const roleKey = (text: string) =>
  text
    .trim()
    .toUpperCase()
    .replace(/[\s_-]+/g, '_');

const ROLE_BY_KEY = new Map<string, MembershipRole>([
  ...MEMBERSHIP_ROLES.map((role) => [roleKey(role), role] as const),
  ...MEMBERSHIP_ROLES.map((role) => [roleKey(MEMBERSHIP_ROLE_LABELS[role]), role] as const),
]);

/**
 * A role as written in a file: its code (VICE_CHAIR) or its label (Vice-chair), in any case, with
 * spaces, hyphens and underscores alike; null when it is neither.
 */
export function readImportRole(text: string): MembershipRole | null {
  return ROLE_BY_KEY.get(roleKey(text)) ?? null;
}

function isoIfReal(year: number, month: number, day: number): string | null {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const time = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * A date as written in a file, as `YYYY-MM-DD`: either that form, or day/month/year (`1/4/2025`,
 * `01/04/2025`), the form a spreadsheet set to UK dates saves. Null when it is neither, or not a
 * real day (2025-02-29).
 */
export function readImportDate(text: string): string | null {
  const value = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (iso) return isoIfReal(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value);
  if (uk) return isoIfReal(Number(uk[3]), Number(uk[2]), Number(uk[1]));
  return null;
}
