import { types } from 'pg';
import { DataSource, type DataSourceOptions, type LoggerOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

// DATE columns are calendar dates: keep them as 'YYYY-MM-DD' strings instead of
// letting pg turn them into JavaScript Dates at local midnight.
const PG_DATE_OID = 1082;
types.setTypeParser(PG_DATE_OID, (value) => value);

export interface DataSourceSettings {
  url: string;
  /** What TypeORM logs: every statement (a development aid), failures only (the default), or nothing. */
  logging?: 'all' | 'errors' | 'none';
  /** Connection pool size. */
  poolSize?: number;
  applicationName?: string;
}

const LOGGING: Record<NonNullable<DataSourceSettings['logging']>, LoggerOptions> = {
  all: ['query', 'error'],
  errors: ['error'],
  none: false,
};

export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    logging: LOGGING[settings.logging ?? 'errors'],
    poolSize: settings.poolSize ?? 10,
    applicationName: settings.applicationName ?? 'boards-portal',
  };
}

export function createDataSource(settings: DataSourceSettings): DataSource {
  return new DataSource(dataSourceOptions(settings));
}

/** Applies every pending migration; returns the names of those it ran. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const ran = await dataSource.runMigrations({ transaction: 'each' });
  return ran.map((migration) => migration.name);
}
