/**
 * Cross-seating: seats on one body (the target) held by members of another (the from body).
 *
 * The rules, in plain English:
 *
 * 1. A cross-seat on a target body from a from body needs a cross-seating rule for that pair,
 *    which sets the least and the most seats (`minSeats`..`maxSeats`, at most 20).
 * 2. A person holds a cross-seat only while they are a member of the from body, on every day of
 *    the cross-seat's term (their from-body memberships may be several, back to back).
 * 3. On no day may more cross-seats under a rule be held than its `maxSeats`; a new one that
 *    would go over is refused.
 * 4. A cross-seat is a membership of the target body like any other, so it may not overlap the
 *    person's other memberships of the target body.
 * 5. When a person's from-body membership ends, is shortened, corrected or removed, each of their
 *    cross-seats resting on it ends on its last covered day, or is cancelled if it never rested
 *    on anything (`crossSeatCascade`).
 * 6. While the target body exists (its lifespan), the rule is met on a day when the number of
 *    cross-seats held that day is within `minSeats`..`maxSeats`; fewer is a VACANCY, more is
 *    OVER. Outside the lifespan the rule is NOT_IN_FORCE.
 * 7. A rule takes effect from a date, and a change to it (or its removal) takes effect from a
 *    later date: each day is judged by the terms in force on that day
 *    (`CrossSeatRuleHistory`), so changing a rule never rewrites past compliance.
 *
 * Dates are ISO `YYYY-MM-DD` strings and every `endsOn` / `to` is the LAST day, included. The
 * counts are worked out from change points (the days holdings start, and the days after they
 * end), so the cost depends on the number of holdings, never on the number of days.
 */
import { DomainError } from './domain-error';
import { addDays, assertRealDate, formatLongDate } from './iso-date';
import {
  LAST_DAY,
  type Term,
  coverage,
  findOverlap,
  firstUncoveredDay,
  isActiveOn,
  overlapRefusal,
  validateTerm,
} from './membership-term.rule';

export interface CrossSeatRuleSpec {
  targetBodyId: string;
  fromBodyId: string;
  minSeats: number;
  maxSeats: number;
}

export interface SeatHolding extends Term {
  membershipId: string;
  personId: string;
  bodyId: string;
  seat: 'ORDINARY' | 'CROSS_SEAT';
  fromBodyId: string | null;
}

/** The most seats a rule may allow. */
export const MAX_CROSS_SEATS = 20;

/**
 * minSeats >= 0, maxSeats >= minSeats, maxSeats <= 20, whole numbers, target != from;
 * BAD_USER_INPUT with field (fromBodyId, minSeats or maxSeats), checked in that order.
 */
export function validateCrossSeatRule(rule: CrossSeatRuleSpec): void {
  if (rule.targetBodyId === rule.fromBodyId) {
    throw new DomainError('BAD_USER_INPUT', 'A body cannot have cross-seats from itself', {
      field: 'fromBodyId',
    });
  }
  if (!Number.isInteger(rule.minSeats) || rule.minSeats < 0) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'Least number of seats must be a whole number, 0 or more',
      { field: 'minSeats' },
    );
  }
  if (!Number.isInteger(rule.maxSeats) || rule.maxSeats > MAX_CROSS_SEATS) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `Most number of seats must be a whole number, ${MAX_CROSS_SEATS} or fewer`,
      { field: 'maxSeats' },
    );
  }
  if (rule.maxSeats < rule.minSeats) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'Most number of seats must be the same as or more than the least number of seats',
      { field: 'maxSeats' },
    );
  }
}

/** Which check refused a cross-seat, for a caller that wants more than the code. */
export type CrossSeatRefusalReason = 'NO_RULE' | 'NOT_COVERED' | 'SEATS_FULL' | 'OVERLAP';

export type CrossSeatRefusal = {
  code: 'CROSS_SEAT_RULE' | 'MEMBERSHIP_OVERLAP';
  message: string;
  field?: string;
  on?: string;
  /** Always set by checkCrossSeat; optional so that callers may build refusals without it. */
  reason?: CrossSeatRefusalReason;
};

/**
 * A rule's terms with the days they hold on (`inForce`, within the target body's lifespan); a
 * rule without `inForce` holds on every day. `ruleWindows` turns a history into these.
 */
export interface RuleInForce extends CrossSeatRuleSpec {
  inForce?: Lifespan;
}

export interface CrossSeatCheck {
  allowed: boolean;
  refusals: CrossSeatRefusal[];
  /** seats held under the rule on the candidate's start date, before and with the candidate */
  seatsBefore: number;
  seatsAfter: number;
  rule: RuleInForce | null;
}

/** Whether `holding` is a cross-seat on `targetBodyId` from `fromBodyId`. */
function isCrossSeatUnder(holding: SeatHolding, targetBodyId: string, fromBodyId: string): boolean {
  return (
    holding.seat === 'CROSS_SEAT' &&
    holding.bodyId === targetBodyId &&
    holding.fromBodyId === fromBodyId &&
    (holding.endsOn === null || holding.startsOn <= holding.endsOn)
  );
}

/**
 * How many of `terms` are active, as a step function: `counts[i]` holds from `points[i]` up to
 * the day before `points[i + 1]` (the last forever); before `points[0]` the count is 0.
 */
interface Timeline {
  points: string[];
  counts: number[];
}

function timeline(terms: readonly Term[]): Timeline {
  const deltas = new Map<string, number>();
  const bump = (day: string, by: number) => deltas.set(day, (deltas.get(day) ?? 0) + by);
  for (const term of terms) {
    bump(term.startsOn, 1);
    if (term.endsOn !== null && term.endsOn !== LAST_DAY) bump(addDays(term.endsOn, 1), -1);
  }
  const points = [...deltas.keys()].sort();
  const counts: number[] = [];
  let running = 0;
  for (const point of points) {
    running += deltas.get(point) ?? 0;
    counts.push(running);
  }
  return { points, counts };
}

/** The index of the step holding on `day`: the last point on or before it, or -1. */
function stepAt(line: Timeline, day: string): number {
  let lo = 0;
  let hi = line.points.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (line.points[mid] <= day) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

function countAtStep(line: Timeline, step: number): number {
  return step < 0 ? 0 : line.counts[step];
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? `${n} ${one}` : `${n} ${many}`;
}

/** Whether a rule's terms hold on `day`. */
function holdsOn(rule: RuleInForce, day: string): boolean {
  return rule.inForce === undefined || inLifespan(rule.inForce, day);
}

/**
 * The first day of `term` on which `rule` is in force and one more cross-seat than `line` counts
 * would be more than it allows, with the count that day; null if there is none.
 */
function firstFullDay(
  line: Timeline,
  term: Term,
  rule: RuleInForce,
): { on: string; held: number } | null {
  const from =
    rule.inForce === undefined || rule.inForce.from < term.startsOn
      ? term.startsOn
      : rule.inForce.from;
  const ends = [term.endsOn, rule.inForce?.to ?? null].filter((d): d is string => d !== null);
  const to = ends.length ? ends.reduce((a, b) => (a < b ? a : b)) : null;
  if (to !== null && to < from) return null;
  const first = stepAt(line, from);
  const held = countAtStep(line, first);
  if (held + 1 > rule.maxSeats) return { on: from, held };
  for (let i = first + 1; i < line.points.length; i++) {
    if (to !== null && line.points[i] > to) break;
    if (line.counts[i] + 1 > rule.maxSeats) return { on: line.points[i], held: line.counts[i] };
  }
  return null;
}

/**
 * Would `candidate` (a CROSS_SEAT holding, membershipId may be '' for a new one, or an existing
 * id when a cross-seat's term is being changed) be allowed?
 * `holdings` = every membership of the target body and every membership of the candidate's
 * person on the from body (the caller loads them). Holdings with the candidate's own
 * membershipId are left out of every count and comparison.
 *
 * Refusals (all that apply, in this order, for a preview screen):
 *  - no from body, or no rule for (candidate.bodyId, candidate.fromBodyId): CROSS_SEAT_RULE,
 *    field fromBodyId; or rules for the pair but none in force on the candidate's first day:
 *    field startsOn
 *  - the person's from-body memberships (of any seat) do not cover the candidate's whole term:
 *    CROSS_SEAT_RULE, `on` = first uncovered day
 *  - on some day of the candidate's term the cross-seats of the pair + 1 > the maxSeats of the
 *    terms in force that day: CROSS_SEAT_RULE, `on` = first such day
 *  - the candidate overlaps another membership of the same person on the target body:
 *    MEMBERSHIP_OVERLAP, `on` = the first shared day
 * `field` is startsOn when the problem is on the candidate's first day, endsOn when later.
 *
 * `seatsBefore` counts the cross-seats of the candidate's (body, from body) pair on its start
 * date, with or without a rule. Throws BAD_USER_INPUT (as `validateTerm`) if the candidate's
 * dates are not a valid term.
 */
export function checkCrossSeat(
  candidate: SeatHolding,
  holdings: readonly SeatHolding[],
  rules: readonly RuleInForce[],
): CrossSeatCheck {
  validateTerm(candidate);
  const isOther = (h: SeatHolding) =>
    candidate.membershipId === '' || h.membershipId !== candidate.membershipId;
  const others = holdings.filter(isOther);
  const fieldFor = (on: string) => (on === candidate.startsOn ? 'startsOn' : 'endsOn');
  const refusals: CrossSeatRefusal[] = [];
  const fromBodyId = candidate.fromBodyId;

  const pairRules =
    fromBodyId === null
      ? []
      : rules
          .filter((r) => r.targetBodyId === candidate.bodyId && r.fromBodyId === fromBodyId)
          .sort((a, b) => compareText(a.inForce?.from ?? '', b.inForce?.from ?? ''));
  const rule = pairRules.find((r) => holdsOn(r, candidate.startsOn)) ?? null;
  if (fromBodyId === null) {
    refusals.push({
      code: 'CROSS_SEAT_RULE',
      message: 'Choose the body the cross-seat comes from',
      field: 'fromBodyId',
      reason: 'NO_RULE',
    });
  } else if (rule === null) {
    refusals.push({
      code: 'CROSS_SEAT_RULE',
      message:
        pairRules.length === 0
          ? 'There is no cross-seating rule for this body and the body the cross-seat comes from, ' +
            'so the cross-seat cannot be added'
          : `On ${formatLongDate(candidate.startsOn)} no cross-seating rule for this body and the ` +
            'body the cross-seat comes from is in force, so the cross-seat cannot start then',
      field: pairRules.length === 0 ? 'fromBodyId' : 'startsOn',
      reason: 'NO_RULE',
    });
  }

  let seatsBefore = 0;
  if (fromBodyId !== null) {
    const fromTerms = others.filter(
      (h) => h.personId === candidate.personId && h.bodyId === fromBodyId,
    );
    const uncovered = firstUncoveredDay(fromTerms, candidate);
    if (uncovered !== null) {
      refusals.push({
        code: 'CROSS_SEAT_RULE',
        message:
          `From ${formatLongDate(uncovered)} this person is not a member of the body the ` +
          'cross-seat comes from. A cross-seat can only be held by a member of that body.',
        field: fieldFor(uncovered),
        on: uncovered,
        reason: 'NOT_COVERED',
      });
    }

    const line = timeline(others.filter((h) => isCrossSeatUnder(h, candidate.bodyId, fromBodyId)));
    seatsBefore = countAtStep(line, stepAt(line, candidate.startsOn));
    // The first day of the candidate's term, under whichever terms are in force that day, when a
    // seat would be one too many.
    for (const inForce of pairRules) {
      const full = firstFullDay(line, candidate, inForce);
      if (full === null) continue;
      refusals.push({
        code: 'CROSS_SEAT_RULE',
        message:
          inForce.maxSeats === 0
            ? 'The cross-seating rule does not allow any cross-seats on this body from that body'
            : `On ${formatLongDate(full.on)} ${full.held === 1 ? 'there is' : 'there are'} already ` +
              `${plural(full.held, 'cross-seat', 'cross-seats')} from that body, and the ` +
              `cross-seating rule allows no more than ${inForce.maxSeats}.`,
        field: fieldFor(full.on),
        on: full.on,
        reason: 'SEATS_FULL',
      });
      break;
    }
  }

  const sameBody = others
    .filter((h) => h.personId === candidate.personId && h.bodyId === candidate.bodyId)
    .map((h) => ({ ...h, id: h.membershipId }));
  const overlapping = findOverlap(candidate, sameBody);
  if (overlapping !== undefined) {
    const { message, field } = overlapRefusal(candidate, overlapping);
    const on =
      overlapping.startsOn > candidate.startsOn ? overlapping.startsOn : candidate.startsOn;
    refusals.push({ code: 'MEMBERSHIP_OVERLAP', message, field, on, reason: 'OVERLAP' });
  }

  return {
    allowed: refusals.length === 0,
    refusals,
    seatsBefore,
    seatsAfter: seatsBefore + 1,
    rule,
  };
}

/** Throws the first refusal as a DomainError (details: { field, on, refusals }) when not allowed. */
export function assertCrossSeat(
  candidate: SeatHolding,
  holdings: readonly SeatHolding[],
  rules: readonly RuleInForce[],
): void {
  const check = checkCrossSeat(candidate, holdings, rules);
  const [first] = check.refusals;
  if (check.allowed || first === undefined) return;
  const details: Record<string, unknown> = { refusals: check.refusals };
  if (first.field !== undefined) details['field'] = first.field;
  if (first.on !== undefined) details['on'] = first.on;
  throw new DomainError(first.code, first.message, details);
}

export type CascadeAction =
  | { membershipId: string; action: 'END'; endsOn: string }
  | { membershipId: string; action: 'CANCEL' };

/**
 * After a change to a person's memberships of a body F (ended, shortened, corrected, removed),
 * which of their cross-seats resting on F must change?
 * `fromBodyTerms` = the person's memberships of F AFTER the change; `crossSeats` = the person's
 * CROSS_SEAT holdings with fromBodyId = F.
 * A cross-seat whose term is no longer wholly covered ends on the last covered day of its term's
 * continuous coverage from its start (END), or, if even its first day is uncovered, is CANCELLED
 * (it never rests on anything). Unaffected cross-seats are not listed. Actions come in the order
 * of `crossSeats`.
 */
export function crossSeatCascade(
  fromBodyTerms: readonly Term[],
  crossSeats: readonly SeatHolding[],
): CascadeAction[] {
  const covered = coverage(fromBodyTerms);
  const actions: CascadeAction[] = [];
  for (const seat of crossSeats) {
    const uncovered = firstUncoveredDay(covered, seat);
    if (uncovered === null) continue;
    actions.push(
      uncovered <= seat.startsOn
        ? { membershipId: seat.membershipId, action: 'CANCEL' }
        : { membershipId: seat.membershipId, action: 'END', endsOn: addDays(uncovered, -1) },
    );
  }
  return actions;
}

/**
 * The cross-seats that rest on a person's membership of a body, as the pages warn before it is
 * ended, corrected or removed: the person's CROSS_SEAT holdings from that body that have not
 * ended by `today`. `crossSeatCascade` then decides what the change does to each. `holdings` may
 * hold anything of the person's (or anyone's): only their cross-seats from the body are kept, in
 * the order given.
 */
export function crossSeatsRestingOn<
  T extends Pick<SeatHolding, 'personId' | 'seat' | 'fromBodyId' | 'endsOn'>,
>(
  membership: Pick<SeatHolding, 'personId' | 'bodyId'>,
  holdings: readonly T[],
  today: string,
): T[] {
  return holdings.filter(
    (seat) =>
      seat.personId === membership.personId &&
      seat.seat === 'CROSS_SEAT' &&
      seat.fromBodyId === membership.bodyId &&
      (seat.endsOn === null || seat.endsOn >= today),
  );
}

export type ComplianceStatus = 'COMPLIANT' | 'VACANCY' | 'OVER' | 'NOT_IN_FORCE';

/** When the rule applies: the target body's lifespan (to = last day, inclusive, or null). */
export interface Lifespan {
  from: string;
  to: string | null;
}

export interface ComplianceOnDate {
  status: ComplianceStatus;
  held: number;
  holders: SeatHolding[];
  /**
   * first day of the run of days with this same status (and, for COMPLIANT, any held count
   * within range); null when NOT_IN_FORCE
   */
  since: string | null;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function statusFor(rule: CrossSeatRuleSpec, held: number): 'COMPLIANT' | 'VACANCY' | 'OVER' {
  if (held < rule.minSeats) return 'VACANCY';
  if (held > rule.maxSeats) return 'OVER';
  return 'COMPLIANT';
}

function inLifespan(lifespan: Lifespan, on: string): boolean {
  return isActiveOn({ startsOn: lifespan.from, endsOn: lifespan.to }, on);
}

/** The holdings active on `on`, by start date, then membershipId. */
function holdersOn(holdings: readonly SeatHolding[], on: string): SeatHolding[] {
  return holdings
    .filter((h) => isActiveOn(h, on))
    .sort(
      (a, b) => compareText(a.startsOn, b.startsOn) || compareText(a.membershipId, b.membershipId),
    );
}

/**
 * Cross-seats under `rule` held on `on` (CROSS_SEAT holdings of targetBody from fromBody active
 * that day). VACANCY if held < minSeats, OVER if > maxSeats, NOT_IN_FORCE outside lifespan.
 * `since`: walk back over change points to where the status began (not before lifespan.from).
 * A run of one status is one run whatever the count does inside it: a vacancy that deepens from
 * 1 seat held to 0 is still the vacancy that began when the count first fell below minSeats.
 * `held` and `holders` (ordered by start date, then membershipId) are reported even when the
 * rule is not in force. BAD_USER_INPUT field 'on' if `on` is not a real date.
 */
export function crossSeatCompliance(
  rule: CrossSeatRuleSpec,
  holdings: readonly SeatHolding[],
  lifespan: Lifespan,
  on: string,
): ComplianceOnDate {
  assertRealDate(on, 'on', 'Date');
  const relevant = holdings.filter((h) => isCrossSeatUnder(h, rule.targetBodyId, rule.fromBodyId));
  const holders = holdersOn(relevant, on);
  const held = holders.length;
  if (!inLifespan(lifespan, on)) return { status: 'NOT_IN_FORCE', held, holders, since: null };

  const status = statusFor(rule, held);
  const line = timeline(relevant);
  let step = stepAt(line, on);
  let since = lifespan.from;
  while (step >= 0 && line.points[step] > lifespan.from) {
    if (statusFor(rule, countAtStep(line, step - 1)) !== status) {
      since = line.points[step];
      break;
    }
    step -= 1;
  }
  return { status, held, holders, since };
}

export interface NonCompliantPeriod {
  status: 'VACANCY' | 'OVER';
  from: string;
  /** inclusive; null = still so at `range.to` when range.to is null, i.e. open */
  to: string | null;
  held: number;
}

/** BAD_USER_INPUT (field from or to) unless the range's dates are real and in order. */
function assertRange(range: { from: string; to: string | null }): void {
  assertRealDate(range.from, 'from', 'Start of the period');
  if (range.to !== null) {
    assertRealDate(range.to, 'to', 'End of the period');
    if (range.to < range.from) {
      throw new DomainError(
        'BAD_USER_INPUT',
        `End of the period must be the same as or after ${formatLongDate(range.from)}`,
        { field: 'to' },
      );
    }
  }
}

/**
 * Maximal periods within range ∩ lifespan during which the rule was not met; consecutive days
 * with the same status AND same held count merge; ordered by from. range.to null = open (use
 * the last change point): a period still running after every change point has `to` null, unless
 * the lifespan ends, when it ends with it. BAD_USER_INPUT (field from or to) if a date of the
 * range is not a real date or the range ends before it starts.
 */
export function nonCompliantPeriods(
  rule: CrossSeatRuleSpec,
  holdings: readonly SeatHolding[],
  lifespan: Lifespan,
  range: { from: string; to: string | null },
): NonCompliantPeriod[] {
  assertRange(range);
  const from = range.from > lifespan.from ? range.from : lifespan.from;
  const to =
    range.to === null
      ? lifespan.to
      : lifespan.to === null || range.to < lifespan.to
        ? range.to
        : lifespan.to;
  if (to !== null && to < from) return [];

  const line = timeline(
    holdings.filter((h) => isCrossSeatUnder(h, rule.targetBodyId, rule.fromBodyId)),
  );
  // Runs of one held count inside [from, to], each from its first day.
  const first = stepAt(line, from);
  const runs: { from: string; held: number }[] = [{ from, held: countAtStep(line, first) }];
  for (let i = first + 1; i < line.points.length; i++) {
    if (to !== null && line.points[i] > to) break;
    if (line.counts[i] !== runs[runs.length - 1].held) {
      runs.push({ from: line.points[i], held: line.counts[i] });
    }
  }

  const periods: NonCompliantPeriod[] = [];
  runs.forEach((run, i) => {
    const status = statusFor(rule, run.held);
    if (status === 'COMPLIANT') return;
    const next = runs[i + 1];
    periods.push({
      status,
      from: run.from,
      to: next === undefined ? to : addDays(next.from, -1),
      held: run.held,
    });
  });
  return periods;
}

/** The seats a rule asks for from `effectiveFrom` on; `seats` null: the rule is removed then. */
export interface CrossSeatRuleVersion {
  effectiveFrom: string;
  seats: { minSeats: number; maxSeats: number } | null;
}

/**
 * A rule for one pair of bodies as it was, is and is due to be: each version holds from its
 * `effectiveFrom` to the day before the next one's (versions in any order, one per day).
 */
export interface CrossSeatRuleHistory {
  targetBodyId: string;
  fromBodyId: string;
  versions: readonly CrossSeatRuleVersion[];
}

/**
 * The stretches of days, within `lifespan`, over which each version of the rule is in force,
 * with its terms, in date order. Removed spans and spans outside the lifespan are left out.
 */
export function ruleWindows(
  history: CrossSeatRuleHistory,
  lifespan: Lifespan,
): (RuleInForce & { inForce: Lifespan })[] {
  const versions = [...history.versions].sort((a, b) =>
    compareText(a.effectiveFrom, b.effectiveFrom),
  );
  const windows: (RuleInForce & { inForce: Lifespan })[] = [];
  versions.forEach((version, i) => {
    if (version.seats === null) return;
    const next = versions[i + 1];
    const lastOfVersion = next === undefined ? null : addDays(next.effectiveFrom, -1);
    const from = version.effectiveFrom > lifespan.from ? version.effectiveFrom : lifespan.from;
    const to =
      lastOfVersion === null
        ? lifespan.to
        : lifespan.to === null || lastOfVersion < lifespan.to
          ? lastOfVersion
          : lifespan.to;
    if (to !== null && to < from) return;
    windows.push({
      targetBodyId: history.targetBodyId,
      fromBodyId: history.fromBodyId,
      ...version.seats,
      inForce: { from, to },
    });
  });
  return windows;
}

export interface ComplianceUnderHistory extends ComplianceOnDate {
  /** the terms in force on the day; null when NOT_IN_FORCE */
  rule: CrossSeatRuleSpec | null;
}

/**
 * `crossSeatCompliance` on `on` under the terms in force that day (NOT_IN_FORCE on a day no
 * version holds, or outside the lifespan). A run of one status carries on across a change of
 * terms: a vacancy under 2..2 that is still a vacancy under 3..3 began when the first did.
 */
export function complianceUnderHistory(
  history: CrossSeatRuleHistory,
  holdings: readonly SeatHolding[],
  lifespan: Lifespan,
  on: string,
): ComplianceUnderHistory {
  assertRealDate(on, 'on', 'Date');
  const windows = ruleWindows(history, lifespan);
  let i = windows.findIndex((w) => holdsOn(w, on));
  if (i < 0) {
    const relevant = holdings.filter((h) =>
      isCrossSeatUnder(h, history.targetBodyId, history.fromBodyId),
    );
    const holders = holdersOn(relevant, on);
    return { status: 'NOT_IN_FORCE', held: holders.length, holders, since: null, rule: null };
  }
  const { inForce, ...rule } = windows[i];
  const today = crossSeatCompliance(rule, holdings, inForce, on);
  let since = today.since;
  while (i > 0 && since === windows[i].inForce.from) {
    const before = windows[i - 1];
    const lastDay = addDays(windows[i].inForce.from, -1);
    if (before.inForce.to !== lastDay) break;
    const then = crossSeatCompliance(before, holdings, before.inForce, lastDay);
    if (then.status !== today.status) break;
    since = then.since;
    i -= 1;
  }
  return { ...today, since, rule };
}

/**
 * `nonCompliantPeriods` under the terms in force on each day: each version's periods within its
 * own days, in date order, each with the terms it was judged by.
 */
export function nonCompliantPeriodsUnderHistory(
  history: CrossSeatRuleHistory,
  holdings: readonly SeatHolding[],
  lifespan: Lifespan,
  range: { from: string; to: string | null },
): (NonCompliantPeriod & { rule: CrossSeatRuleSpec })[] {
  assertRange(range);
  return ruleWindows(history, lifespan).flatMap(({ inForce, ...rule }) =>
    nonCompliantPeriods(rule, holdings, inForce, range).map((period) => ({ ...period, rule })),
  );
}

/**
 * A rule's versions after it is set to `change.seats` (null: removed) from `change.effectiveFrom`
 * on: versions from that day on are replaced by the change, and a change to what is already in
 * force adds nothing. Versions come back in date order. BAD_USER_INPUT (field effectiveFrom) if
 * the day is not a real date or is before `today`: a change never rewrites past compliance.
 */
export function changeRule(
  versions: readonly CrossSeatRuleVersion[],
  change: CrossSeatRuleVersion,
  today: string,
): CrossSeatRuleVersion[] {
  assertRealDate(change.effectiveFrom, 'effectiveFrom', 'The date the change takes effect');
  if (change.effectiveFrom < today) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `The change must take effect from today (${formatLongDate(today)}) or later, so that ` +
        'compliance before then stays as it was',
      { field: 'effectiveFrom' },
    );
  }
  const kept = versions
    .filter((version) => version.effectiveFrom < change.effectiveFrom)
    .sort((a, b) => compareText(a.effectiveFrom, b.effectiveFrom));
  const before = kept[kept.length - 1]?.seats ?? null;
  const after = change.seats;
  const unchanged =
    before === null || after === null
      ? before === after
      : before.minSeats === after.minSeats && before.maxSeats === after.maxSeats;
  return unchanged ? kept : [...kept, change];
}

/** A version that sets seats (not a removal). */
export type SeatedVersion = CrossSeatRuleVersion & {
  seats: { minSeats: number; maxSeats: number };
};

function isSeated(version: CrossSeatRuleVersion): version is SeatedVersion {
  return version.seats !== null;
}

/**
 * The terms a rule stands for on `today`: those in force, or else the next due, or else (once
 * removed) the last it had; null if it never had any.
 */
export function termsAsOf(
  versions: readonly CrossSeatRuleVersion[],
  today: string,
): SeatedVersion | null {
  const sorted = [...versions].sort((a, b) => compareText(a.effectiveFrom, b.effectiveFrom));
  const current = sorted.filter((v) => v.effectiveFrom <= today).pop();
  if (current !== undefined && isSeated(current)) return current;
  const seated = sorted.filter(isSeated);
  return seated.find((v) => v.effectiveFrom > today) ?? seated.pop() ?? null;
}

/** Where a rule's version stands on a day: replaced (PAST), in force (CURRENT) or due (FUTURE). */
export type RuleVersionStanding = 'PAST' | 'CURRENT' | 'FUTURE';

/**
 * Where each version stands on `today`, in the order given: the last to take effect on or before
 * `today` is CURRENT (a removal too: nothing is asked of the seats from then), those before it
 * PAST, and those from a later day FUTURE (due). The same day-by-day answer as `ruleWindows`.
 */
export function ruleVersionStandings<T extends Pick<CrossSeatRuleVersion, 'effectiveFrom'>>(
  versions: readonly T[],
  today: string,
): (T & { standing: RuleVersionStanding })[] {
  const current = versions
    .map((version) => version.effectiveFrom)
    .filter((day) => day <= today)
    .sort(compareText)
    .pop();
  return versions.map((version) => ({
    ...version,
    standing:
      version.effectiveFrom > today
        ? 'FUTURE'
        : version.effectiveFrom === current
          ? 'CURRENT'
          : 'PAST',
  }));
}

/** The day from which a rule is removed, if that day has come or is due; null if not. */
export function removedFrom(versions: readonly CrossSeatRuleVersion[]): string | null {
  const last = [...versions].sort((a, b) => compareText(a.effectiveFrom, b.effectiveFrom)).pop();
  return last !== undefined && last.seats === null ? last.effectiveFrom : null;
}
