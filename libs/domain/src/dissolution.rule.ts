/**
 * Dissolving a body: what it does to the memberships. The one answer, asked both by the check
 * the secretariat sees before confirming and by the dissolving itself.
 *
 * - The body exists until the day before `dissolvedOn` (its last day, `bodyLastDay`), and it
 *   must have existed for at least one day (`validateBodyLifespan`).
 * - Each of its memberships that runs beyond the last day ends on it (`endTerm`); one that has
 *   not begun by then is removed, as it never begins. Memberships over by then are left alone.
 * - The cross-seats on other bodies that rest on the memberships that change follow them
 *   (`crossSeatCascade`, on the person's memberships of the body as they will be): each ends on
 *   the last day it is still covered, or is removed when it would not begin covered.
 */
import { bodyLastDay, validateBodyLifespan, type BodyLifespan } from './body.rule';
import { crossSeatCascade, type SeatHolding } from './cross-seating.rule';
import { DomainError } from './domain-error';
import { formatLongDate } from './iso-date';
import { endTerm, type Term } from './membership-term.rule';

export interface DissolvingBody extends BodyLifespan {
  readonly id: string;
  readonly name: string;
}

/** A membership that ends earlier: its new last day. */
export interface MembershipEnding {
  readonly membershipId: string;
  readonly endsOn: string;
}

export interface DissolutionPlan {
  readonly dissolvedOn: string;
  /** The body's last day: the day before `dissolvedOn`. */
  readonly lastDay: string;
  /** The body's memberships begun by its last day that run beyond it: they end on it. */
  readonly ending: readonly MembershipEnding[];
  /** The body's memberships that begin after its last day: removed (membership ids). */
  readonly cancelled: readonly string[];
  /** Cross-seats elsewhere resting on the memberships that change, ending earlier. */
  readonly crossSeatsEnding: readonly MembershipEnding[];
  /** Cross-seats elsewhere that would begin uncovered: removed (membership ids). */
  readonly crossSeatsCancelled: readonly string[];
}

/**
 * What dissolving `body` from `dissolvedOn` does, given every membership of the body
 * (`memberships`) and every cross-seat resting on it (`crossSeats`: CROSS_SEAT holdings with
 * `fromBodyId` the body's id, on any body). Lists keep the order of the holdings given.
 * INVALID_TRANSITION when the body is dissolved already; BAD_USER_INPUT (field `dissolvedOn`)
 * when the date is not a real date or not after the day the body was established.
 */
export function planDissolution(
  body: DissolvingBody,
  dissolvedOn: string,
  memberships: readonly SeatHolding[],
  crossSeats: readonly SeatHolding[],
): DissolutionPlan {
  if (body.dissolvedOn !== null) {
    throw new DomainError(
      'INVALID_TRANSITION',
      `${body.name} was already dissolved on ${formatLongDate(body.dissolvedOn)}`,
    );
  }
  validateBodyLifespan({ establishedOn: body.establishedOn, dissolvedOn });
  const lastDay = bodyLastDay({ dissolvedOn }) as string;
  const ending: MembershipEnding[] = [];
  const cancelled: string[] = [];
  /** Each changed person's memberships of the body, as they will be. */
  const after = new Map<string, Term[]>();
  const ofBody = memberships.filter((membership) => membership.bodyId === body.id);
  for (const membership of ofBody) {
    const runsBeyond = membership.endsOn === null || membership.endsOn > lastDay;
    if (!runsBeyond) continue;
    if (membership.startsOn > lastDay) {
      cancelled.push(membership.membershipId);
    } else {
      ending.push({
        membershipId: membership.membershipId,
        endsOn: endTerm(membership, lastDay).endsOn as string,
      });
    }
    after.set(membership.personId, []);
  }
  for (const membership of ofBody) {
    const terms = after.get(membership.personId);
    if (terms === undefined || cancelled.includes(membership.membershipId)) continue;
    const ended = ending.find((end) => end.membershipId === membership.membershipId);
    terms.push({ startsOn: membership.startsOn, endsOn: ended?.endsOn ?? membership.endsOn });
  }
  const crossSeatsEnding: MembershipEnding[] = [];
  const crossSeatsCancelled: string[] = [];
  for (const seat of crossSeats) {
    const terms = after.get(seat.personId);
    if (terms === undefined || seat.seat !== 'CROSS_SEAT' || seat.fromBodyId !== body.id) continue;
    for (const action of crossSeatCascade(terms, [seat])) {
      if (action.action === 'END') {
        crossSeatsEnding.push({ membershipId: action.membershipId, endsOn: action.endsOn });
      } else {
        crossSeatsCancelled.push(action.membershipId);
      }
    }
  }
  return { dissolvedOn, lastDay, ending, cancelled, crossSeatsEnding, crossSeatsCancelled };
}
