export * from './domain-error';
export * from './body.rule';
