import { existsSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import {
  createDataSource,
  isEmpty,
  migrate,
  seedDemoData,
  runningServerOn,
  startEmbeddedPostgres,
  type RunningPostgres,
} from '@boards/api/database';
import { hashPassword } from '@boards/api/identity';
import { seedDemoPapers } from './demo-papers';
import type { StartEnv } from './env';

export const EMBEDDED_DATABASE = 'boards';
const EMBEDDED_PASSWORD = 'boards-local';

export interface PortalDatabase {
  url: string;
  /** Present when this process started the embedded server (and must stop it). */
  server?: RunningPostgres;
  embedded: boolean;
}

function embeddedUrl(port: number, database: string): string {
  return `postgres://postgres:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function ensureDatabaseExists(serverUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      database,
    ]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

/**
 * The portal's database: DATABASE_URL when set; otherwise the embedded PostgreSQL under
 * DATA_DIR, reusing it when a running portal already has it up, or starting it.
 */
export async function openPortalDatabase(
  env: StartEnv,
  log: (line: string) => void,
): Promise<PortalDatabase> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false };
  const dataDir = path.join(env.DATA_DIR, 'postgres');
  const runningPort = runningServerOn(dataDir)?.port;
  if (runningPort) {
    log(`Using the embedded PostgreSQL already running on port ${runningPort}`);
    return { url: embeddedUrl(runningPort, EMBEDDED_DATABASE), embedded: true };
  }
  const firstRun = !existsSync(path.join(dataDir, 'PG_VERSION'));
  log(
    firstRun
      ? `Creating the embedded PostgreSQL in ${dataDir}`
      : `Starting the embedded PostgreSQL in ${dataDir}`,
  );
  const server = await startEmbeddedPostgres({
    dataDir,
    port: env.EMBEDDED_PG_PORT,
    password: EMBEDDED_PASSWORD,
  });
  await ensureDatabaseExists(server.url, EMBEDDED_DATABASE);
  return { url: server.urlFor(EMBEDDED_DATABASE), server, embedded: true };
}

/**
 * Runs pending migrations, then loads the demo data when asked or when an embedded database is
 * empty (the demo papers' files go into the paper store at `papersDir`).
 */
export async function prepareDatabase(
  database: PortalDatabase,
  seed: 'always' | 'if-empty-embedded',
  demoPassword: string,
  papersDir: string,
  log: (line: string) => void,
): Promise<void> {
  const dataSource = createDataSource({ url: database.url, logging: 'errors', poolSize: 2 });
  try {
    await dataSource.initialize();
  } catch (error) {
    const { hostname, port, pathname } = new URL(database.url);
    const source = database.embedded ? 'the embedded PostgreSQL' : 'DATABASE_URL';
    throw new Error(
      `Cannot connect to database ${pathname.slice(1)} at ${hostname}:${port || 5432} (${source}): ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  try {
    const ran = await migrate(dataSource);
    log(ran.length ? `Applied migrations: ${ran.join(', ')}` : 'Database schema is up to date');
    if (seed === 'always' || (database.embedded && (await isEmpty(dataSource)))) {
      const result = await seedDemoData(dataSource, {
        demoPasswordHash: await hashPassword(demoPassword),
      });
      const papers = await seedDemoPapers(dataSource, papersDir);
      log(
        `Loaded demo data (${result.bodies} bodies, ${result.people} people, ${result.memberships} memberships, ${result.meetings} meetings, ${papers} papers)`,
      );
    }
  } finally {
    await dataSource.destroy();
  }
}
