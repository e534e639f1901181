import { Injectable } from '@nestjs/common';
import { londonDate } from '@boards/domain';

/**
 * What time it is, as the API sees it: services and resolvers ask this one provider (never
 * `new Date()`), so that a test or a tool can run the whole API on a day of its choosing.
 */
@Injectable()
export class Clock {
  /** The current instant. */
  now(): Date {
    return new Date();
  }

  /** Today's date in Europe/London (YYYY-MM-DD): the day the portal's rules are judged on. */
  today(): string {
    return londonDate(this.now());
  }
}

/** A clock that stands still at one instant (API tests, benchmarks, tools). */
export class FixedClock extends Clock {
  private instant: Date;

  constructor(instant: Date | string) {
    super();
    this.instant = new Date(instant);
    if (Number.isNaN(this.instant.getTime())) throw new Error(`Not an instant: ${String(instant)}`);
  }

  override now(): Date {
    return new Date(this.instant.getTime());
  }

  /** Moves the clock on (or back) by `ms` milliseconds. */
  advance(ms: number): void {
    this.instant = new Date(this.instant.getTime() + ms);
  }
}
