import { MEMBERSHIP_ROLE_LABELS } from '@boards/shared/contracts';
import type { BodyKind, PersonVisibility } from '@boards/web/api-client';
import { isShown, type PublicMember } from './public-members';

/** A body's members today as the API answers them, with the ids of people named to the asker. */
export interface BodyMembersToday {
  readonly slug: string;
  readonly name: string;
  readonly kind: BodyKind;
  /** The API's answer: whether the body exists today (established, not yet dissolved). */
  readonly existsToday: boolean;
  readonly members: ReadonlyArray<
    PublicMember & {
      readonly person: PublicMember['person'] & {
        readonly id: string | null;
        readonly visibility: PersonVisibility;
      };
    }
  >;
}

/** One person's seat on one body. */
export interface Seat {
  readonly role: string;
  readonly crossSeat: boolean;
  /** For a cross-seat: the body the member comes from. */
  readonly fromBody: string | null;
}

/** One named person: their seat on each body, in the order of `WhoSitsWhere.bodies`. */
export interface PersonRow {
  readonly name: string;
  readonly seats: readonly (Seat | null)[];
}

export interface WhoSitsWhere {
  readonly bodies: readonly { readonly slug: string; readonly name: string }[];
  readonly rows: readonly PersonRow[];
  /** For each body with members not named, how many: counts only, never rows. */
  readonly notNamed: readonly {
    readonly slug: string;
    readonly name: string;
    readonly count: number;
  }[];
}

/**
 * Every current member of the bodies that exist today (as the API says: a body dissolved from
 * today is gone), one row a named person (their seats joined
 * by the id the API gives people named to the one asking). People not named have no id, so
 * their seats cannot be joined, and must not be: they are counted per body instead. The result
 * carries no ids.
 */
export function whoSitsWhere(bodies: readonly BodyMembersToday[]): WhoSitsWhere {
  const running = bodies.filter((body) => body.existsToday);
  const rows = new Map<string, { name: string; seats: (Seat | null)[] }>();
  const notNamed = running.map((body) => ({ slug: body.slug, name: body.name, count: 0 }));
  running.forEach((body, column) => {
    for (const member of body.members.filter(isShown)) {
      const { id, visibility, displayName } = member.person;
      if (visibility !== 'NAMED' || id === null || displayName === null) {
        notNamed[column].count += 1;
        continue;
      }
      let row = rows.get(id);
      if (!row) {
        row = { name: displayName, seats: running.map(() => null) };
        rows.set(id, row);
      }
      row.seats[column] = {
        role: MEMBERSHIP_ROLE_LABELS[member.role],
        crossSeat: member.seat === 'CROSS_SEAT',
        fromBody: member.seat === 'CROSS_SEAT' ? (member.fromBody?.name ?? null) : null,
      };
    }
  });
  return {
    bodies: running.map(({ slug, name }) => ({ slug, name })),
    rows: [...rows.values()].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    notNamed: notNamed.filter((body) => body.count > 0),
  };
}
