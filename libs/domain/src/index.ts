export * from './domain-error';
export * from './body.rule';
export * from './iso-date';
export * from './display-consent.rule';
export * from './public-display.rule';
export * from './password-policy.rule';
