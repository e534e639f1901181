import { Module, type DynamicModule } from '@nestjs/common';
import { EmailDeliveriesResolver } from './email-deliveries.resolver';
import { EmailDeliveriesService } from './email-deliveries.service';
import { FileMailTransport } from './file-mail-transport';
import { JOB_QUEUE_OPTIONS, JobQueue, type JobQueueOptions } from './job-queue';
import { MAIL_TRANSPORT, type MailTransport } from './mail-transport';
import {
  NOTIFICATIONS_OPTIONS,
  type MailTransportSetting,
  type NotificationsOptions,
} from './notifications.options';
import { OutboxSender } from './outbox-sender.service';
import { OutboxService } from './outbox.service';
import { SmtpMailTransport } from './smtp-mail-transport';

export function createMailTransport(setting: MailTransportSetting): MailTransport {
  return setting.kind === 'smtp'
    ? new SmtpMailTransport(setting.url)
    : new FileMailTransport(setting.dir);
}

/**
 * Email: the transactional outbox, its sender, and the secretariat's view of delivery; and the
 * job queue. Global, like the audit trail.
 */
@Module({})
export class NotificationsModule {
  static forRoot(options: NotificationsOptions, jobs: JobQueueOptions): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      providers: [
        { provide: NOTIFICATIONS_OPTIONS, useValue: options },
        { provide: MAIL_TRANSPORT, useFactory: () => createMailTransport(options.transport) },
        { provide: JOB_QUEUE_OPTIONS, useValue: jobs },
        OutboxService,
        OutboxSender,
        JobQueue,
        EmailDeliveriesService,
        EmailDeliveriesResolver,
      ],
      exports: [NOTIFICATIONS_OPTIONS, MAIL_TRANSPORT, OutboxService, OutboxSender, JobQueue],
    };
  }
}
