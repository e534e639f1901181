import { Query, Resolver } from '@nestjs/graphql';
import { Access } from './access';
import { Clock } from './clock';
import { LocalDateScalar } from './local-date.scalar';

/**
 * The API's day, for pages that only need the day itself (a date form filled in with today, a
 * message that says "ended" or "ends"): they take it from here rather than from their own
 * server's clock, so that they agree with what the API decides on that day.
 */
@Resolver()
export class TodayResolver {
  constructor(private readonly clock: Clock) {}

  @Access('PUBLIC')
  @Query(() => LocalDateScalar, {
    description:
      'Today’s date in Europe/London by the API’s clock: the day its rules judge “today” on (what `on` means when left out)',
  })
  today(): string {
    return this.clock.today();
  }
}
