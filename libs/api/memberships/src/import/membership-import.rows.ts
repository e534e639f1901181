/**
 * The first phase of a membership import, as pure functions: reading the file (UTF-8, CSV, the
 * column names on line 1) and checking every line on its own (each cell, the person and bodies
 * it names, and overlaps with other lines of the same file). Every problem is kept, with its
 * line, so that the secretariat can put the whole file right at once.
 */
import { termsOverlap } from '@boards/domain';
import {
  EMAIL,
  MEMBERSHIP_IMPORT_COLUMNS,
  MEMBERSHIP_IMPORT_LIMITS,
  MEMBERSHIP_ROLE_LABELS,
  MEMBERSHIP_ROLES,
  readImportDate,
  readImportRole,
  REQUIRED_IMPORT_COLUMNS,
  type Appointment,
  type ErrorCode,
  type MembershipImportColumn,
} from '@boards/shared/contracts';
import { parseCsv, type CsvRecord } from './csv.parser';

/** One problem with the file, on a line (1 is the column names), about a column when it is one cell's. */
export interface ImportProblem {
  readonly line: number;
  readonly field: MembershipImportColumn | null;
  readonly code: ErrorCode;
  readonly message: string;
}

/** A line's cells, by column; a column the file does not have reads as empty. */
export type ImportCells = { readonly line: number } & Readonly<
  Record<MembershipImportColumn, string>
>;

/**
 * What reading the file gave: its lines of memberships, with the lines that could not be read
 * (a value too many, a quote not closed); or why nothing in it can be checked.
 */
export type ImportFile =
  | { readonly ok: true; readonly rows: ImportCells[]; readonly problems: ImportProblem[] }
  | {
      readonly ok: false;
      /** Why nothing in the file could be checked, when it is not one line's fault. */
      readonly failure: string | null;
      readonly problems: ImportProblem[];
    };

export interface ImportBody {
  readonly id: string;
  readonly slug: string;
  readonly name: string;
}

/** What the database knows that the lines name: people by email (lower case) and bodies by slug. */
export interface ImportLookups {
  readonly personIdByEmail: ReadonlyMap<string, string>;
  readonly bodyBySlug: ReadonlyMap<string, ImportBody>;
}

/** A line that passed every check of its own, as the appointment it asks for. */
export interface ImportRow {
  readonly line: number;
  readonly appointment: Appointment;
}

const problem = (
  line: number,
  field: MembershipImportColumn | null,
  message: string,
  code: ErrorCode = 'BAD_USER_INPUT',
): ImportProblem => ({ line, field, code, message });

/** A value from the file, shortened and quoted for a message. */
export function quoted(value: string): string {
  const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return `‘${shown}’`;
}

const lineBreaks = /\r\n|\r|\n/g;

/** The lines (1-based) of `text` that hold U+FFFD, the character a decoder puts for bytes that are not UTF-8. */
function linesWithReplacementCharacters(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let from = 0;
  for (const match of text.matchAll(lineBreaks)) {
    if (text.slice(from, match.index).includes('\ufffd')) lines.push(line);
    from = (match.index ?? 0) + match[0].length;
    line += 1;
  }
  if (text.slice(from).includes('\ufffd')) lines.push(line);
  return lines;
}

/**
 * The text of the file when it is UTF-8 (a spreadsheet's "CSV UTF-8"); otherwise a problem on
 * every line with bytes that are not, since a name or address read wrongly would be imported wrongly.
 */
export function decodeImportFile(
  bytes: Uint8Array,
): { text: string } | { problems: ImportProblem[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const text = new TextDecoder('utf-8').decode(bytes);
    return {
      problems: linesWithReplacementCharacters(text).map((line) =>
        problem(
          line,
          null,
          'This line has characters that are not UTF-8 text. Save the file as ‘CSV UTF-8’ and upload it again',
        ),
      ),
    };
  }
}

const COLUMN_LIST = MEMBERSHIP_IMPORT_COLUMNS.join(', ');

/** Where each column is on a line, from the column names on line 1. */
export function readHeader(
  record: CsvRecord | undefined,
): { columns: ReadonlyMap<MembershipImportColumn, number>; width: number } | ImportProblem[] {
  if (!record || record.line !== 1) {
    return [problem(1, null, `The first line must be the column names: ${COLUMN_LIST}`)];
  }
  const problems: ImportProblem[] = [];
  const columns = new Map<MembershipImportColumn, number>();
  record.fields.forEach((name, index) => {
    const column = name.trim().toLowerCase() as MembershipImportColumn;
    if (!MEMBERSHIP_IMPORT_COLUMNS.includes(column)) {
      problems.push(
        problem(
          1,
          null,
          name.trim() === ''
            ? `Column ${index + 1} has no name. The columns are: ${COLUMN_LIST}`
            : `${quoted(name.trim())} is not a column of this file. The columns are: ${COLUMN_LIST}`,
        ),
      );
    } else if (columns.has(column)) {
      problems.push(problem(1, column, `The column ${column} is named twice`));
    } else {
      columns.set(column, index);
    }
  });
  for (const column of REQUIRED_IMPORT_COLUMNS) {
    if (!columns.has(column)) {
      problems.push(problem(1, column, `The first line has no ${column} column`));
    }
  }
  return problems.length ? problems : { columns, width: record.fields.length };
}

const isBlank = (record: CsvRecord) => record.fields.every((field) => field.trim() === '');

/**
 * Reads an uploaded file as far as its lines of memberships: UTF-8, CSV, column names, the same
 * number of values on every line, no more lines than allowed. Lines with nothing in them (a
 * spreadsheet's trailing `,,,,,`) are left out; every other line is checked.
 */
export function readImportFile(
  bytes: Uint8Array,
  maxRows: number = MEMBERSHIP_IMPORT_LIMITS.maxRows,
): ImportFile {
  const decoded = decodeImportFile(bytes);
  if ('problems' in decoded) return { ok: false, failure: null, problems: decoded.problems };
  // Blank lines of commas count towards this bound, so it leaves room for a few.
  const csv = parseCsv(decoded.text, { maxRecords: 2 * maxRows + 1 });
  const [first, ...rest] = csv.records;
  if (!first && !csv.problems.length) {
    return { ok: false, failure: 'The file is empty', problems: [] };
  }
  const unreadable = csv.problems.map((p) => problem(p.line, null, p.message));
  const header = readHeader(first);
  if (Array.isArray(header)) {
    return { ok: false, failure: null, problems: sortProblems([...header, ...unreadable]) };
  }
  const lines = rest.filter((record) => !isBlank(record));
  if (csv.truncated || lines.length > maxRows) {
    return {
      ok: false,
      failure: `The file has more than ${maxRows.toLocaleString('en-GB')} memberships. Split it into files of ${maxRows.toLocaleString('en-GB')} or fewer and upload each one`,
      problems: [],
    };
  }
  const problems = unreadable;
  const rows: ImportCells[] = [];
  for (const record of lines) {
    if (record.fields.length !== header.width) {
      problems.push(
        problem(
          record.line,
          null,
          `This line has ${record.fields.length} ${record.fields.length === 1 ? 'value' : 'values'} but there are ${header.width} column names. Put any value with a comma in double quotes`,
        ),
      );
      continue;
    }
    const cell = (column: MembershipImportColumn) => {
      const index = header.columns.get(column);
      return index === undefined ? '' : (record.fields[index] ?? '').trim();
    };
    rows.push({
      line: record.line,
      email: cell('email'),
      body: cell('body'),
      role: cell('role'),
      starts_on: cell('starts_on'),
      ends_on: cell('ends_on'),
      cross_seat_from: cell('cross_seat_from'),
    });
  }
  if (!rows.length && !problems.length) {
    return {
      ok: false,
      failure: 'There are no memberships in the file, only the column names',
      problems: [],
    };
  }
  return { ok: true, rows, problems: sortProblems(problems) };
}

/** Problems in the same order the secretariat reads the file: by line, then by column. */
export function sortProblems(problems: readonly ImportProblem[]): ImportProblem[] {
  const order = (field: MembershipImportColumn | null) =>
    field === null ? -1 : MEMBERSHIP_IMPORT_COLUMNS.indexOf(field);
  return [...problems].sort((a, b) => a.line - b.line || order(a.field) - order(b.field));
}

const ROLE_LIST = `${MEMBERSHIP_ROLES.join(', ')} (or ${MEMBERSHIP_ROLES.map((role) => MEMBERSHIP_ROLE_LABELS[role]).join(', ')})`;
const DATE_HELP = 'Write dates as YYYY-MM-DD, such as 2025-04-01, or as 01/04/2025';

interface ReadCells {
  problems: ImportProblem[];
  role: Appointment['role'] | null;
  startsOn: string | null;
  endsOn: string | null;
}

function checkCells(row: ImportCells): ReadCells {
  const problems: ImportProblem[] = [];
  if (row.email === '') {
    problems.push(problem(row.line, 'email', 'Enter the person’s email address'));
  } else if (!EMAIL.test(row.email)) {
    problems.push(
      problem(
        row.line,
        'email',
        `${quoted(row.email)} is not an email address in the correct format, like name@example.org`,
      ),
    );
  }
  if (row.body === '') {
    problems.push(
      problem(row.line, 'body', 'Enter the body, by its short name such as evidence-group'),
    );
  }
  const role = row.role === '' ? null : readImportRole(row.role);
  if (row.role === '') {
    problems.push(problem(row.line, 'role', 'Enter the role'));
  } else if (!role) {
    problems.push(
      problem(row.line, 'role', `${quoted(row.role)} is not a role. Use one of ${ROLE_LIST}`),
    );
  }
  const startsOn = row.starts_on === '' ? null : readImportDate(row.starts_on);
  if (row.starts_on === '') {
    problems.push(problem(row.line, 'starts_on', 'Enter the date the membership starts'));
  } else if (!startsOn) {
    problems.push(
      problem(row.line, 'starts_on', `${quoted(row.starts_on)} is not a real date. ${DATE_HELP}`),
    );
  }
  const endsOn = row.ends_on === '' ? null : readImportDate(row.ends_on);
  if (row.ends_on !== '' && !endsOn) {
    problems.push(
      problem(row.line, 'ends_on', `${quoted(row.ends_on)} is not a real date. ${DATE_HELP}`),
    );
  } else if (startsOn && endsOn && endsOn < startsOn) {
    problems.push(
      problem(row.line, 'ends_on', 'The end date must be the same as or after the start date'),
    );
  }
  return { problems, role, startsOn, endsOn };
}

function bodyList(lookups: ImportLookups): string {
  return [...lookups.bodyBySlug.keys()].sort().join(', ');
}

/**
 * Checks every line on its own: its cells, that its person and bodies are in the portal, and that
 * it does not overlap another line for the same person and body. Lines that pass become
 * appointments (in file order); the rules that need the database (overlaps with memberships
 * already recorded, cross-seat rules, body dates) are the second phase's.
 */
export function checkImportRows(
  rows: readonly ImportCells[],
  lookups: ImportLookups,
): { rows: ImportRow[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const checked: ImportRow[] = [];
  const slug = (value: string) => value.trim().toLowerCase();
  for (const row of rows) {
    const cells = checkCells(row);
    problems.push(...cells.problems);
    const personId = row.email ? lookups.personIdByEmail.get(row.email.toLowerCase()) : undefined;
    if (row.email && EMAIL.test(row.email) && !personId) {
      problems.push(
        problem(
          row.line,
          'email',
          `There is nobody with the email address ${quoted(row.email)} in the portal. Add them first`,
          'NOT_FOUND',
        ),
      );
    }
    const body = row.body ? lookups.bodyBySlug.get(slug(row.body)) : undefined;
    if (row.body && !body) {
      problems.push(
        problem(
          row.line,
          'body',
          `There is no body called ${quoted(row.body)}. Use one of ${bodyList(lookups)}`,
          'NOT_FOUND',
        ),
      );
    }
    const fromBody = row.cross_seat_from ? lookups.bodyBySlug.get(slug(row.cross_seat_from)) : null;
    if (row.cross_seat_from && !fromBody) {
      problems.push(
        problem(
          row.line,
          'cross_seat_from',
          `There is no body called ${quoted(row.cross_seat_from)}. Use one of ${bodyList(lookups)}, or leave it empty for an ordinary seat`,
          'NOT_FOUND',
        ),
      );
    } else if (fromBody && body && fromBody.id === body.id) {
      problems.push(
        problem(row.line, 'cross_seat_from', 'A cross-seat must come from another body'),
      );
    }
    const ok =
      cells.problems.length === 0 &&
      personId !== undefined &&
      body !== undefined &&
      fromBody !== undefined &&
      (fromBody === null || fromBody.id !== body.id);
    if (ok && cells.role && cells.startsOn) {
      checked.push({
        line: row.line,
        appointment: {
          personId,
          bodyId: body.id,
          role: cells.role,
          startsOn: cells.startsOn,
          endsOn: cells.endsOn,
          fromBodyId: fromBody?.id ?? null,
        },
      });
    }
  }
  const overlaps = overlapsWithinFile(checked);
  problems.push(...overlaps);
  const overlapping = new Set(overlaps.map((p) => p.line));
  return {
    rows: checked.filter((row) => !overlapping.has(row.line)),
    problems: sortProblems(problems),
  };
}

/** Lines for one person and body whose dates overlap an earlier line's, each reported once. */
function overlapsWithinFile(rows: readonly ImportRow[]): ImportProblem[] {
  const groups = new Map<string, ImportRow[]>();
  for (const row of rows) {
    const key = `${row.appointment.personId} ${row.appointment.bodyId}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const problems: ImportProblem[] = [];
  for (const group of groups.values()) {
    group.forEach((row, index) => {
      const earlier = group
        .slice(0, index)
        .find((other) => termsOverlap(other.appointment, row.appointment));
      if (earlier) {
        problems.push(
          problem(
            row.line,
            'starts_on',
            `This overlaps line ${earlier.line}, for the same person and body. Memberships of the same body cannot overlap`,
            'MEMBERSHIP_OVERLAP',
          ),
        );
      }
    });
  }
  return problems;
}
