/** The calendar day before `value` (`YYYY-MM-DD`). */
export function previousDay(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, day - 1)).toISOString().slice(0, 10);
}

interface Term {
  readonly startsOn: string;
  readonly endsOn: string | null;
}

export interface DissolvingMembership extends Term {
  readonly id: string;
  readonly role: string;
  readonly person: {
    readonly id: string;
    readonly fullName: string;
    readonly memberships: readonly (Term & {
      readonly id: string;
      readonly seat: string;
      readonly body: { readonly id: string; readonly name: string };
      readonly fromBody: { readonly id: string } | null;
    })[];
  };
}

export interface Ending {
  readonly membershipId: string;
  readonly personName: string;
  readonly role?: string;
  /** For a cross-seat on another body: that body's name. */
  readonly bodyName?: string;
  readonly startsOn: string;
}

export interface DissolveEffect {
  /** The body's last day: the day before it is dissolved. */
  readonly lastDay: string;
  /** Memberships running on the last day or beyond: they end on the last day. */
  readonly ending: readonly Ending[];
  /** Memberships that start after the last day: removed, as they never begin. */
  readonly cancelled: readonly Ending[];
  /** Cross-seats on other bodies held by its members because of these memberships. */
  readonly crossSeatsEnding: readonly Ending[];
  readonly crossSeatsCancelled: readonly Ending[];
}

const runsPast = (term: Term, lastDay: string) => term.endsOn === null || term.endsOn > lastDay;

const byName = (a: Ending, b: Ending) =>
  a.personName.localeCompare(b.personName, 'en-GB') || a.startsOn.localeCompare(b.startsOn);

/**
 * What dissolving a body from `dissolvedOn` will end, as the API does it: its memberships end on
 * its last day (those not begun by then are removed), and each cross-seat its members hold
 * elsewhere on the strength of those memberships ends (or is removed) with them. For the
 * confirmation page only: the API works it out again, and decides, when it is confirmed.
 */
export function dissolveEffect(
  bodyId: string,
  memberships: readonly DissolvingMembership[],
  dissolvedOn: string,
): DissolveEffect {
  const lastDay = previousDay(dissolvedOn);
  const ending: Ending[] = [];
  const cancelled: Ending[] = [];
  const crossSeats = new Map<string, Ending & { readonly cancelled: boolean }>();
  for (const membership of memberships) {
    if (!runsPast(membership, lastDay)) continue;
    const entry = {
      membershipId: membership.id,
      personName: membership.person.fullName,
      role: membership.role,
      startsOn: membership.startsOn,
    };
    (membership.startsOn > lastDay ? cancelled : ending).push(entry);
    for (const seat of membership.person.memberships) {
      if (seat.seat !== 'CROSS_SEAT' || seat.fromBody?.id !== bodyId) continue;
      if (!runsPast(seat, lastDay)) continue;
      crossSeats.set(seat.id, {
        membershipId: seat.id,
        personName: membership.person.fullName,
        bodyName: seat.body.name,
        startsOn: seat.startsOn,
        cancelled: seat.startsOn > lastDay,
      });
    }
  }
  const seats = [...crossSeats.values()];
  const strip = ({ cancelled: _cancelled, ...rest }: Ending & { cancelled: boolean }) => rest;
  return {
    lastDay,
    ending: ending.sort(byName),
    cancelled: cancelled.sort(byName),
    crossSeatsEnding: seats
      .filter((seat) => !seat.cancelled)
      .map(strip)
      .sort(byName),
    crossSeatsCancelled: seats
      .filter((seat) => seat.cancelled)
      .map(strip)
      .sort(byName),
  };
}
