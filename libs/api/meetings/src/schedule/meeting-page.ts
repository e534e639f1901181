import type { RequestLoaders } from '@boards/api/graphql';
import type { MeetingModel } from './meeting.model';

/**
 * A part of a meeting's page read in the same SQL statement as the meeting itself, so that a
 * meeting's page costs one statement however many items, papers or decisions it has. Features
 * register their parts with `MeetingsService.registerPagePart`.
 */
export interface MeetingPagePart {
  /** Names the part's column in the statement. */
  readonly name: string;
  /**
   * A SQL expression over the meeting `m` giving JSON: an array of rows (use
   * `coalesce(json_agg(…), '[]')`), or one row or null. Rows carry the tables' column names.
   */
  readonly sql: string;
  /** Columns holding instants, which JSON carries as text: they are turned back into Dates. */
  readonly instants?: readonly string[];
  /** Primes the request's loaders with what was read for the meeting. */
  prime(loaders: RequestLoaders, meeting: MeetingModel, value: unknown): void;
}

/**
 * A row read as JSON with its instants turned back into Dates, as the pg driver gives them.
 * `Row` names the columns the statement's JSON carries (the table's own names), as a row read
 * by the driver would be typed.
 */
export function reviveRow<Row extends object = Record<string, unknown>>(
  row: object,
  instants: readonly string[] = [],
): Row {
  const revived: Record<string, unknown> = { ...row };
  for (const column of instants) {
    const value = revived[column];
    if (typeof value === 'string') revived[column] = new Date(value);
  }
  return revived as Row;
}

/** The rows of an array part, revived. */
export function revivedRows<Row extends object = Record<string, unknown>>(
  value: unknown,
  instants?: readonly string[],
): Row[] {
  return Array.isArray(value) ? value.map((row: object) => reviveRow<Row>(row, instants)) : [];
}
