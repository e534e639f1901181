import { Client } from 'pg';
import { loadStartEnv, papersDirectoryOf } from './env';
import { EMBEDDED_DATABASE, openPortalDatabase, prepareDatabase } from './database';

const log = (line: string) => console.log(`[db] ${line}`);
const USAGE = 'Usage: db.ts migrate | seed | reset [--force]';

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

async function main(): Promise<void> {
  const [command, ...flags] = process.argv.slice(2);
  if (!command || !['migrate', 'seed', 'reset'].includes(command)) {
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
  const database = await openPortalDatabase(env, log);
  try {
    if (command === 'reset') {
      await dropAndRecreate(database.url);
      log(
        `Emptied ${database.embedded ? `the embedded database "${EMBEDDED_DATABASE}"` : 'the database in DATABASE_URL'}`,
      );
    }
    await prepareDatabase(
      database,
      command === 'migrate' ? 'if-empty-embedded' : 'always',
      env.DEMO_PASSWORD,
      papersDirectoryOf(env),
      log,
    );
  } finally {
    await database.server?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`[db] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
