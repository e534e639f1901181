import { Module, type DynamicModule } from '@nestjs/common';
import { EmailDeliveriesResolver } from './email-deliveries.resolver';
import { EmailDeliveriesService } from './email-deliveries.service';
import { FileMailTransport } from './file-mail-transport';
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
 * Email: the transactional outbox, its sender, and the secretariat's view of delivery. Global,
 * like the audit trail.
 */
@Module({})
export class NotificationsModule {
  static forRoot(options: NotificationsOptions): DynamicModule {
    return {
      module: NotificationsModule,
      global: true,
      providers: [
        { provide: NOTIFICATIONS_OPTIONS, useValue: options },
        { provide: MAIL_TRANSPORT, useFactory: () => createMailTransport(options.transport) },
        OutboxService,
        OutboxSender,
        EmailDeliveriesService,
        EmailDeliveriesResolver,
      ],
      exports: [NOTIFICATIONS_OPTIONS, MAIL_TRANSPORT, OutboxService, OutboxSender],
    };
  }
}
