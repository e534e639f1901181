import { createHash } from 'node:crypto';
import type { Pool } from 'pg';
import { QueryFailedError, type DataSource } from 'typeorm';

const names = new Map<string, string>();

function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `boards_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/**
 * Runs a read that nearly every request sends (who the session is, a member's meetings) as a
 * prepared statement: each pooled connection parses and plans it once and then only executes
 * it, where `DataSource.query` has PostgreSQL plan it anew every time (for a member's meetings
 * the planning cost as much as the execution). The statement is named after its text, so a
 * text made from parts (the columns a query asks for) is its own statement.
 *
 * Outside a transaction only: it takes a connection of its own from the pool. It is logged as
 * `DataSource.query` logs (so statement counters and `DATABASE_LOG=all` see it), and a failure
 * is the same QueryFailedError.
 */
export async function preparedQuery<Row = Record<string, unknown>>(
  dataSource: DataSource,
  text: string,
  parameters: unknown[],
): Promise<Row[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  dataSource.logger.logQuery(text, parameters);
  try {
    const result = await pool.query({ name: statementName(text), text, values: parameters });
    return result.rows as Row[];
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, text, parameters);
    throw new QueryFailedError(text, parameters, error as Error);
  }
}
