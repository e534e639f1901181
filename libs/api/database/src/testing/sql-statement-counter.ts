import type { Logger, QueryRunner } from 'typeorm';

const ignore = (): void => undefined;

/**
 * A TypeORM logger that counts the SQL statements sent, so tests can show that a request
 * runs a fixed number of statements (DataLoaders at work) or none at all (refused early).
 */
export class SqlStatementCounter implements Logger {
  private statements: string[] = [];

  get count(): number {
    return this.statements.length;
  }

  get sql(): readonly string[] {
    return this.statements;
  }

  reset(): void {
    this.statements = [];
  }

  logQuery(query: string, _parameters?: unknown[], _runner?: QueryRunner): void {
    this.statements.push(query);
  }
  // Failures, slow queries, schema builds and migrations are not statements a request sends.
  logQueryError = ignore;
  logQuerySlow = ignore;
  logSchemaBuild = ignore;
  logMigration = ignore;
  log = ignore;
}
