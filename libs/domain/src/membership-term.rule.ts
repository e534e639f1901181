/**
 * Membership terms: when a membership runs, and the rules for changing it.
 *
 * - A term runs from `startsOn` to `endsOn`, both ISO `YYYY-MM-DD` dates and both INCLUDED:
 *   `endsOn` is the last day of membership. `endsOn` null means open-ended (no end date yet).
 * - A term ends on or after the day it starts (a one-day term has `endsOn === startsOn`).
 * - One person may not hold two memberships of one body that share a day (the caller passes
 *   only that person's memberships of that body to `assertNoOverlap`).
 * - Ending a term can only bring its end forward; extending it can only push its end back. A
 *   change of role on a date splits one term into two that meet without a gap.
 *
 * Dates compare as strings (ISO order is date order). Every function here is pure and returns
 * new plain `Term` objects; none changes its arguments. The predicates (isActiveOn,
 * termsOverlap, termCovers, coverage, ...) assume terms that pass `validateTerm`.
 */
import { DomainError } from './domain-error';
import { addDays, assertRealDate, formatLongDate } from './iso-date';

export interface Term {
  startsOn: string;
  endsOn: string | null;
}

/** The last day `addDays` can name; a term ending then is treated as never ending. */
export const LAST_DAY = '9999-12-31';

export type TermStatus = 'PAST' | 'CURRENT' | 'FUTURE';

/** Real dates, and the end (when there is one) on or after the start. */
export function validateTerm(term: Term): void {
  assertRealDate(term.startsOn, 'startsOn', 'Start date');
  if (term.endsOn !== null) {
    assertRealDate(term.endsOn, 'endsOn', 'End date');
    if (term.endsOn < term.startsOn) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `End date must be the same as or after the start date, ${formatLongDate(term.startsOn)}`,
        { field: 'endsOn' },
      );
    }
  }
}

/** Whether `on` is one of the term's days (its first and last days included). */
export function isActiveOn(term: Term, on: string): boolean {
  return term.startsOn <= on && (term.endsOn === null || on <= term.endsOn);
}

/** FUTURE before its first day, PAST after its last day, CURRENT on any day of it. */
export function termStatus(term: Term, today: string): TermStatus {
  if (today < term.startsOn) return 'FUTURE';
  if (term.endsOn !== null && term.endsOn < today) return 'PAST';
  return 'CURRENT';
}

/** Whether the two terms share at least one day. */
export function termsOverlap(a: Term, b: Term): boolean {
  return (
    (b.endsOn === null || a.startsOn <= b.endsOn) && (a.endsOn === null || b.startsOn <= a.endsOn)
  );
}

/** Whether every day of `inner` is a day of `outer`. */
export function termCovers(outer: Term, inner: Term): boolean {
  if (inner.startsOn < outer.startsOn) return false;
  if (outer.endsOn === null) return true;
  return inner.endsOn !== null && inner.endsOn <= outer.endsOn;
}

/** "from 14 April 2021 to 13 April 2024", or "from 14 April 2021, with no end date". */
export function describeTerm(term: Term): string {
  const from = `from ${formatLongDate(term.startsOn)}`;
  return term.endsOn === null
    ? `${from}, with no end date`
    : `${from} to ${formatLongDate(term.endsOn)}`;
}

/**
 * The earliest-starting entry of `existing` that shares a day with `candidate`, skipping the
 * entry whose id is `candidate.id` (the membership being changed); undefined when none does.
 */
export function findOverlap<T extends Term & { id: string }>(
  candidate: Term & { id?: string },
  existing: readonly T[],
): T | undefined {
  let found: T | undefined;
  for (const other of existing) {
    if (candidate.id !== undefined && other.id === candidate.id) continue;
    if (!termsOverlap(candidate, other)) continue;
    if (found === undefined || other.startsOn < found.startsOn) found = other;
  }
  return found;
}

/**
 * The refusal for a candidate that overlaps `other`: the message names the other term's dates;
 * the field at fault is the start date when the candidate starts inside the other term, and
 * otherwise the end date (the candidate starts earlier but runs into it).
 */
export function overlapRefusal(
  candidate: Term,
  other: Term,
): { message: string; field: 'startsOn' | 'endsOn' } {
  return {
    message:
      `This person already has a membership of this body ${describeTerm(other)}. ` +
      'Memberships of the same body cannot overlap.',
    field: isActiveOn(other, candidate.startsOn) ? 'startsOn' : 'endsOn',
  };
}

/**
 * Throws MEMBERSHIP_OVERLAP (message names the overlapping term's dates) if candidate overlaps
 * any of `existing` (same person, same body), ignoring an entry with the same id as
 * candidate.id. When several overlap, the earliest-starting one is named. details:
 * `{ field, membershipId }` with the id of the membership it overlaps.
 */
export function assertNoOverlap(
  candidate: Term & { id?: string },
  existing: readonly (Term & { id: string })[],
): void {
  const other = findOverlap(candidate, existing);
  if (other === undefined) return;
  const { message, field } = overlapRefusal(candidate, other);
  throw new DomainError('MEMBERSHIP_OVERLAP', message, { field, membershipId: other.id });
}

/**
 * End a term on `endsOn` (its new last day). BAD_USER_INPUT (field endsOn) if not a real date or
 * before startsOn; INVALID_TRANSITION if the term already ended on or before that date (ending
 * can only shorten an open or later end).
 */
export function endTerm(term: Term, endsOn: string): Term {
  assertRealDate(endsOn, 'endsOn', 'End date');
  if (endsOn < term.startsOn) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `End date must be the same as or after the start date, ${formatLongDate(term.startsOn)}`,
      { field: 'endsOn' },
    );
  }
  if (term.endsOn !== null && term.endsOn <= endsOn) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `This membership already ends on ${formatLongDate(term.endsOn)}. ` +
        'To end it later, extend it instead.',
      { field: 'endsOn' },
    );
  }
  return { startsOn: term.startsOn, endsOn };
}

/**
 * Extend: newEndsOn null (open) or a date strictly later than the current end;
 * INVALID_TRANSITION if the term is open-ended already; BAD_USER_INPUT field endsOn if not a
 * real date or not later.
 */
export function extendTerm(term: Term, newEndsOn: string | null): Term {
  if (term.endsOn === null) {
    throw new DomainError(
      'INVALID_TRANSITION',
      'This membership has no end date, so it cannot be extended',
    );
  }
  if (newEndsOn !== null) {
    assertRealDate(newEndsOn, 'endsOn', 'End date');
    if (newEndsOn <= term.endsOn) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `New end date must be after ${formatLongDate(term.endsOn)}, when the membership now ends`,
        { field: 'endsOn' },
      );
    }
  }
  return { startsOn: term.startsOn, endsOn: newEndsOn };
}

/**
 * A role change from date `on`: the first part ends the day before `on`, the second starts on
 * `on` and keeps the old end. `on` must be a real date after startsOn and within the term, else
 * BAD_USER_INPUT field 'on'.
 */
export function splitTermAt(term: Term, on: string): [Term, Term] {
  assertRealDate(on, 'on', 'Date of the change');
  if (on <= term.startsOn) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `Date of the change must be after ${formatLongDate(term.startsOn)}, when the membership starts`,
      { field: 'on' },
    );
  }
  if (term.endsOn !== null && on > term.endsOn) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `Date of the change must be on or before ${formatLongDate(term.endsOn)}, when the membership ends`,
      { field: 'on' },
    );
  }
  return [
    { startsOn: term.startsOn, endsOn: addDays(on, -1) },
    { startsOn: on, endsOn: term.endsOn },
  ];
}

/**
 * Union of terms as sorted, merged, non-overlapping intervals; adjacent terms (one ends the day
 * before the next starts) merge. Terms that end before they start cover no days and are dropped.
 */
export function coverage(terms: readonly Term[]): Term[] {
  const sorted = terms
    .filter((t) => t.endsOn === null || t.startsOn <= t.endsOn)
    .map((t) => ({ startsOn: t.startsOn, endsOn: t.endsOn }))
    .sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : 0));
  const merged: Term[] = [];
  for (const term of sorted) {
    const last = merged[merged.length - 1];
    const joins =
      last !== undefined &&
      (last.endsOn === null ||
        term.startsOn <= last.endsOn ||
        addDays(last.endsOn, 1) === term.startsOn);
    if (last !== undefined && joins) {
      if (last.endsOn !== null && (term.endsOn === null || term.endsOn > last.endsOn)) {
        last.endsOn = term.endsOn;
      }
    } else {
      merged.push(term);
    }
  }
  return merged;
}

/**
 * The first day of `term` that no term of `terms` covers, or null when they cover all of it.
 * `terms` may overlap and come in any order.
 */
export function firstUncoveredDay(terms: readonly Term[], term: Term): string | null {
  let cursor = term.startsOn;
  for (const interval of coverage(terms)) {
    if (interval.endsOn !== null && interval.endsOn < cursor) continue;
    if (interval.startsOn > cursor) break;
    if (interval.endsOn === null || interval.endsOn === LAST_DAY) return null;
    if (term.endsOn !== null && interval.endsOn >= term.endsOn) return null;
    cursor = addDays(interval.endsOn, 1);
  }
  return cursor;
}
