export * from './error-codes';
export * from './body';
