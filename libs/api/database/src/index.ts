export * from './entities';
export * from './data-source';
export * from './embedded-postgres';
export * from './seed/seed';
export * from './entity-from-json';
export * from './seed/seed-large';
export { MIGRATIONS } from './migrations';
export * from './sql/meeting-membership.sql';
export { PUBLIC_DATA_CHANNEL } from './migrations/1765805000000-public-data-changed';
