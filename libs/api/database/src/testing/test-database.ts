import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource, type Logger } from 'typeorm';
import { dataSourceOptions, migrate } from '../data-source';

export interface TestDatabase {
  readonly url: string;
  readonly dataSource: DataSource;
  /** Closes the connections and drops the database. */
  drop(): Promise<void>;
}

/** The server the integration tests use: set by the jest global setup (embedded) or by the developer. */
export function testServerUrl(): string {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) {
    throw new Error(
      'TEST_DATABASE_URL is not set: run integration tests through their jest config, which starts an embedded PostgreSQL.',
    );
  }
  return url;
}

function withDatabase(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * A fresh, migrated database of its own for one test file, on the test server.
 * Nothing is shared between files or workers, so tests may run in parallel.
 */
/**
 * `logger` receives every statement (a SqlStatementCounter, for tests that count them);
 * `serverUrl` puts the database on another server than the tests' own (one a test stops).
 */
export async function createTestDatabase(
  options: { logger?: Logger; serverUrl?: string } = {},
): Promise<TestDatabase> {
  const serverUrl = options.serverUrl ?? testServerUrl();
  const name = `boards_test_${process.env['JEST_WORKER_ID'] ?? '0'}_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(serverUrl, name);
  const dataSource = new DataSource({
    ...dataSourceOptions({
      url,
      poolSize: 5,
      applicationName: 'boards-portal-test',
      logging: 'none',
    }),
    ...(options.logger ? { logger: options.logger } : {}),
  });
  await dataSource.initialize();
  await migrate(dataSource);
  return {
    url,
    dataSource,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
