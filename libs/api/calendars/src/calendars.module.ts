import { Module, type DynamicModule } from '@nestjs/common';
import { BodiesModule } from '@boards/api/bodies';
import { MeetingsModule } from '@boards/api/meetings';
import { PeopleModule } from '@boards/api/people';
import { CalendarFeedResolver } from './calendar-feed.resolver';
import { CalendarFeedTokensService } from './calendar-feed-tokens.service';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsService } from './calendar-feeds.service';
import { CALENDARS_OPTIONS, type CalendarsOptions } from './calendars.options';

/**
 * Meetings as calendars (RFC 5545) on the API's port: public feeds of every body's and each
 * body's meetings, one meeting for "Add to calendar", and each member's own feed behind a secret
 * address they make, revoke and make again from their account.
 */
@Module({})
export class CalendarsModule {
  static forRoot(options: CalendarsOptions): DynamicModule {
    return {
      module: CalendarsModule,
      imports: [BodiesModule, MeetingsModule, PeopleModule],
      controllers: [CalendarFeedsController],
      providers: [
        { provide: CALENDARS_OPTIONS, useValue: options },
        CalendarFeedTokensService,
        CalendarFeedsService,
        CalendarFeedResolver,
      ],
    };
  }
}
