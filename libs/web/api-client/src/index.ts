export * from './api-client';
export * from './api-errors';
export * from './generated/graphql';
