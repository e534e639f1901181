import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres, type RunningPostgres } from '../embedded-postgres';
import { freePort } from './free-port';

declare global {
  var __BOARDS_TEST_PG__: RunningPostgres | undefined;
}

/**
 * Jest global setup for integration tests: uses TEST_DATABASE_URL when given, otherwise
 * starts a throw-away embedded PostgreSQL for this run and points TEST_DATABASE_URL at it.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env['TEST_DATABASE_URL']) return;
  const dataDir = await mkdtemp(path.join(tmpdir(), 'boards-test-pg-'));
  const pg = await startEmbeddedPostgres({ dataDir, port: await freePort() });
  globalThis.__BOARDS_TEST_PG__ = pg;
  process.env['TEST_DATABASE_URL'] = pg.url;
}
