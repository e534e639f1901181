export * from './factories';
export * from './test-database';
export * from './sql-statement-counter';
export * from './free-port';
