import { createHash } from 'node:crypto';
import { termStatus, type Term } from '@boards/domain';
import type { MembershipRole } from '@boards/shared/contracts';

/**
 * A membership as open data publishes it: the person already through the public-display rule
 * (hidden people never get this far), and no internal id of any kind.
 */
export interface PublishedMembership {
  /** Opaque: not the membership's id, which the public never sees. */
  id: string;
  bodySlug: string;
  role: MembershipRole;
  seat: 'ORDINARY' | 'CROSS_SEAT';
  /** For a cross-seat: the slug of the body the seat rests on. */
  fromBodySlug: string | null;
  startsOn: string;
  endsOn: string | null;
  person:
    | { visibility: 'NAMED'; id: string; name: string }
    /** An id made for this one membership, so that the person cannot be followed across bodies. */
    | { visibility: 'ANONYMOUS'; id: string };
}

/** A body as open data publishes it. */
export interface PublishedBody {
  slug: string;
  name: string;
  kind: 'BOARD' | 'GROUP';
  establishedOn: string;
  /** The first day it no longer exists; null while it lasts. */
  dissolvedOn: string | null;
}

/**
 * The day whose consent a membership is shown by, as the public members lists show it: a
 * current membership as of today (`Body.members`), a past one as of its last day
 * (`Body.pastMembers`); a future one is not published (null).
 */
export function shownAsOf(term: Term, today: string): string | null {
  switch (termStatus(term, today)) {
    case 'CURRENT':
      return today;
    case 'PAST':
      return term.endsOn;
    default:
      return null;
  }
}

/**
 * An id that stands for `kind` of one membership and reveals nothing: a hash of the kind and the
 * membership's (random, never published) id. The same membership always gets the same id, so
 * the files stay stable; different kinds of the same membership get unrelated ids.
 */
export function opaqueId(kind: 'membership' | 'person', membershipId: string): string {
  const digest = createHash('sha256').update(`${kind}:${membershipId}`).digest('hex');
  return `${kind}-${digest.slice(0, 24)}`;
}
