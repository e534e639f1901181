export * from './calendars.module';
export * from './calendars.options';
export * from './calendar-feeds.controller';
export * from './calendar-feeds.service';
export * from './calendar-feed-tokens.service';
export * from './meeting-calendar';
