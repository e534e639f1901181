export * from './access';
export * from './data-loader.factory';
export * from './errors';
export * from './graphql-context';
export * from './graphql-infra.module';
export * from './local-date.scalar';
export * from './query-limits.plugin';
