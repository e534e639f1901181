export * from './file-mail-transport';
export * from './job-queue';
export * from './mail-transport';
export * from './notifications.module';
export * from './notifications.options';
export * from './outbox-sender.service';
export * from './outbox.service';
export * from './smtp-mail-transport';
