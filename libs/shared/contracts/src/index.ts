export * from './error-codes';
export * from './body';
export * from './env';
export * from './person';
