export * from './error-codes';
export * from './body';
export * from './env';
export * from './person';
export * from './text';
export * from './membership';
export * from './membership-import';
export * from './terms-of-reference';
