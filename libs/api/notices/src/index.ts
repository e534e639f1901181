export * from './notice-choices.model';
export * from './notice-choices.service';
export * from './notice-mail';
export * from './notices.module';
export * from './notices.options';
export * from './notices.service';
export * from './notices-worker.service';
