import type { Lifespan } from './cross-seating.rule';
import { DomainError } from './domain-error';
import { addDays, assertIsoDate } from './iso-date';

/**
 * A body's lifespan. `establishedOn` is its first day; `dissolvedOn`, once set, is the first day
 * it no longer exists, so its last day is the day before (the day its memberships end on).
 */
export interface BodyLifespan {
  establishedOn: string;
  dissolvedOn: string | null;
}

/** A body's dates are real calendar dates and it cannot be dissolved before it was established. */
export function validateBodyLifespan(lifespan: BodyLifespan): void {
  assertIsoDate(lifespan.establishedOn, 'establishedOn');
  if (lifespan.dissolvedOn !== null) {
    assertIsoDate(lifespan.dissolvedOn, 'dissolvedOn');
    if (lifespan.dissolvedOn < lifespan.establishedOn) {
      throw new DomainError(
        'BAD_USER_INPUT',
        'A body cannot be dissolved before it was established',
        {
          field: 'dissolvedOn',
        },
      );
    }
  }
}

/**
 * Whether the body exists on the given ISO date: from the day it was established, up to and
 * including the day before it was dissolved. The one answer to the question: meetings are
 * scheduled, memberships held and bodies listed as running only on such days.
 */
export function bodyExistsOn(lifespan: BodyLifespan, on: string): boolean {
  return (
    lifespan.establishedOn <= on && (lifespan.dissolvedOn === null || on < lifespan.dissolvedOn)
  );
}

/** The body's last day (the day before `dissolvedOn`), or null while it has no end. */
export function bodyLastDay(lifespan: Pick<BodyLifespan, 'dissolvedOn'>): string | null {
  return lifespan.dissolvedOn === null ? null : addDays(lifespan.dissolvedOn, -1);
}

/**
 * The body's days as an interval, first and last days included (`to` null while it has no end):
 * the shape the cross-seating rules take. A day is in it exactly when `bodyExistsOn`.
 */
export function bodyDays(lifespan: BodyLifespan): Lifespan {
  return { from: lifespan.establishedOn, to: bodyLastDay(lifespan) };
}
