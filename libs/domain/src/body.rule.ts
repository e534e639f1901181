import { DomainError } from './domain-error';
import { assertIsoDate } from './iso-date';

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

/** Whether the body exists (established and not yet dissolved) on the given ISO date. */
export function isBodyActiveOn(lifespan: BodyLifespan, on: string): boolean {
  return (
    lifespan.establishedOn <= on && (lifespan.dissolvedOn === null || on < lifespan.dissolvedOn)
  );
}
