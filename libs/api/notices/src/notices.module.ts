import { Module, type DynamicModule } from '@nestjs/common';
import { MeetingsModule } from '@boards/api/meetings';
import { NoticeChoicesResolver } from './notice-choices.resolver';
import { NoticeChoicesService } from './notice-choices.service';
import { NOTICES_OPTIONS, type NoticesOptions } from './notices.options';
import { NoticesService } from './notices.service';
import { NoticesWorker } from './notices-worker.service';

/**
 * Emails to members about their meetings: meetings scheduled and changed (with a calendar file),
 * new papers (a digest), minutes to comment on, actions given and due, and reminders; each
 * person's choices, and a one-click unsubscribe in every email.
 */
@Module({})
export class NoticesModule {
  static forRoot(options: NoticesOptions): DynamicModule {
    return {
      module: NoticesModule,
      imports: [MeetingsModule],
      providers: [
        { provide: NOTICES_OPTIONS, useValue: options },
        NoticeChoicesService,
        NoticeChoicesResolver,
        NoticesService,
        NoticesWorker,
      ],
      exports: [NoticesService, NoticesWorker, NoticeChoicesService],
    };
  }
}
