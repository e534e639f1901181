import { QueryFailedError } from 'typeorm';

/** The constraint PostgreSQL named when it refused a statement, if it was a constraint. */
export function refusingConstraint(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  return (error.driverError as { constraint?: string } | undefined)?.constraint;
}

/**
 * Whether `error` is PostgreSQL refusing a write by the constraint named (a unique index, an
 * exclusion constraint): the one way services turn "the database said no" into their own
 * error (CONFLICT, MEMBERSHIP_OVERLAP) after the rule has had its say.
 */
export function refusedBy(error: unknown, constraint: string): boolean {
  return refusingConstraint(error) === constraint;
}
