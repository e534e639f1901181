import type { Lifespan } from './cross-seating.rule';
import { DomainError } from './domain-error';
import { addDays, assertIsoDate, formatLongDate } from './iso-date';

/**
 * A body's lifespan. `establishedOn` is its first day; `dissolvedOn`, once set, is the first day
 * it no longer exists, so its last day is the day before (the day its memberships end on).
 */
export interface BodyLifespan {
  establishedOn: string;
  dissolvedOn: string | null;
}

/**
 * A body's dates are real calendar dates and it exists for one day at least: it is dissolved
 * after the day it was established, never on it (a body dissolved on its first day would never
 * have existed, and could have held no membership, meeting or terms of reference). The one
 * answer for dissolving a body and for changing the date it was established: BAD_USER_INPUT on
 * `change`, the date being set (`dissolvedOn` unless told otherwise).
 */
export function validateBodyLifespan(
  lifespan: BodyLifespan,
  change: 'establishedOn' | 'dissolvedOn' = 'dissolvedOn',
): void {
  assertIsoDate(lifespan.establishedOn, 'establishedOn');
  if (lifespan.dissolvedOn === null) return;
  assertIsoDate(lifespan.dissolvedOn, 'dissolvedOn');
  if (lifespan.dissolvedOn <= lifespan.establishedOn) {
    throw new DomainError(
      'BAD_USER_INPUT',
      change === 'dissolvedOn'
        ? `A body must be dissolved after the day it was established, ${formatLongDate(lifespan.establishedOn)}`
        : `A body must be established before the day it was dissolved, ${formatLongDate(lifespan.dissolvedOn)}`,
      { field: change },
    );
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

/**
 * Whether the body exists on `on` or on some later day: it has days left from then on (it may
 * not have begun yet). A meeting can still be scheduled for such a body, on one of those days.
 */
export function bodyExistsOnOrAfter(lifespan: BodyLifespan, on: string): boolean {
  const last = bodyLastDay(lifespan);
  return last === null || (on <= last && lifespan.establishedOn <= last);
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
