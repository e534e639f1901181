import { DomainError } from './domain-error';

export interface BodyLifespan {
  establishedOn: string;
  dissolvedOn: string | null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function assertIsoDate(value: string, field: string): void {
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new DomainError('BAD_USER_INPUT', `${field} must be a date in the form YYYY-MM-DD`, {
      field,
    });
  }
  // Date.parse accepts 2023-02-30; round-tripping catches impossible dates.
  if (new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new DomainError('BAD_USER_INPUT', `${field} must be a real date`, { field });
  }
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
