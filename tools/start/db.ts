import path from 'node:path';
import { Client } from 'pg';
import { loadStartEnv, papersDirectoryOf } from './env';
import { createDataSource, LARGE_DATA_FULL, seedLargeData } from '@boards/api/database';
import { exportBackup, importBackup, type BackupFigures } from './backup';
import { EMBEDDED_DATABASE, openPortalDatabase, prepareDatabase } from './database';

const log = (line: string) => console.log(`[db] ${line}`);
const USAGE =
  'Usage: db.ts migrate | seed | seed-large [--seed N] | reset [--force] | export [folder] | import <folder>';
const COMMANDS = ['migrate', 'seed', 'seed-large', 'reset', 'export', 'import'];

async function dropAndRecreate(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  const client = new Client({ connectionString: target.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** `seed-large`: the large data set, from the seed given with `--seed N` or the fixed default. */
async function loadLargeData(url: string, flags: readonly string[]): Promise<void> {
  const at = flags.indexOf('--seed');
  const seed = at >= 0 ? Number(flags[at + 1]) : LARGE_DATA_FULL.seed;
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
    throw new Error('--seed must be a whole number from 0 to 4294967295');
  }
  const dataSource = createDataSource({ url, logging: 'errors', poolSize: 1 });
  await dataSource.initialize();
  try {
    const result = await seedLargeData(dataSource, { ...LARGE_DATA_FULL, seed });
    if (!result.loaded) {
      log(`Left the database as it is: ${result.reason}`);
      return;
    }
    const counts = Object.entries(result.rows)
      .map(([table, count]) => `${count} ${table}`)
      .join(', ');
    log(
      `Loaded the large data set (seed ${seed}) in ${(result.milliseconds / 1000).toFixed(1)} s: ${counts}`,
    );
  } finally {
    await dataSource.destroy();
  }
}

const megabytes = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MB`;
const describe = (figures: BackupFigures) =>
  `${figures.rows} rows in ${figures.tables} tables, ${figures.papers} papers' files, ` +
  `${megabytes(figures.bytes)}, in ${(figures.milliseconds / 1000).toFixed(1)} s`;

/** `export [folder]` (default `backups/<UTC time>`) and `import <folder>`. */
async function backup(
  command: 'export' | 'import',
  url: string,
  papersDir: string,
  folder: string | undefined,
): Promise<void> {
  if (command === 'export') {
    const stamp = new Date()
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d+Z$/, 'Z');
    const out = path.resolve(folder ?? path.join('backups', `boards-${stamp}`));
    const figures = await exportBackup({ url, papersDir, out });
    log(`Wrote a backup to ${out}: ${describe(figures)}`);
  } else {
    const from = path.resolve(folder as string);
    const figures = await importBackup({ url, papersDir, from, log });
    log(`Restored the backup in ${from}: ${describe(figures)}`);
  }
}

async function main(): Promise<void> {
  const [command, ...flags] = process.argv.slice(2);
  if (!command || !COMMANDS.includes(command)) {
    console.error(USAGE);
    process.exit(2);
  }
  const env = loadStartEnv();
  if (command === 'reset' && env.DATABASE_URL && !flags.includes('--force')) {
    console.error(
      '[db] Refusing to reset the database in DATABASE_URL: every table in it would be lost. Add --force (npm run db:reset -- --force) if you mean it.',
    );
    process.exit(1);
  }
  if (command === 'import' && !flags[0]) {
    console.error('[db] Name the backup folder to restore: npm run import -- <folder>');
    process.exit(2);
  }
  const database = await openPortalDatabase(env, log);
  try {
    if (command === 'export' || command === 'import') {
      await backup(command, database.url, papersDirectoryOf(env), flags[0]);
      return;
    }
    if (command === 'reset') {
      await dropAndRecreate(database.url);
      log(
        `Emptied ${database.embedded ? `the embedded database "${EMBEDDED_DATABASE}"` : 'the database in DATABASE_URL'}`,
      );
    }
    await prepareDatabase(
      database,
      command === 'seed' || command === 'reset' ? 'always' : 'if-empty-embedded',
      env.DEMO_PASSWORD,
      papersDirectoryOf(env),
      log,
    );
    if (command === 'seed-large') await loadLargeData(database.url, flags);
  } finally {
    await database.server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[db] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
