/**
 * Meeting schedule: a meeting's status, its times, double-booked members, and whether a body
 * meets as often as its terms of reference say.
 *
 * The rules, in plain English:
 *
 * 1. A meeting is SCHEDULED when it is set up. A scheduled meeting may be POSTPONED (off for
 *    now), CANCELLED, or recorded as HELD, but only once its start time has passed: nobody can
 *    say a meeting took place before it began. A postponed meeting is RESCHEDULED (SCHEDULED
 *    again, with new times) or CANCELLED. CANCELLED and HELD are final. Moving a scheduled
 *    meeting to other times is an edit, not a change of status: it needs only valid times.
 * 2. A meeting ends after it starts and lasts at most 12 hours.
 * 3. A person is expected at a meeting when they hold a membership of one of its bodies (a joint
 *    meeting has several) on the meeting's date in London. Two meetings clash when their times
 *    overlap; one ending as the other starts does not. Only SCHEDULED meetings can clash: a
 *    postponed or cancelled meeting will not happen then, and a held one has happened. A person
 *    expected at both of two clashing meetings is double-booked; cross-seated members (who sit
 *    on two bodies because of the cross-seating rule) are listed first, since they are the ones
 *    most likely to be asked to be in two places at once.
 * 4. The terms of reference say, in free text, how often a body meets ("Monthly", "Every six
 *    weeks", "At least four times a year"). When the text can be read, it gives the most days
 *    there may be from one meeting to the next; every run of that many days or more in a row
 *    without a meeting, in a range of dates, is reported so that the secretariat is warned.
 *    When it cannot be read, nothing is reported (and the result says it was not understood).
 */
import type { MeetingStatus } from '@boards/shared/contracts';
import { DomainError } from './domain-error';
import { addDays, assertRealDate, londonDate } from './iso-date';
import { formatLondonDate, formatTimeOfDay, utcToLondon } from './london-time';
import { isActiveOn } from './membership-term.rule';

export type { MeetingStatus } from '@boards/shared/contracts';

/**
 * What can be done to a meeting's status:
 * - POSTPONE: off for now, to be rescheduled;
 * - RESCHEDULE: a postponed meeting is set for new times;
 * - CANCEL: it will not take place;
 * - MARK_HELD: it took place.
 */
export const MEETING_ACTIONS = ['POSTPONE', 'RESCHEDULE', 'CANCEL', 'MARK_HELD'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

/** The whole workflow: (status, action) → status. Anything not listed is refused. */
export const MEETING_TRANSITIONS: Readonly<
  Record<MeetingStatus, Readonly<Partial<Record<MeetingAction, MeetingStatus>>>>
> = {
  SCHEDULED: { POSTPONE: 'POSTPONED', CANCEL: 'CANCELLED', MARK_HELD: 'HELD' },
  POSTPONED: { RESCHEDULE: 'SCHEDULED', CANCEL: 'CANCELLED' },
  CANCELLED: {},
  HELD: {},
};

const REFUSALS: Readonly<
  Record<MeetingStatus, Readonly<Partial<Record<MeetingAction | 'ANY', string>>>>
> = {
  SCHEDULED: {
    RESCHEDULE:
      'Only a postponed meeting can be rescheduled. To move this meeting, change its date and time',
  },
  POSTPONED: {
    POSTPONE: 'This meeting has already been postponed',
    MARK_HELD: 'A postponed meeting must be rescheduled before it can be recorded as held',
  },
  CANCELLED: { ANY: 'This meeting has been cancelled, so it cannot be changed' },
  HELD: { ANY: 'This meeting has taken place, so its status cannot be changed' },
};

/** What `meetingTransition` needs to know besides the status and the action. */
export interface MeetingTransitionContext {
  /** When the meeting starts (as it is now, before any rescheduling). */
  readonly startsAt: Date;
  /** The present instant, passed in so that the rule stays pure. */
  readonly now: Date;
  /** For RESCHEDULE: the new times, which must pass `validateMeetingTimes`. */
  readonly newStartsAt?: Date;
  readonly newEndsAt?: Date;
}

/**
 * The status `action` leads to from `status`. INVALID_TRANSITION when the table has no such
 * step, or for MARK_HELD before the meeting has started (`now` before `startsAt`). For
 * RESCHEDULE the new times are checked with `validateMeetingTimes` (BAD_USER_INPUT).
 */
export function meetingTransition(
  status: MeetingStatus,
  action: MeetingAction,
  context: MeetingTransitionContext,
): MeetingStatus {
  const next = MEETING_TRANSITIONS[status]?.[action];
  if (next === undefined) {
    const messages = REFUSALS[status] ?? {};
    throw new DomainError(
      'INVALID_TRANSITION',
      messages[action] ?? messages.ANY ?? 'That change is not allowed at this stage',
      { status, action },
    );
  }
  if (action === 'MARK_HELD' && context.now.getTime() < context.startsAt.getTime()) {
    const { date, time } = utcToLondon(context.startsAt);
    throw new DomainError(
      'INVALID_TRANSITION',
      `This meeting does not start until ${formatTimeOfDay(time)} on ${formatLondonDate(date)}, ` +
        'so it cannot be recorded as held yet',
      { status, action },
    );
  }
  if (action === 'RESCHEDULE') validateMeetingTimes(context.newStartsAt, context.newEndsAt);
  return next;
}

/**
 * The actions the table allows from `status`, in the order of MEETING_ACTIONS, leaving out
 * MARK_HELD before the meeting has started: the buttons to show.
 */
export function allowedMeetingActions(
  status: MeetingStatus,
  context: Pick<MeetingTransitionContext, 'startsAt' | 'now'>,
): MeetingAction[] {
  return MEETING_ACTIONS.filter(
    (action) =>
      MEETING_TRANSITIONS[status]?.[action] !== undefined &&
      (action !== 'MARK_HELD' || context.now.getTime() >= context.startsAt.getTime()),
  );
}

/**
 * Whether a meeting is final (HELD or CANCELLED: the table allows no change of status from it),
 * so that its details (title, times, place, bodies) are fixed too. While it is not, its details
 * may be edited, and new times reschedule a postponed meeting. So `allowedMeetingActions` is
 * empty exactly for a final meeting.
 */
export function meetingFinal(status: MeetingStatus): boolean {
  return Object.keys(MEETING_TRANSITIONS[status] ?? {}).length === 0;
}

/** Throws INVALID_TRANSITION, saying why, when a meeting's details cannot change (`meetingFinal`). */
export function assertMeetingDetailsChangeable(status: MeetingStatus): void {
  if (!meetingFinal(status)) return;
  throw new DomainError(
    'INVALID_TRANSITION',
    status === 'CANCELLED'
      ? 'This meeting has been cancelled, so it cannot be changed'
      : 'This meeting has taken place, so its details cannot be changed',
    { status },
  );
}

/** The longest a meeting may last. */
export const MAX_MEETING_HOURS = 12;

const isValidDate = (value: unknown): value is Date =>
  value instanceof Date && !Number.isNaN(value.getTime());

/**
 * Throws BAD_USER_INPUT, with `details.field` `startsAt` or `endsAt`, unless both are real
 * instants, the end is after the start, and the meeting lasts at most 12 hours.
 */
export function validateMeetingTimes(
  startsAt: Date | null | undefined,
  endsAt: Date | null | undefined,
): void {
  if (!isValidDate(startsAt)) {
    throw new DomainError('BAD_USER_INPUT', 'Enter the date and time the meeting starts', {
      field: 'startsAt',
    });
  }
  if (!isValidDate(endsAt)) {
    throw new DomainError('BAD_USER_INPUT', 'Enter the time the meeting ends', {
      field: 'endsAt',
    });
  }
  const length = endsAt.getTime() - startsAt.getTime();
  if (length <= 0) {
    throw new DomainError('BAD_USER_INPUT', 'The meeting must end after it starts', {
      field: 'endsAt',
    });
  }
  if (length > MAX_MEETING_HOURS * 3_600_000) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `A meeting can last at most ${MAX_MEETING_HOURS} hours`,
      { field: 'endsAt' },
    );
  }
}

/** Whether two spans of time share an instant; one ending as the other starts does not. */
export function meetingsOverlap(
  a: { readonly startsAt: Date; readonly endsAt: Date },
  b: { readonly startsAt: Date; readonly endsAt: Date },
): boolean {
  return a.startsAt.getTime() < b.endsAt.getTime() && b.startsAt.getTime() < a.endsAt.getTime();
}

/** A meeting being set up or moved; `id` is left out for a new one. */
export interface ProposedMeeting {
  readonly id?: string;
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly bodyIds: readonly string[];
}

/** Another meeting that might clash. */
export interface OtherMeeting {
  readonly id: string;
  readonly title: string;
  readonly bodyIds: readonly string[];
  readonly startsAt: Date;
  readonly endsAt: Date;
  readonly status: MeetingStatus;
}

/** A membership, as far as scheduling needs it. `endsOn` is the last day, included. */
export interface ScheduledSeat {
  readonly personId: string;
  readonly bodyId: string;
  readonly startsOn: string;
  readonly endsOn: string | null;
  readonly crossSeat: boolean;
}

/** A person expected both at the proposed meeting and at another meeting at the same time. */
export interface SchedulingConflict {
  readonly personId: string;
  readonly meetingId: string;
  readonly meetingTitle: string;
  /** Whether either membership that puts them in both rooms is a cross-seat. */
  readonly crossSeated: boolean;
}

/**
 * Who is expected at a meeting of `bodyIds` on the London date `on`: each person with a
 * membership of one of those bodies active that day, and whether any of those is a cross-seat.
 */
function expectedAt(
  bodyIds: readonly string[],
  on: string,
  seatsByBody: ReadonlyMap<string, readonly ScheduledSeat[]>,
): Map<string, boolean> {
  const expected = new Map<string, boolean>();
  for (const bodyId of new Set(bodyIds)) {
    for (const seat of seatsByBody.get(bodyId) ?? []) {
      if (!isActiveOn(seat, on)) continue;
      expected.set(seat.personId, (expected.get(seat.personId) ?? false) || seat.crossSeat);
    }
  }
  return expected;
}

/**
 * The people who would be double-booked by `proposed`: one conflict for each person and each
 * other SCHEDULED meeting (not `proposed` itself, by id) that overlaps it in time, when the
 * person is expected at both (see rule 3; each meeting's own London start date decides which
 * memberships count). Cross-seated conflicts come first, then by the other meeting's start,
 * title and id, then by person id.
 */
export function schedulingConflicts(
  proposed: ProposedMeeting,
  others: readonly OtherMeeting[],
  memberships: readonly ScheduledSeat[],
): SchedulingConflict[] {
  const seatsByBody = new Map<string, ScheduledSeat[]>();
  for (const seat of memberships) {
    const seats = seatsByBody.get(seat.bodyId) ?? [];
    seats.push(seat);
    seatsByBody.set(seat.bodyId, seats);
  }
  const expected = expectedAt(proposed.bodyIds, londonDate(proposed.startsAt), seatsByBody);
  if (expected.size === 0) return [];
  const found: { conflict: SchedulingConflict; startsAt: number }[] = [];
  for (const other of others) {
    if (other.status !== 'SCHEDULED') continue;
    if (proposed.id !== undefined && other.id === proposed.id) continue;
    if (!meetingsOverlap(proposed, other)) continue;
    const there = expectedAt(other.bodyIds, londonDate(other.startsAt), seatsByBody);
    for (const [personId, crossSeatThere] of there) {
      const crossSeatHere = expected.get(personId);
      if (crossSeatHere === undefined) continue;
      found.push({
        conflict: {
          personId,
          meetingId: other.id,
          meetingTitle: other.title,
          crossSeated: crossSeatHere || crossSeatThere,
        },
        startsAt: other.startsAt.getTime(),
      });
    }
  }
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return found
    .sort(
      (a, b) =>
        Number(b.conflict.crossSeated) - Number(a.conflict.crossSeated) ||
        a.startsAt - b.startsAt ||
        compare(a.conflict.meetingTitle, b.conflict.meetingTitle) ||
        compare(a.conflict.meetingId, b.conflict.meetingId) ||
        compare(a.conflict.personId, b.conflict.personId),
    )
    .map(({ conflict }) => conflict);
}

/**
 * How often the terms of reference say a body meets: at most `count` weeks or months from one
 * meeting to the next. `count` is a fraction for "twice a month" (1/2) and the like.
 */
export interface MeetingInterval {
  readonly unit: 'WEEK' | 'MONTH';
  readonly count: number;
}

const NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  once: 1,
  two: 2,
  twice: 2,
  three: 3,
  thrice: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const NUMBER_WORD = `\\d{1,2}|${Object.keys(NUMBERS).join('|')}`;
const NUMBER = `(${NUMBER_WORD})`;

function numberOf(word: string): number {
  return /^\d+$/.test(word) ? Number(word) : (NUMBERS[word] ?? Number.NaN);
}

/** Each period the text may name, as weeks or months. */
const PERIODS: Readonly<Record<string, MeetingInterval>> = {
  week: { unit: 'WEEK', count: 1 },
  fortnight: { unit: 'WEEK', count: 2 },
  month: { unit: 'MONTH', count: 1 },
  quarter: { unit: 'MONTH', count: 3 },
  year: { unit: 'MONTH', count: 12 },
};
const PERIOD = `(week|fortnight|month|quarter|year)`;

/** The adverbs, and what they mean. */
const ADVERBS: Readonly<Record<string, MeetingInterval>> = {
  weekly: { unit: 'WEEK', count: 1 },
  fortnightly: { unit: 'WEEK', count: 2 },
  monthly: { unit: 'MONTH', count: 1 },
  quarterly: { unit: 'MONTH', count: 3 },
  'half-yearly': { unit: 'MONTH', count: 6 },
  'half yearly': { unit: 'MONTH', count: 6 },
  annually: { unit: 'MONTH', count: 12 },
  yearly: { unit: 'MONTH', count: 12 },
};

/** Words in front of the frequency that do not change it. */
const PREFIX =
  /^(?:(?:the (?:board|group|committee) |it )?(?:will )?meets? |at least |no (?:less|fewer) than |not (?:less|fewer) than |a minimum of |usually |normally |typically |generally |ordinarily |about |around |approximately |roughly )/;

const scaled = (interval: MeetingInterval, by: number): MeetingInterval => ({
  unit: interval.unit,
  count: interval.count * by,
});

/** The interval the first clause of the text names, or null. `clause` is tidied already. */
function intervalOf(clause: string): MeetingInterval | null {
  const adverb = ADVERBS[clause];
  if (adverb) return adverb;
  // "six-weekly", "3-monthly"
  let match = new RegExp(`^${NUMBER}[- ](weekly|monthly)$`).exec(clause);
  if (match) {
    return { unit: match[2] === 'weekly' ? 'WEEK' : 'MONTH', count: numberOf(match[1]) };
  }
  // "every month", "once every six weeks", "every other month", "each quarter"
  match = new RegExp(`^(?:once )?(?:every|each) (?:(other|${NUMBER_WORD}) )?${PERIOD}s?$`).exec(
    clause,
  );
  if (match) {
    const times = match[1] === undefined ? 1 : match[1] === 'other' ? 2 : numberOf(match[1]);
    return scaled(PERIODS[match[2]], times);
  }
  // "every four to six weeks", "every 4-6 weeks": the longer is the most allowed.
  match = new RegExp(`^(?:once )?every ${NUMBER} ?(?:-|to|or) ?${NUMBER} ${PERIOD}s$`).exec(clause);
  if (match) {
    const longer = Math.max(numberOf(match[1]), numberOf(match[2]));
    return scaled(PERIODS[match[3]], longer);
  }
  // "once a month", "twice a year", "at least 4 times per year", "six times yearly"
  match = new RegExp(
    `^${NUMBER}(?: times?)? (?:(?:a|an|per|each|every) ${PERIOD}|(weekly|monthly|yearly|annually))$`,
  ).exec(clause);
  if (match) {
    const times = numberOf(match[1]);
    const period =
      match[2] !== undefined
        ? PERIODS[match[2]]
        : ADVERBS[match[3] === 'annually' ? 'yearly' : match[3]];
    if (period.unit === 'MONTH' && period.count === 12 && times <= 12) {
      // A body that meets ten times a year usually skips a month or two in a row, so the most
      // allowed is a whole number of months: 12 ÷ times, rounded up.
      return { unit: 'MONTH', count: Math.ceil(12 / times) };
    }
    return scaled(period, 1 / times);
  }
  return null;
}

/**
 * Reads the free-text meeting frequency of terms of reference: "Monthly", "Every month",
 * "Every six weeks", "Every 6 weeks", "Quarterly", "Every two months", "Fortnightly", "Weekly",
 * "At least four times a year", "Twice a year", "Every three months", "Every 4 to 6 weeks" (the
 * longer), "Six-weekly", "Half-yearly", "Monthly, online or in person" (only the first clause,
 * up to a comma, semicolon, full stop, colon, bracket or dash, is read).
 *
 * Null when it cannot be read: an empty text, a first clause with anything else in it ("Monthly
 * except August", "As needed", "Termly"), or words that mean two things ("bi-weekly",
 * "bimonthly", "biannually"). Null means "say nothing", never "meets rarely".
 */
export function parseMeetingFrequency(text: string | null): MeetingInterval | null {
  if (text === null) return null;
  let clause = text
    .normalize('NFKC')
    .toLowerCase()
    // "4 – 6 weeks" is a range, not a dash between clauses.
    .replace(/(\d)\s*[-\u2010-\u2015]\s*(?=\d)/g, '$1-')
    .split(/[,;.:(]|\s[-\u2010-\u2015]\s/)[0]
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  for (let before = ''; before !== clause;) {
    before = clause;
    clause = clause.replace(PREFIX, '');
  }
  const interval = intervalOf(clause);
  if (interval === null || !Number.isFinite(interval.count) || interval.count <= 0) return null;
  return interval;
}

/** Longest a run of months can be: a month is counted as 31 days. */
const DAYS_IN_LONGEST_MONTH = 31;
/**
 * Slack for meetings held on the same weekday of each month ("the first Tuesday"): one may fall
 * up to 6 days later in its month than the one before.
 */
const MONTHLY_WEEKDAY_SLACK = 6;

/**
 * The most days there may be from one meeting to the next: a week is 7 days; a month is 31
 * days (its longest), and months get 6 more so that "the first Tuesday of each month" (28 or 35
 * days apart) passes as monthly. "Every six weeks" is 42, "Monthly" 37, "Quarterly" 99.
 */
export function maxMeetingGapDays(interval: MeetingInterval): number {
  return interval.unit === 'WEEK'
    ? Math.ceil(7 * interval.count)
    : Math.ceil(DAYS_IN_LONGEST_MONTH * interval.count) + MONTHLY_WEEKDAY_SLACK;
}

/** A run of days, within the range asked about, with no meeting. Dates are London dates. */
export interface MeetingGap {
  /** The day of the meeting before the run, or null when the run starts the range. */
  readonly previousMeetingOn: string | null;
  /** The day of the meeting after the run, or null when the run ends the range. */
  readonly nextMeetingOn: string | null;
  /** The first and last days with no meeting, both included. */
  readonly firstDay: string;
  readonly lastDay: string;
  /** How many days in a row have no meeting. */
  readonly days: number;
}

export interface FrequencyShortfall {
  /** Whether the frequency text could be read; when not, `gaps` is empty and says nothing. */
  readonly understood: boolean;
  /** The most days from one meeting to the next that the text allows; null when not read. */
  readonly maxGapDays: number | null;
  /** Every run of `maxGapDays` or more days in a row with no meeting, in date order. */
  readonly gaps: readonly MeetingGap[];
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Where the meetings in `range` (London dates `from` to `to`, both included) are further apart
 * than the terms of reference's `frequencyText` allows, for a warning to the secretariat.
 *
 * Each meeting counts on its London start date; meetings outside the range are ignored, and so
 * are POSTPONED and CANCELLED ones when a status is given. If the most allowed from one meeting
 * to the next is N days, then N or more days in a row without a meeting is a shortfall: between
 * two meetings, at the start of the range (before the first meeting: the one before it, outside
 * the range, cannot make up for it), at the end (after the last), or the whole range when it
 * has no meeting at all. BAD_USER_INPUT (field `from` or `to`) unless the range is two real
 * dates with `to` not before `from`.
 */
export function meetingFrequencyShortfall(
  frequencyText: string | null,
  meetings: readonly { readonly startsAt: Date; readonly status?: MeetingStatus }[],
  range: { readonly from: string; readonly to: string },
): FrequencyShortfall {
  assertRealDate(range.from, 'from', 'Start date');
  assertRealDate(range.to, 'to', 'End date');
  if (range.to < range.from) {
    throw new DomainError(
      'BAD_USER_INPUT',
      'End date must be the same as or after the start date',
      {
        field: 'to',
      },
    );
  }
  const interval = parseMeetingFrequency(frequencyText);
  if (interval === null) return { understood: false, maxGapDays: null, gaps: [] };
  const maxGapDays = maxMeetingGapDays(interval);
  const days = [
    ...new Set(
      meetings
        .filter((meeting) => meeting.status !== 'CANCELLED' && meeting.status !== 'POSTPONED')
        .map((meeting) => londonDate(meeting.startsAt))
        .filter((day) => range.from <= day && day <= range.to),
    ),
  ].sort();
  const gaps: MeetingGap[] = [];
  const consider = (previous: string | null, next: string | null) => {
    const firstDay = previous === null ? range.from : addDays(previous, 1);
    const lastDay = next === null ? range.to : addDays(next, -1);
    if (lastDay < firstDay) return;
    const length = daysBetween(firstDay, lastDay) + 1;
    if (length >= maxGapDays) {
      gaps.push({
        previousMeetingOn: previous,
        nextMeetingOn: next,
        firstDay,
        lastDay,
        days: length,
      });
    }
  };
  let previous: string | null = null;
  for (const day of days) {
    consider(previous, day);
    previous = day;
  }
  consider(previous, null);
  return { understood: true, maxGapDays, gaps };
}
