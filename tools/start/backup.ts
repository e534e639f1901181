import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions, MIGRATIONS } from '@boards/api/database';

/**
 * A backup of the portal: every table's rows, the sequences, the applied migrations, a
 * description of the schema, and the papers' files, all as of one moment.
 *
 * The layout of a backup folder:
 * - `manifest.json`: what it holds (tables with their columns and row counts, sequences,
 *   migrations, papers' files with their sizes), and when and from which server it was made;
 * - `schema.json`: the schema as the catalogue describes it (columns, constraints, indexes,
 *   triggers, functions, enums, sequences), checked on import;
 * - `data/<table>.jsonl.gz`: one JSON array per row, each value in PostgreSQL's text form;
 * - `papers/<h[0..2]>/<h>`: each paper's file by its SHA-256, as the paper store keeps them.
 *
 * The data are read in one REPEATABLE READ, READ ONLY transaction, so they are one snapshot
 * whatever is written meanwhile. The schema is made on import by the migrations the backup
 * names (the same code that made it), then compared with `schema.json` before any row is loaded.
 */
export const BACKUP_FORMAT = 'boards-portal-backup';
export const BACKUP_FORMAT_VERSION = 1;
const FETCH_ROWS = 5_000;
const INSERT_ROWS = 5_000;

export interface BackupTable {
  name: string;
  /** The columns the dump holds (generated columns are left out: they are computed again). */
  columns: string[];
  rows: number;
}

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  createdAt: string;
  server: string;
  migrations: string[];
  tables: BackupTable[];
  sequences: { name: string; lastValue: string; isCalled: boolean }[];
  papers: { sha256: string; bytes: number }[];
}

export interface BackupFigures {
  tables: number;
  rows: number;
  papers: number;
  /** Bytes of the whole backup folder (data compressed), or of the files restored. */
  bytes: number;
  milliseconds: number;
}

/** Where the paper store keeps the file with this SHA-256 (the store's own layout). */
export function paperFilePath(directory: string, sha256: string): string {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error(`Not a SHA-256: ${sha256}`);
  return path.join(directory, sha256.slice(0, 2), sha256);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The same settings for reading and writing text forms, whatever the server's defaults. */
async function textSettings(client: Client): Promise<void> {
  await client.query(
    `SET DateStyle = 'ISO, YMD'; SET TimeZone = 'UTC'; SET bytea_output = 'hex';
     SET IntervalStyle = 'postgres'; SET extra_float_digits = 3`,
  );
}

/**
 * The schema of the `public` schema as the catalogue describes it, sorted, so that two
 * databases with the same schema give the same description.
 */
export async function describeSchema(client: Client): Promise<Record<string, string[]>> {
  const lines = async (sql: string) =>
    (await client.query<{ line: string }>(sql)).rows.map((row) => row.line).sort();
  return {
    columns: await lines(`
      SELECT c.relname || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
             || CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END
             || coalesce(' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid), '')
             || CASE a.attgenerated WHEN 's' THEN ' GENERATED' ELSE '' END
             || CASE a.attidentity::text WHEN '' THEN '' ELSE ' IDENTITY ' || a.attidentity::text END AS line
        FROM pg_attribute a
        JOIN pg_class c ON c.oid = a.attrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
        LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')
         AND a.attnum > 0 AND NOT a.attisdropped`),
    constraints: await lines(`
      SELECT c.relname || ' ' || k.conname || ' ' || pg_get_constraintdef(k.oid)
             || CASE WHEN k.condeferrable THEN ' DEFERRABLE' ELSE '' END
             || CASE WHEN k.condeferred THEN ' INITIALLY DEFERRED' ELSE '' END AS line
        FROM pg_constraint k
        JOIN pg_class c ON c.oid = k.conrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public'`),
    indexes: await lines(`SELECT indexdef AS line FROM pg_indexes WHERE schemaname = 'public'`),
    triggers: await lines(`
      SELECT pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text AS line
        FROM pg_trigger t
        JOIN pg_class c ON c.oid = t.tgrelid
        JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND NOT t.tgisinternal`),
    functions: await lines(`
      SELECT pg_get_functiondef(p.oid) AS line
        FROM pg_proc p
        JOIN pg_namespace n ON n.oid = p.pronamespace
       WHERE n.nspname = 'public' AND p.prokind = 'f'
         AND NOT EXISTS (SELECT 1 FROM pg_depend d
                          WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e')`),
    enums: await lines(`
      SELECT t.typname || ' ' || string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS line
        FROM pg_type t
        JOIN pg_enum e ON e.enumtypid = t.oid
        JOIN pg_namespace n ON n.oid = t.typnamespace
       WHERE n.nspname = 'public'
       GROUP BY t.typname`),
    sequences: await lines(`
      SELECT sequencename || ' ' || data_type || ' ' || start_value || ' ' || increment_by AS line
        FROM pg_sequences WHERE schemaname = 'public'`),
    extensions: await lines(`SELECT extname AS line FROM pg_extension`),
  };
}

/** The portal's tables in `public`, by name. */
async function tableNames(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  return rows.map((row) => row.name);
}

/** A table's stored (not generated) columns in order, with the type each value is cast back to. */
async function storedColumns(
  client: Client,
  table: string,
): Promise<{ name: string; type: string }[]> {
  const { rows } = await client.query<{ name: string; type: string }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type
       FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY a.attnum`,
    [quote(table)],
  );
  return rows;
}

async function sequenceValues(client: Client): Promise<BackupManifest['sequences']> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT sequencename AS name FROM pg_sequences WHERE schemaname = 'public' ORDER BY 1`,
  );
  const values: BackupManifest['sequences'] = [];
  for (const { name } of rows) {
    const {
      rows: [row],
    } = await client.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text, is_called FROM ${quote(name)}`,
    );
    values.push({ name, lastValue: row.last_value, isCalled: row.is_called });
  }
  return values;
}

async function folderBytes(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

/** Copies a paper's file, checking on the way that its content has the SHA-256 it is kept under. */
async function copyPaperFile(from: string, to: string, sha256: string): Promise<number> {
  await mkdir(path.dirname(to), { recursive: true });
  const partial = `${to}.part`;
  const hash = createHash('sha256');
  let bytes = 0;
  const source = createReadStream(from);
  source.on('data', (chunk) => {
    hash.update(chunk);
    bytes += chunk.length;
  });
  await pipeline(source, createWriteStream(partial, { mode: 0o640 }));
  const actual = hash.digest('hex');
  if (actual !== sha256) {
    await rm(partial, { force: true });
    throw new Error(`The file ${from} does not have the content it is kept under (${actual})`);
  }
  await rename(partial, to);
  return bytes;
}

async function sha256Of(file: string): Promise<string | null> {
  try {
    return createHash('sha256')
      .update(await readFile(file))
      .digest('hex');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export interface ExportOptions {
  /** The database to back up. */
  url: string;
  /** The paper store's folder (PAPERS_DIR). */
  papersDir: string;
  /** The backup folder to write: it must not exist, or be empty. */
  out: string;
  /** Called once the snapshot is taken (tests write meanwhile, to see that nothing of it is kept). */
  afterSnapshot?: () => Promise<void>;
}

/** Writes a backup of the database at `url` and its papers' files into `out`. */
export async function exportBackup(options: ExportOptions): Promise<BackupFigures> {
  const started = Date.now();
  const existing = await readdir(options.out).catch(() => []);
  if (existing.length > 0) throw new Error(`${options.out} is not empty: choose a new folder`);
  await mkdir(path.join(options.out, 'data'), { recursive: true });
  const client = new Client({ connectionString: options.url, application_name: 'boards-export' });
  await client.connect();
  try {
    await textSettings(client);
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    // The snapshot is taken by the first statement of the transaction.
    const {
      rows: [{ server }],
    } = await client.query<{ server: string }>(`SELECT version() AS server`);
    await options.afterSnapshot?.();
    const tables: BackupTable[] = [];
    for (const name of await tableNames(client)) {
      const columns = await storedColumns(client, name);
      const select = columns.map((c) => `${quote(c.name)}::text`).join(', ');
      const gzip = createGzip();
      const written = pipeline(
        gzip,
        createWriteStream(path.join(options.out, 'data', `${name}.jsonl.gz`)),
      );
      let rows = 0;
      await client.query(`DECLARE dump NO SCROLL CURSOR FOR SELECT ${select} FROM ${quote(name)}`);
      for (;;) {
        const batch = await client.query<string[]>({
          text: `FETCH ${FETCH_ROWS} FROM dump`,
          rowMode: 'array',
        });
        if (batch.rows.length === 0) break;
        const text = batch.rows.map((row) => JSON.stringify(row)).join('\n') + '\n';
        if (!gzip.write(text)) await new Promise((resolve) => gzip.once('drain', resolve));
        rows += batch.rows.length;
      }
      await client.query('CLOSE dump');
      gzip.end();
      await written;
      tables.push({ name, columns: columns.map((c) => c.name), rows });
    }
    const migrations = (
      await client.query<{ name: string }>(`SELECT name FROM schema_migration ORDER BY id`)
    ).rows.map((row) => row.name);
    const papers = (
      await client.query<{ sha256: string; bytes: string }>(
        `SELECT file_sha256 AS sha256, max(file_size)::text AS bytes
           FROM paper WHERE file_sha256 IS NOT NULL GROUP BY file_sha256 ORDER BY 1`,
      )
    ).rows.map((row) => ({ sha256: row.sha256, bytes: Number(row.bytes) }));
    // Sequences are not part of a snapshot; read after it, they are at or beyond every value in it.
    const sequences = await sequenceValues(client);
    const schema = await describeSchema(client);
    await client.query('COMMIT');

    for (const paper of papers) {
      const bytes = await copyPaperFile(
        paperFilePath(options.papersDir, paper.sha256),
        paperFilePath(path.join(options.out, 'papers'), paper.sha256),
        paper.sha256,
      );
      if (bytes !== paper.bytes) {
        throw new Error(`The file of ${paper.sha256} has ${bytes} bytes, not ${paper.bytes}`);
      }
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: new Date().toISOString(),
      server,
      migrations,
      tables,
      sequences,
      papers,
    };
    await writeFile(path.join(options.out, 'schema.json'), JSON.stringify(schema, null, 1));
    // Written last: a folder without it is an unfinished backup.
    await writeFile(path.join(options.out, 'manifest.json'), JSON.stringify(manifest, null, 1));
    return {
      tables: tables.length,
      rows: tables.reduce((sum, t) => sum + t.rows, 0),
      papers: papers.length,
      bytes: await folderBytes(options.out),
      milliseconds: Date.now() - started,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

export interface ImportOptions {
  /** An EMPTY database to restore into. */
  url: string;
  /** The paper store's folder to restore the files into. */
  papersDir: string;
  /** The backup folder. */
  from: string;
  log?: (line: string) => void;
}

export class BackupImportRefused extends Error {}

function migrationName(migration: (typeof MIGRATIONS)[number]): string {
  return (new migration() as { name?: string }).name ?? migration.name;
}

function firstDifference(
  expected: Record<string, string[]>,
  actual: Record<string, string[]>,
): string | null {
  for (const part of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
    const a = new Set(expected[part] ?? []);
    const b = new Set(actual[part] ?? []);
    const missing = [...a].find((line) => !b.has(line));
    if (missing) return `${part}: the backup has "${missing}", this database does not`;
    const extra = [...b].find((line) => !a.has(line));
    if (extra) return `${part}: this database has "${extra}", the backup does not`;
  }
  return null;
}

async function readManifest(folder: string): Promise<BackupManifest> {
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(await readFile(path.join(folder, 'manifest.json'), 'utf8'));
  } catch {
    throw new BackupImportRefused(
      `${folder} holds no finished backup (manifest.json is missing or unreadable)`,
    );
  }
  if (manifest.format !== BACKUP_FORMAT || manifest.formatVersion !== BACKUP_FORMAT_VERSION) {
    throw new BackupImportRefused(`${folder} is not a backup this version of the portal can read`);
  }
  return manifest;
}

/** Refuses unless the database has nothing in its `public` schema. */
async function assertEmpty(client: Client): Promise<void> {
  const {
    rows: [{ count }],
  } = await client.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')`,
  );
  if (count > 0) {
    throw new BackupImportRefused(
      `The database ${client.database} is not empty (${count} tables, views or sequences): a backup is ` +
        'restored into an empty database only, so that nothing is overwritten or mixed. Create a new ' +
        'database and point DATABASE_URL at it (or, for the embedded database, move DATA_DIR aside).',
    );
  }
}

/** Loads one table's rows from its file, in batches, each value cast back from its text form. */
async function loadTable(
  client: Client,
  folder: string,
  table: BackupTable,
  types: Map<string, string>,
): Promise<void> {
  const casts = table.columns.map((name, i) => {
    const type = types.get(name);
    if (!type) throw new BackupImportRefused(`${table.name} has no column ${name} here`);
    return `(r->>${i})::${type}`;
  });
  const sql = `INSERT INTO ${quote(table.name)} (${table.columns.map(quote).join(', ')})
    OVERRIDING SYSTEM VALUE SELECT ${casts.join(', ')} FROM jsonb_array_elements($1::jsonb) r`;
  const lines = createInterface({
    input: createReadStream(path.join(folder, 'data', `${table.name}.jsonl.gz`)).pipe(
      createGunzip(),
    ),
    crlfDelay: Infinity,
  });
  let batch: string[] = [];
  let loaded = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await client.query(sql, [`[${batch.join(',')}]`]);
    loaded += batch.length;
    batch = [];
  };
  for await (const line of lines) {
    if (line === '') continue;
    batch.push(line);
    if (batch.length >= INSERT_ROWS) await flush();
  }
  await flush();
  if (loaded !== table.rows) {
    throw new BackupImportRefused(
      `${table.name}: the backup has ${loaded} rows, its manifest says ${table.rows}`,
    );
  }
}

/**
 * Restores a backup into an empty database: the schema by the backup's own migrations (then
 * checked against the backup's description of it), the papers' files into the store, then every
 * row and sequence in one transaction, and last the migrations that came after the backup.
 */
export async function importBackup(options: ImportOptions): Promise<BackupFigures> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const manifest = await readManifest(options.from);
  const schema: Record<string, string[]> = JSON.parse(
    await readFile(path.join(options.from, 'schema.json'), 'utf8'),
  );
  const known = new Map(MIGRATIONS.map((m) => [migrationName(m), m]));
  const unknown = manifest.migrations.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new BackupImportRefused(
      `The backup was made by a later version of the portal (migrations ${unknown.join(', ')} are unknown here): restore it with that version`,
    );
  }
  const client = new Client({ connectionString: options.url, application_name: 'boards-import' });
  await client.connect();
  try {
    await textSettings(client);
    await assertEmpty(client);

    // The schema, exactly as it was: the backup's migrations, in its order.
    const asBackedUp = manifest.migrations.map(
      (name) => known.get(name) as (typeof MIGRATIONS)[number],
    );
    const migrator = new DataSource({
      ...dataSourceOptions({ url: options.url, logging: 'errors', poolSize: 1 }),
      migrations: asBackedUp,
    });
    await migrator.initialize();
    try {
      await migrator.runMigrations({ transaction: 'each' });
    } finally {
      await migrator.destroy();
    }
    const difference = firstDifference(schema, await describeSchema(client));
    if (difference) {
      throw new BackupImportRefused(
        `After its migrations, this database's schema is not the backup's (${difference}). Nothing was loaded.`,
      );
    }
    log(`Made the schema with the backup's ${manifest.migrations.length} migrations`);

    // The files first: no row that names a file is committed before the file is in the store.
    let fileBytes = 0;
    for (const paper of manifest.papers) {
      const target = paperFilePath(options.papersDir, paper.sha256);
      const source = paperFilePath(path.join(options.from, 'papers'), paper.sha256);
      if ((await sha256Of(target)) === paper.sha256) continue;
      fileBytes += await copyPaperFile(source, target, paper.sha256);
    }
    log(`Restored ${manifest.papers.length} papers' files into ${options.papersDir}`);

    await client.query('BEGIN');
    // Rows go in table by table, so foreign keys are checked at the end (tables refer to each
    // other, and to themselves), and the guards' triggers rest: the rows were valid when saved.
    const foreignKeys = (
      await client.query<{ table: string; name: string; deferrable: boolean; deferred: boolean }>(
        `SELECT c.relname AS table, k.conname AS name, k.condeferrable AS deferrable, k.condeferred AS deferred
           FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
           JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND k.contype = 'f'`,
      )
    ).rows;
    for (const fk of foreignKeys) {
      await client.query(
        `ALTER TABLE ${quote(fk.table)} ALTER CONSTRAINT ${quote(fk.name)} DEFERRABLE INITIALLY DEFERRED`,
      );
    }
    await client.query('SET CONSTRAINTS ALL DEFERRED');
    const triggers = (
      await client.query<{ table: string; name: string }>(
        `SELECT c.relname AS table, t.tgname AS name FROM pg_trigger t
           JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND NOT t.tgisinternal AND t.tgenabled = 'O'`,
      )
    ).rows;
    for (const t of triggers) {
      await client.query(`ALTER TABLE ${quote(t.table)} DISABLE TRIGGER ${quote(t.name)}`);
    }
    // The migrations' own bookkeeping is replaced by the backup's.
    await client.query('DELETE FROM schema_migration');
    let rows = 0;
    for (const table of manifest.tables) {
      const types = new Map((await storedColumns(client, table.name)).map((c) => [c.name, c.type]));
      await loadTable(client, options.from, table, types);
      rows += table.rows;
    }
    for (const sequence of manifest.sequences) {
      await client.query(`SELECT setval($1::regclass, $2::bigint, $3)`, [
        quote(sequence.name),
        sequence.lastValue,
        sequence.isCalled,
      ]);
    }
    await client.query('SET CONSTRAINTS ALL IMMEDIATE');
    for (const t of triggers) {
      await client.query(`ALTER TABLE ${quote(t.table)} ENABLE TRIGGER ${quote(t.name)}`);
    }
    for (const fk of foreignKeys) {
      const mode = fk.deferrable
        ? `DEFERRABLE INITIALLY ${fk.deferred ? 'DEFERRED' : 'IMMEDIATE'}`
        : 'NOT DEFERRABLE';
      await client.query(
        `ALTER TABLE ${quote(fk.table)} ALTER CONSTRAINT ${quote(fk.name)} ${mode}`,
      );
    }
    const after = firstDifference(schema, await describeSchema(client));
    if (after) throw new Error(`The schema changed while loading: ${after}`);
    await client.query('COMMIT');
    log(`Loaded ${rows} rows into ${manifest.tables.length} tables`);

    // Then whatever came after the backup was made, as on any start.
    const current = new DataSource(
      dataSourceOptions({ url: options.url, logging: 'errors', poolSize: 1 }),
    );
    await current.initialize();
    try {
      const ran = await current.runMigrations({ transaction: 'each' });
      if (ran.length) log(`Applied later migrations: ${ran.map((m) => m.name).join(', ')}`);
    } finally {
      await current.destroy();
    }
    return {
      tables: manifest.tables.length,
      rows,
      papers: manifest.papers.length,
      bytes: fileBytes,
      milliseconds: Date.now() - started,
    };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}
