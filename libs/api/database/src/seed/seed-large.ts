import type { DataSource, EntityManager } from 'typeorm';
import {
  generateLargeData,
  LARGE_DATA_FULL,
  LARGE_DATA_TABLES,
  LARGE_SLUG_PREFIX,
  type LargeData,
  type LargeDataOptions,
  type Row,
} from './large-data';

export { LARGE_DATA_FULL, generateLargeData, type LargeDataOptions } from './large-data';

export type LargeSeedResult =
  | { loaded: true; rows: Record<keyof LargeData, number>; milliseconds: number }
  | { loaded: false; reason: string };

/** Rows per INSERT: each statement sends one array per column. */
const BATCH = 10_000;

/** The type of each of `table`'s columns, as a cast (`character varying`, `membership_role`, …). */
async function columnTypes(manager: EntityManager, table: string): Promise<Map<string, string>> {
  const rows: { name: string; type: string }[] = await manager.query(
    `SELECT a.attname AS name, format_type(a.atttypid, NULL) AS type
       FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped`,
    [table],
  );
  return new Map(rows.map((row) => [row.name, row.type]));
}

/**
 * Inserts `rows` into `table` set-wise: each batch is one INSERT … SELECT FROM unnest() of one
 * array per column, so 200,000 rows are 20 statements.
 */
export async function insertRows(
  manager: EntityManager,
  table: string,
  rows: readonly Row[],
): Promise<void> {
  if (rows.length === 0) return;
  const types = await columnTypes(manager, table);
  const names = Object.keys(rows[0]);
  const casts = names.map((name, i) => {
    const type = types.get(name);
    if (!type) throw new Error(`${table} has no column ${name}`);
    return `$${i + 1}::${type}[]`;
  });
  const sql = `INSERT INTO ${table} (${names.map((n) => `"${n}"`).join(', ')})
    SELECT * FROM unnest(${casts.join(', ')})`;
  for (let offset = 0; offset < rows.length; offset += BATCH) {
    const batch = rows.slice(offset, offset + BATCH);
    await manager.query(
      sql,
      names.map((name) => batch.map((row) => row[name] ?? null)),
    );
  }
}

/**
 * Loads the large data set (`generateLargeData`) in one transaction, table after table. Does
 * nothing when a body of the set is there already (it is loaded once per database).
 */
export async function seedLargeData(
  dataSource: DataSource,
  options: LargeDataOptions = LARGE_DATA_FULL,
): Promise<LargeSeedResult> {
  const started = Date.now();
  const data = generateLargeData(options);
  return dataSource.transaction(async (manager) => {
    // One loader at a time: a second one waits here, then finds the set loaded.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('seed-large'))`);
    const [{ present }] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM body WHERE starts_with(slug, $1)) AS present`,
      [LARGE_SLUG_PREFIX],
    );
    if (present) return { loaded: false, reason: 'the large data set is loaded already' };
    const rows = {} as Record<keyof LargeData, number>;
    for (const table of LARGE_DATA_TABLES) {
      await insertRows(manager, table, data[table]);
      rows[table] = data[table].length;
    }
    // Fresh statistics, so that the planner (and a benchmark right after) sees the new sizes.
    await manager.query(`ANALYZE ${LARGE_DATA_TABLES.join(', ')}`);
    return { loaded: true, rows, milliseconds: Date.now() - started };
  });
}
