import { MEMBERSHIP_ROLE_LABELS } from '@boards/shared/contracts';
import type {
  BodyKind,
  CrossSeatStatus,
  MembershipRole,
  MembershipSeat,
  PersonVisibility,
} from '@boards/web/api-client';
import { formatDateRange, formatLocalDate } from '../dates';

/**
 * What the public pages show of members. The API has already applied each person's consent to
 * the one asking: these functions only word it, and leave out anyone marked hidden (the API
 * does not send them to anyone but the secretariat; this is a second lock on the same door).
 */

export interface PublicMember {
  readonly person: {
    readonly visibility: PersonVisibility;
    readonly displayName: string | null;
    readonly affiliation: string | null;
  };
  readonly role: MembershipRole;
  readonly seat: MembershipSeat;
  readonly fromBody: { readonly slug: string; readonly name: string } | null;
  readonly startsOn: string;
  readonly endsOn: string | null;
}

/** A member as a body page shows them: no ids, nothing the person did not agree to show. */
export interface MemberEntry {
  readonly name: string;
  readonly named: boolean;
  readonly role: string;
  readonly affiliation: string | null;
  /** For a cross-seat: the body the member comes from. */
  readonly crossSeatFrom: string | null;
  readonly startsOn: string;
  readonly endsOn: string | null;
}

/** Used when the API gives a shown person no name, which it should never do. */
const UNNAMED = 'A member';

export function isShown(member: { readonly person: { readonly visibility: PersonVisibility } }) {
  return member.person.visibility !== 'HIDDEN';
}

/** The members a page may list, as it lists them. */
export function memberEntries(members: readonly PublicMember[]): MemberEntry[] {
  return members.filter(isShown).map((member) => {
    const named = member.person.visibility === 'NAMED';
    return {
      name: member.person.displayName ?? UNNAMED,
      named,
      role: MEMBERSHIP_ROLE_LABELS[member.role],
      // Anonymous people have no organisation shown, whatever the API sends.
      affiliation: named ? member.person.affiliation : null,
      crossSeatFrom: member.seat === 'CROSS_SEAT' ? (member.fromBody?.name ?? null) : null,
      startsOn: member.startsOn,
      endsOn: member.endsOn,
    };
  });
}

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
const seats = (count: number) => plural(count, 'seat', 'seats');

export interface CrossSeatRuleFacts {
  readonly minSeats: number;
  readonly maxSeats: number;
  readonly fromBody: { readonly slug: string; readonly name: string };
}

export interface ComplianceFacts {
  readonly status: CrossSeatStatus;
  readonly held: number;
  readonly since: string | null;
  readonly rule: CrossSeatRuleFacts;
}

/** A cross-seat rule's state today, in a tag and one or two short sentences. */
export interface ComplianceWording {
  readonly tag: string;
  readonly colour: 'green' | 'orange' | 'red' | 'grey';
  readonly sentence: string;
}

const STATUS_TAGS: Record<CrossSeatStatus, Pick<ComplianceWording, 'tag' | 'colour'>> = {
  COMPLIANT: { tag: 'Filled', colour: 'green' },
  VACANCY: { tag: 'Vacancy', colour: 'orange' },
  OVER: { tag: 'Too many', colour: 'red' },
  NOT_IN_FORCE: { tag: 'Not in use', colour: 'grey' },
};

/**
 * "2 of 2 seats for members of the Experts by Experience Board are filled", "1 of 2 seats for
 * members of the Experts by Experience Board has been vacant since 1 July 2024".
 */
export function complianceWording(
  compliance: ComplianceFacts,
  bodyKind: BodyKind,
): ComplianceWording {
  const { status, held, since, rule } = compliance;
  const forMembers = `for members of the ${rule.fromBody.name}`;
  const group = `this ${bodyKind === 'BOARD' ? 'board' : 'group'}`;
  let sentence: string;
  switch (status) {
    case 'COMPLIANT':
      sentence =
        rule.minSeats === rule.maxSeats
          ? `${held} of ${rule.maxSeats} ${seats(rule.maxSeats)} ${forMembers} ${plural(held, 'is', 'are')} filled.`
          : `${held} ${seats(held)} ${forMembers} ${plural(held, 'is', 'are')} filled. ${capitalise(group)} needs ${rule.minSeats} to ${rule.maxSeats}.`;
      break;
    case 'VACANCY': {
      const vacant = rule.minSeats - held;
      sentence = since
        ? `${vacant} of ${rule.minSeats} ${seats(rule.minSeats)} ${forMembers} ${plural(vacant, 'has', 'have')} been vacant since ${formatLocalDate(since)}.`
        : `${vacant} of ${rule.minSeats} ${seats(rule.minSeats)} ${forMembers} ${plural(vacant, 'is', 'are')} vacant.`;
      break;
    }
    case 'OVER':
      sentence = `${held} members of the ${rule.fromBody.name} sit on ${group}. There should be no more than ${rule.maxSeats}.${since ? ` It has been like this since ${formatLocalDate(since)}.` : ''}`;
      break;
    case 'NOT_IN_FORCE':
      sentence = `${capitalise(group)} is not running today, so its ${seats(rule.maxSeats)} ${forMembers} do not need to be filled.`;
      break;
  }
  return { ...STATUS_TAGS[status], sentence };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface NonCompliantPeriodFacts {
  readonly status: CrossSeatStatus;
  readonly held: number;
  readonly from: string;
  readonly to: string | null;
  readonly rule: CrossSeatRuleFacts;
}

/**
 * The times, now over, when a rule was not met, most recent first: "From 21 April to 8 June
 * 2021, 1 of 2 seats for members of the Experts by Experience Board was vacant." A period still
 * running is today's status, said once above.
 */
export function pastGaps(periods: readonly NonCompliantPeriodFacts[]): string[] {
  return periods
    .filter((period): period is NonCompliantPeriodFacts & { to: string } => period.to !== null)
    .sort((a, b) => b.from.localeCompare(a.from))
    .map(({ status, held, from, to, rule }) => {
      const when =
        from === to ? `On ${formatLocalDate(from)}` : `From ${formatDateRange(from, to)}`;
      const forMembers = `for members of the ${rule.fromBody.name}`;
      if (status === 'OVER') {
        return `${when}, ${held} members of the ${rule.fromBody.name} held these seats. That was more than the ${rule.maxSeats} allowed.`;
      }
      const vacant = rule.minSeats - held;
      return `${when}, ${vacant} of ${rule.minSeats} ${seats(rule.minSeats)} ${forMembers} ${plural(vacant, 'was', 'were')} vacant.`;
    });
}

/** Members of one body who sit on another body in its seats there. */
export interface SeatsElsewhere {
  readonly body: { readonly slug: string; readonly name: string };
  /** The names of those who are named, as the one asking may see them. */
  readonly named: readonly string[];
  /** How many more are not named: never joined to a name or a seat anywhere else. */
  readonly notNamed: number;
}

export interface BodyWithMembers {
  readonly slug: string;
  readonly name: string;
  readonly members: readonly PublicMember[];
}

/** Where members of the body `slug` hold cross-seats today, from the other bodies' members. */
export function crossSeatsHeldElsewhere(
  slug: string,
  bodies: readonly BodyWithMembers[],
): SeatsElsewhere[] {
  return bodies
    .filter((body) => body.slug !== slug)
    .map((body) => {
      const ours = body.members.filter(
        (member) =>
          isShown(member) && member.seat === 'CROSS_SEAT' && member.fromBody?.slug === slug,
      );
      const named = ours.filter((member) => member.person.visibility === 'NAMED');
      return {
        body: { slug: body.slug, name: body.name },
        named: named.map((member) => member.person.displayName ?? UNNAMED),
        notNamed: ours.length - named.length,
      };
    })
    .filter((seats) => seats.named.length + seats.notNamed > 0);
}

/** "Jordan E. and 1 member not named", "Sam Adeyemi, Ali R. and 2 members not named". */
export function namesAndOthers(named: readonly string[], notNamed: number): string {
  const parts = [...named];
  if (notNamed > 0) parts.push(`${notNamed} ${plural(notNamed, 'member', 'members')} not named`);
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/** How many of a body's seats are kept for another body's members: "2", "1 to 3". */
export function seatRange(rule: { readonly minSeats: number; readonly maxSeats: number }): string {
  return rule.minSeats === rule.maxSeats
    ? String(rule.minSeats)
    : `${rule.minSeats} to ${rule.maxSeats}`;
}
