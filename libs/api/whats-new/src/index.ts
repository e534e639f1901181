export * from './whats-new.model';
export * from './whats-new.service';
export * from './whats-new.resolver';
export * from './whats-new.module';
