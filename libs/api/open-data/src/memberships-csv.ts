import { stringify } from 'csv-stringify/sync';
import { MEMBERSHIP_ROLE_LABELS } from '@boards/shared/contracts';
import { sortMemberships } from './popolo';
import type { PublishedBody, PublishedMembership } from './published-membership';

/** The columns of memberships.csv, in order. */
export const MEMBERSHIPS_CSV_COLUMNS = [
  'body',
  'person',
  'role',
  'seat',
  'cross_seat_from',
  'start_date',
  'end_date',
] as const;

export type MembershipsCsvRecord = Record<(typeof MEMBERSHIPS_CSV_COLUMNS)[number], string>;

/** One line a membership: names as people read them; blank where a person is not named. */
export function membershipsCsvRecords(
  bodies: readonly PublishedBody[],
  memberships: readonly PublishedMembership[],
): MembershipsCsvRecord[] {
  const names = new Map(bodies.map((body) => [body.slug, body.name]));
  const nameOf = (slug: string | null) => (slug === null ? '' : (names.get(slug) ?? slug));
  return sortMemberships(bodies, memberships).map((membership) => ({
    body: nameOf(membership.bodySlug),
    person: membership.person.visibility === 'NAMED' ? membership.person.name : '',
    role: MEMBERSHIP_ROLE_LABELS[membership.role],
    seat: membership.seat === 'CROSS_SEAT' ? 'Cross-seat' : 'Ordinary',
    cross_seat_from: nameOf(membership.fromBodySlug),
    start_date: membership.startsOn,
    end_date: membership.endsOn ?? '',
  }));
}

/** RFC 4180 text: a header line, CRLF line ends, fields quoted where they need it. */
export function membershipsCsv(records: readonly MembershipsCsvRecord[]): string {
  return stringify([...records], {
    header: true,
    columns: [...MEMBERSHIPS_CSV_COLUMNS],
    record_delimiter: 'windows',
  });
}
