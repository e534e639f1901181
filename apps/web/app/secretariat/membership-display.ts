import { MEMBERSHIP_ROLE_LABELS, type MembershipRole } from '@boards/shared/contracts';
import type { TagColour } from '@boards/web/ui-govuk';
import { formatLocalDate } from '../dates';

export type MembershipStatusValue = 'PAST' | 'CURRENT' | 'FUTURE';
export type ComplianceStatusValue = 'COMPLIANT' | 'VACANCY' | 'OVER' | 'NOT_IN_FORCE';

/** A membership's status as a GOV.UK tag. */
export const MEMBERSHIP_STATUS: Record<
  MembershipStatusValue,
  { readonly label: string; readonly colour?: TagColour }
> = {
  CURRENT: { label: 'Current', colour: 'green' },
  FUTURE: { label: 'Future' },
  PAST: { label: 'Past', colour: 'grey' },
};

/** A cross-seat rule's status on a day as a GOV.UK tag; the words carry it, not the colour. */
export const COMPLIANCE_STATUS: Record<
  ComplianceStatusValue,
  { readonly label: string; readonly colour?: TagColour }
> = {
  COMPLIANT: { label: 'Compliant', colour: 'green' },
  VACANCY: { label: 'Vacancy', colour: 'red' },
  OVER: { label: 'Over seats', colour: 'orange' },
  NOT_IN_FORCE: { label: 'Not in force', colour: 'grey' },
};

export function roleText(role: MembershipRole): string {
  return MEMBERSHIP_ROLE_LABELS[role];
}

/**
 * A body's name as it reads in a sentence: "the Evidence Group" (names that already start with
 * "The" are left as they are).
 */
export function theBody(name: string): string {
  return /^the\s/i.test(name) ? name : `the ${name}`;
}

/** The seat column: "Ordinary", or "Cross-seat from the Experts by Experience Board". */
export function seatText(seat: string, fromBody: { readonly name: string } | null | undefined) {
  return seat === 'CROSS_SEAT' && fromBody
    ? `Cross-seat from ${theBody(fromBody.name)}`
    : 'Ordinary';
}

/** "2 seats", "1 to 3 seats", "up to 2 seats": what a rule asks for. */
export function seatsRequiredText(rule: { readonly minSeats: number; readonly maxSeats: number }) {
  const seats = (n: number) => `${n} ${n === 1 ? 'seat' : 'seats'}`;
  if (rule.minSeats === rule.maxSeats) return seats(rule.maxSeats);
  if (rule.minSeats === 0) return `up to ${seats(rule.maxSeats)}`;
  return `${rule.minSeats} to ${seats(rule.maxSeats)}`;
}

/**
 * A rule's history, a line per version in date order: "2 seats (in force)" on the one the API
 * says is in force today, "(due)" on those still to come, and "Removed" for a removal (in force
 * or past). `due` marks the lines still to come.
 */
export function ruleHistoryLines(
  history: readonly {
    readonly effectiveFrom: string;
    readonly minSeats: number | null;
    readonly maxSeats: number | null;
    readonly standing: 'PAST' | 'CURRENT' | 'FUTURE';
  }[],
): { readonly effectiveFrom: string; readonly text: string; readonly due: boolean }[] {
  return history.map((version) => {
    const removed = version.minSeats === null || version.maxSeats === null;
    const what = removed
      ? 'Removed: nothing asked of the seats'
      : seatsRequiredText({ minSeats: version.minSeats ?? 0, maxSeats: version.maxSeats ?? 0 });
    const due = version.standing === 'FUTURE';
    const when = due ? ' (due)' : version.standing === 'CURRENT' && !removed ? ' (in force)' : '';
    return { effectiveFrom: version.effectiveFrom, text: `${what}${when}`, due };
  });
}

/** "2 of 2 seats filled" and the like: the seats held against the most the rule allows. */
export function seatsHeldText(held: number, rule: { readonly maxSeats: number }) {
  return `${held} of ${rule.maxSeats} ${rule.maxSeats === 1 ? 'seat' : 'seats'} filled`;
}

/** A rule's compliance on a day, in a sentence for the dashboard and the body pages. */
export function complianceSentence(compliance: {
  readonly status: ComplianceStatusValue;
  readonly held: number;
  readonly since: string | null;
  readonly rule: { readonly minSeats: number; readonly maxSeats: number };
}): string {
  const since = compliance.since ? ` since ${formatLocalDate(compliance.since)}` : '';
  const held = seatsHeldText(compliance.held, compliance.rule);
  switch (compliance.status) {
    case 'VACANCY': {
      const missing = compliance.rule.minSeats - compliance.held;
      return `${held}: ${missing} ${missing === 1 ? 'seat' : 'seats'} short${since}.`;
    }
    case 'OVER': {
      const extra = compliance.held - compliance.rule.maxSeats;
      return `${compliance.held} seats held: ${extra} more than the rule allows${since}.`;
    }
    case 'NOT_IN_FORCE':
      return 'The body does not exist on this day, so the rule is not in force.';
    default:
      return `${held}${since}, as the rule asks.`;
  }
}

/** A date range's end in words: the date, or "still" for one that has not ended. */
export function periodEndText(to: string | null): string {
  return to ? formatLocalDate(to) : 'Continuing';
}

export interface PreviewOutcome {
  readonly allowed: boolean;
  readonly seatsBefore: number;
  readonly seatsAfter: number;
  readonly rule: {
    readonly minSeats: number;
    readonly maxSeats: number;
    readonly fromBody: { readonly name: string };
    readonly targetBody: { readonly name: string };
  } | null;
}

/**
 * The rule's outcome for an appointment, in plain English, before it is confirmed: how many of
 * the seats it fills, and whether the body then has the seats its rule asks for.
 */
export function previewSentences(check: PreviewOutcome, bodyName: string): string[] {
  const { rule } = check;
  if (!rule) {
    return check.allowed
      ? [`This is an ordinary seat on ${theBody(bodyName)}: no cross-seat rule applies.`]
      : [`This ordinary seat on ${theBody(bodyName)} cannot be given.`];
  }
  const members = `members of ${theBody(rule.fromBody.name)}`;
  const onBody = theBody(rule.targetBody.name);
  if (!check.allowed) {
    return [
      `${capitalise(onBody)} has ${check.seatsBefore} of ${rule.maxSeats} seats for ${members} filled on the start date. This appointment cannot be made.`,
    ];
  }
  const sentences = [
    `This fills ${check.seatsAfter} of ${rule.maxSeats} ${rule.maxSeats === 1 ? 'seat' : 'seats'} for ${members}.`,
  ];
  if (check.seatsAfter < rule.minSeats) {
    const short = rule.minSeats - check.seatsAfter;
    sentences.push(
      `${capitalise(onBody)} will still be ${short} ${short === 1 ? 'seat' : 'seats'} short of the ${rule.minSeats} its rule asks for.`,
    );
  } else if (check.seatsBefore < rule.minSeats) {
    sentences.push(
      `${capitalise(onBody)} then has the seats its rule asks for: the vacancy is filled.`,
    );
  } else if (check.seatsAfter === rule.maxSeats) {
    sentences.push(`Every seat for ${members} on ${onBody} is then filled.`);
  }
  return sentences;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Joins "a", "b" and "c" in a sentence. */
export function listText(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

interface CrossSeat {
  readonly endsOn?: string | null;
  readonly body: { readonly name: string };
}

/**
 * What a change did to the person's cross-seats, for the banner after it: "Their cross-seat on
 * the Evidence Group ended with it, on 22 November 2026." One sentence for those ended and one
 * for those that had not begun and were cancelled; none when there were none.
 */
export function crossSeatConsequences(change: {
  readonly crossSeatsEnded: readonly CrossSeat[];
  readonly crossSeatsCancelled: readonly CrossSeat[];
  readonly sessionsEnded?: number;
}): string[] {
  const sentences: string[] = [];
  const ended = change.crossSeatsEnded.map(
    (seat) =>
      `${theBody(seat.body.name)}${seat.endsOn ? ` (last day ${formatLocalDate(seat.endsOn)})` : ''}`,
  );
  if (ended.length) {
    sentences.push(
      `Their ${ended.length === 1 ? 'cross-seat' : 'cross-seats'} on ${listText(ended)} ended with it.`,
    );
  }
  const cancelled = change.crossSeatsCancelled.map((seat) => theBody(seat.body.name));
  if (cancelled.length) {
    sentences.push(
      `Their ${cancelled.length === 1 ? 'cross-seat' : 'cross-seats'} on ${listText(cancelled)}, not yet begun, ${cancelled.length === 1 ? 'was' : 'were'} cancelled.`,
    );
  }
  if (change.sessionsEnded) {
    sentences.push('They no longer sit on any body, so they have been signed out.');
  }
  return sentences;
}

/** A membership's dates in words: "From 15 March 2021", "15 March 2021 to 22 November 2026". */
export function termText(term: { readonly startsOn: string; readonly endsOn: string | null }) {
  return term.endsOn
    ? `${formatLocalDate(term.startsOn)} to ${formatLocalDate(term.endsOn)}`
    : `From ${formatLocalDate(term.startsOn)}`;
}

/** "Kayla Brooks’s": a possessive for a notice (GOV.UK style adds ’s to names ending in s too). */
export function possessive(name: string): string {
  return `${name}’s`;
}

/** A role after "as": "chair", "a member", "an observer". */
export function asRole(role: MembershipRole): string {
  const label = MEMBERSHIP_ROLE_LABELS[role].toLowerCase();
  if (role === 'CHAIR' || role === 'VICE_CHAIR') return label;
  return /^[aeiou]/.test(label) ? `an ${label}` : `a ${label}`;
}
