export * from './auth.service';
export * from './common-passwords';
export * from './identity.module';
export * from './identity.options';
export * from './password-hasher';
export * from './request-token';
export * from './session-token';
export * from './sessions.service';
