import { addDays, bodyExistsOn } from '@boards/domain';
import {
  buildBody,
  buildMeeting,
  buildMembership,
  buildPaper,
  buildPerson,
  buildTermsOfReference,
} from '../testing/factories';

/**
 * A large, made-up data set for benchmarks and load tests, generated from a seed: the same seed
 * and sizes always give the same rows, ids included. Every row keeps the rules the portal
 * enforces: bodies' dates in order; memberships within their body's lifespan, never two of one
 * person in one body on one day; each cross-seat resting on one membership of its from-body for
 * its whole term, and never more cross-seats under a rule on a day than its maximum; meetings on
 * days their bodies exist, at most 12 hours long; an easy read paper as open as its original.
 * Papers have their metadata only (no files).
 */
export interface LargeDataSizes {
  bodies: number;
  people: number;
  memberships: number;
  meetings: number;
  papers: number;
}

export interface LargeDataOptions extends LargeDataSizes {
  seed: number;
}

/** What `npm run seed:large` makes. */
export const LARGE_DATA_FULL: LargeDataOptions = {
  seed: 20_211_013,
  bodies: 50,
  people: 5_000,
  memberships: 15_000,
  meetings: 20_000,
  papers: 200_000,
};

/** Every row's slug (bodies) starts with this: how a database that holds the set is recognised. */
export const LARGE_SLUG_PREFIX = 'large-';

/** Meetings before this day are held (or cancelled), later ones scheduled (or postponed). */
export const LARGE_DATA_REFERENCE_DAY = '2026-12-01';
const EARLIEST = '2014-01-01';
/** The last day the set plans for: no term or meeting is placed after it (open terms run on). */
const HORIZON = '2029-12-31';
const CREATED_AT = '2026-01-01T00:00:00.000Z';
/** Share of the memberships that are cross-seats, when the rules leave room for them. */
const CROSS_SEAT_SHARE = 0.05;

export type Row = Record<string, unknown>;

/** Rows by table, in an order that satisfies the foreign keys when inserted one table after another. */
export interface LargeData {
  body: Row[];
  terms_of_reference: Row[];
  cross_seat_rule: Row[];
  cross_seat_rule_version: Row[];
  person: Row[];
  person_display_consent: Row[];
  membership: Row[];
  meeting: Row[];
  meeting_body: Row[];
  paper: Row[];
}

export const LARGE_DATA_TABLES: readonly (keyof LargeData)[] = [
  'body',
  'terms_of_reference',
  'cross_seat_rule',
  'cross_seat_rule_version',
  'person',
  'person_display_consent',
  'membership',
  'meeting',
  'meeting_body',
  'paper',
];

/** A small, fast pseudo-random generator (mulberry32): the same seed, the same sequence. */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** A 32-bit unsigned integer. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }
  /** A number in [0, 1). */
  float(): number {
    return this.next() / 4_294_967_296;
  }
  /** An integer from `min` to `max`, both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.float() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)];
  }
  /** A random (version 4) UUID from this generator. */
  uuid(): string {
    const hex = [this.next(), this.next(), this.next(), this.next()]
      .map((n) => n.toString(16).padStart(8, '0'))
      .join('');
    const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  }
  shuffle<T>(items: readonly T[]): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy;
  }
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);
const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);

const TOPICS = [
  'Kinship Care',
  'Fostering',
  'Residential Care',
  'Care Leavers',
  'Family Help',
  'Child Protection',
  'Education',
  'Health and Wellbeing',
  'Youth Justice',
  'Disabled Children',
  'Workforce',
  'Adoption',
  'Early Years',
  'Housing',
  'Advocacy',
  'Data and Evidence',
  'Local Practice',
];
const FIRST_NAMES = [
  'Aisha', 'Ben', 'Chloe', 'Dev', 'Ella', 'Femi', 'Grace', 'Harry', 'Isla', 'Jamal',
  'Kate', 'Liam', 'Maya', 'Nia', 'Owen', 'Priya', 'Quinn', 'Rosa', 'Sam', 'Tom',
  'Uma', 'Vik', 'Wren', 'Yusuf', 'Zara', 'Amir', 'Beth', 'Cal', 'Dina', 'Eli',
]; // prettier-ignore
const LAST_NAMES = [
  'Adams', 'Bailey', 'Clarke', 'Davies', 'Evans', 'Fisher', 'Green', 'Hughes', 'Iqbal', 'Jones',
  'Khan', 'Lewis', 'Morris', 'Nolan', 'Okafor', 'Patel', 'Quayle', 'Reid', 'Singh', 'Taylor',
  'Usman', 'Vaughan', 'Walsh', 'Young', 'Zhou', 'Ahmed', 'Brown', 'Carter', 'Doyle', 'Ellis',
]; // prettier-ignore
const AFFILIATIONS = [
  'Local authority',
  'Charity',
  'University',
  'Health service',
  'Care leaver network',
  'Kinship carers',
  'Foster carers',
];
const PAPER_KINDS = [
  'Briefing',
  'Evidence summary',
  'Options paper',
  'Progress report',
  'Discussion paper',
  'Data pack',
  'Case studies',
  'Terms of reference review',
];
const ROLES = [
  ['CHAIR', 0.03],
  ['VICE_CHAIR', 0.05],
  ['CO_OPTED', 0.07],
  ['OBSERVER', 0.05],
] as const;
const DISPLAY_CHOICES = [
  ['FULL_NAME', 0.55],
  ['FIRST_NAME_INITIAL', 0.2],
  ['ANONYMOUS', 0.2],
  ['HIDDEN', 0.05],
] as const;

function weighted<T extends string>(
  random: Random,
  table: readonly (readonly [T, number])[],
  rest: T,
): T {
  let r = random.float();
  for (const [value, p] of table) {
    if (r < p) return value;
    r -= p;
  }
  return rest;
}

/** camelCase entity properties as snake_case columns (the entities' naming). */
function columns(entity: object): Row {
  const row: Row = {};
  for (const [key, value] of Object.entries(entity as Row)) {
    row[key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] =
      value instanceof Date ? value.toISOString() : value;
  }
  return row;
}

interface GeneratedBody {
  id: string;
  name: string;
  kind: 'BOARD' | 'GROUP';
  establishedOn: string;
  dissolvedOn: string | null;
  /** The last day a membership or meeting may fall on (the day before dissolution, or HORIZON). */
  lastDay: string;
  /** The last day a term may end on, or null when it may run on (the body lasts). */
  lastTermDay: string | null;
}

interface Interval {
  startsOn: string;
  endsOn: string | null;
}

const overlaps = (a: Interval, b: Interval) =>
  (b.endsOn === null || a.startsOn <= b.endsOn) && (a.endsOn === null || b.startsOn <= a.endsOn);

/** The large data set for `options`: pure, and the same for the same options. */
export function generateLargeData(options: LargeDataOptions): LargeData {
  const random = new Random(options.seed);
  const data: LargeData = {
    body: [],
    terms_of_reference: [],
    cross_seat_rule: [],
    cross_seat_rule_version: [],
    person: [],
    person_display_consent: [],
    membership: [],
    meeting: [],
    meeting_body: [],
    paper: [],
  };

  // ---- Bodies, each with its terms of reference: one board in five, the boards older.
  const bodies: GeneratedBody[] = [];
  for (let i = 0; i < options.bodies; i++) {
    const kind = i % 5 === 0 ? 'BOARD' : 'GROUP';
    const establishedOn = addDays(
      EARLIEST,
      kind === 'BOARD' ? random.int(0, 365) : random.int(180, 6 * 365),
    );
    const dissolvedOn =
      kind === 'GROUP' && random.chance(0.12)
        ? minDate(addDays(establishedOn, random.int(3 * 365, 8 * 365)), HORIZON)
        : null;
    const body: GeneratedBody = {
      id: random.uuid(),
      name: `${TOPICS[i % TOPICS.length]} ${kind === 'BOARD' ? 'Board' : 'Group'} ${i + 1}`,
      kind,
      establishedOn,
      dissolvedOn,
      lastDay: dissolvedOn === null ? HORIZON : addDays(dissolvedOn, -1),
      lastTermDay: dissolvedOn === null ? null : addDays(dissolvedOn, -1),
    };
    bodies.push(body);
    data.body.push(
      columns(
        buildBody({
          id: body.id,
          slug: `${LARGE_SLUG_PREFIX}${kind.toLowerCase()}-${String(i + 1).padStart(3, '0')}`,
          name: body.name,
          kind,
          purpose: `Advises the review on ${TOPICS[i % TOPICS.length].toLowerCase()}.`,
          establishedOn,
          dissolvedOn,
          createdAt: new Date(CREATED_AT),
          updatedAt: new Date(CREATED_AT),
        }),
      ),
    );
    data.terms_of_reference.push(
      columns(
        buildTermsOfReference({
          id: random.uuid(),
          bodyId: body.id,
          effectiveFrom: establishedOn,
          quorumCount: random.int(2, 5),
          createdAt: new Date(CREATED_AT),
          updatedAt: new Date(CREATED_AT),
        }),
      ),
    );
  }
  const boards = bodies.filter((b) => b.kind === 'BOARD');

  // ---- Cross-seat rules: each group takes seats from one board.
  const rules: { target: GeneratedBody; from: GeneratedBody; maxSeats: number }[] = [];
  if (boards.length > 0) {
    for (const target of bodies) {
      if (target.kind !== 'GROUP') continue;
      const from = random.pick(boards);
      const minSeats = random.int(1, 2);
      const maxSeats = minSeats + random.int(0, 1);
      const ruleId = random.uuid();
      rules.push({ target, from, maxSeats });
      data.cross_seat_rule.push({
        id: ruleId,
        target_body_id: target.id,
        from_body_id: from.id,
        version: 1,
        created_at: CREATED_AT,
        updated_at: CREATED_AT,
      });
      data.cross_seat_rule_version.push({
        id: random.uuid(),
        rule_id: ruleId,
        effective_from: target.establishedOn,
        min_seats: minSeats,
        max_seats: maxSeats,
        created_at: CREATED_AT,
      });
    }
  }

  // ---- People, most with a consent to public display.
  const people: string[] = [];
  for (let i = 0; i < options.people; i++) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const livedExperience = random.chance(0.25);
    const id = random.uuid();
    people.push(id);
    data.person.push(
      columns(
        buildPerson({
          id,
          fullName: `${first} ${last}`,
          email: `${first}.${last}.${i + 1}@example.org`.toLowerCase(),
          affiliation: random.chance(0.3) ? random.pick(AFFILIATIONS) : null,
          livedExperience,
          createdAt: new Date(CREATED_AT),
          updatedAt: new Date(CREATED_AT),
        }),
      ),
    );
    if (random.chance(0.7)) {
      data.person_display_consent.push({
        id: random.uuid(),
        person_id: id,
        kind: 'GIVEN',
        effective_on: addDays(EARLIEST, random.int(0, 365)),
        choice: weighted(random, DISPLAY_CHOICES, 'FULL_NAME'),
        show_lived_experience: livedExperience && random.chance(0.5),
        recorded_at: CREATED_AT,
        recorded_by: null,
      });
    }
  }

  // ---- Memberships.
  /** Every term of each person in each body: `${person}|${body}`. */
  const held = new Map<string, Interval[]>();
  const heldBy = (person: number, body: GeneratedBody) => held.get(`${person}|${body.id}`) ?? [];
  /** The ordinary terms on each board, for cross-seats to rest on. */
  const boardTerms = new Map<string, { person: number; term: Interval }[]>();

  const addMembership = (
    person: number,
    body: GeneratedBody,
    term: Interval,
    role: string,
    from: GeneratedBody | null,
  ) => {
    const key = `${person}|${body.id}`;
    held.set(key, [...(held.get(key) ?? []), term]);
    if (body.kind === 'BOARD' && from === null) {
      boardTerms.set(body.id, [...(boardTerms.get(body.id) ?? []), { person, term }]);
    }
    data.membership.push(
      columns(
        buildMembership({
          id: random.uuid(),
          personId: people[person],
          bodyId: body.id,
          role: role as 'MEMBER',
          seat: from === null ? 'ORDINARY' : 'CROSS_SEAT',
          fromBodyId: from?.id ?? null,
          startsOn: term.startsOn,
          endsOn: term.endsOn,
          endReason:
            term.endsOn !== null && term.endsOn < LARGE_DATA_REFERENCE_DAY
              ? 'Term completed'
              : null,
          version: 1,
          createdAt: new Date(CREATED_AT),
          updatedAt: new Date(CREATED_AT),
        }),
      ),
    );
  };

  /**
   * One to three terms of a person on a body they have no term on yet, back to back (a change of
   * role) or with a gap, within the body's lifespan; at most `limit` of them.
   */
  let personCursor = 0;
  const addSeries = (limit: number): number => {
    if (people.length === 0 || bodies.length === 0) return 0;
    for (let attempt = 0; attempt < 20; attempt++) {
      const person = personCursor++ % people.length;
      const body =
        boards.length > 0 && random.chance(0.3) ? random.pick(boards) : random.pick(bodies);
      if (heldBy(person, body).length > 0) continue;
      const span = daysBetween(body.establishedOn, body.lastDay);
      let startsOn = addDays(body.establishedOn, random.int(0, Math.floor(span * 0.7)));
      const count = Math.min(limit, random.int(1, 3));
      let added = 0;
      for (let t = 0; t < count && startsOn <= body.lastDay; t++) {
        const last = t === count - 1;
        let endsOn: string | null = minDate(
          addDays(startsOn, random.int(365, 4 * 365) - 1),
          body.lastDay,
        );
        if (last && body.lastTermDay === null && random.chance(0.4)) endsOn = null;
        const role = t === 0 ? 'MEMBER' : weighted(random, ROLES, 'MEMBER');
        addMembership(person, body, { startsOn, endsOn }, role, null);
        added++;
        if (endsOn === null) break;
        startsOn = addDays(endsOn, random.chance(0.5) ? 1 : random.int(30, 700));
      }
      return added;
    }
    return 0;
  };

  const crossSeatTarget = Math.round(options.memberships * CROSS_SEAT_SHARE);
  while (data.membership.length < options.memberships - crossSeatTarget) {
    if (addSeries(options.memberships - crossSeatTarget - data.membership.length) === 0) break;
  }

  // Cross-seats: each rule has `maxSeats` slots; a slot is held by one person after another,
  // each for part of one of their board terms, so no day has more than `maxSeats` holders.
  let crossSeats = 0;
  for (const rule of rules) {
    for (let slot = 0; slot < rule.maxSeats && crossSeats < crossSeatTarget; slot++) {
      const candidates = [...(boardTerms.get(rule.from.id) ?? [])]
        .filter(() => random.chance(0.6))
        .sort((a, b) =>
          a.term.startsOn < b.term.startsOn ? -1 : a.term.startsOn > b.term.startsOn ? 1 : 0,
        );
      let cursor = rule.target.establishedOn;
      for (const { person, term } of candidates) {
        if (crossSeats >= crossSeatTarget || cursor > rule.target.lastDay) break;
        const startsOn = maxDate(term.startsOn, cursor);
        const limit =
          term.endsOn === null
            ? rule.target.lastTermDay
            : rule.target.lastTermDay === null
              ? term.endsOn
              : minDate(term.endsOn, rule.target.lastTermDay);
        if (limit !== null && startsOn > limit) continue;
        if (startsOn > HORIZON) continue;
        let endsOn: string | null = addDays(startsOn, random.int(180, 900) - 1);
        if (limit !== null && endsOn > limit) endsOn = limit;
        if (limit === null && random.chance(0.25)) endsOn = null;
        const candidate = { startsOn, endsOn };
        if (heldBy(person, rule.target).some((other) => overlaps(other, candidate))) continue;
        addMembership(person, rule.target, candidate, 'MEMBER', rule.from);
        crossSeats++;
        if (endsOn === null) break;
        cursor = addDays(endsOn, 1 + random.int(0, 60));
      }
    }
  }

  // Fill up with ordinary memberships to the number asked for.
  while (data.membership.length < options.memberships) {
    if (addSeries(options.memberships - data.membership.length) === 0) break;
  }

  // ---- Meetings, spread over their body's lifespan; a few joint with another body.
  let paperIndex = 0;
  for (let k = 0; k < options.meetings; k++) {
    const bodyIndex = k % Math.max(1, bodies.length);
    const body = bodies[bodyIndex];
    if (body === undefined) break;
    const ofBody =
      Math.floor(options.meetings / bodies.length) +
      (bodyIndex < options.meetings % bodies.length ? 1 : 0);
    const j = Math.floor(k / bodies.length);
    const span = daysBetween(body.establishedOn, body.lastDay) + 1;
    const day = addDays(
      body.establishedOn,
      Math.min(span - 1, Math.floor(((j + random.float()) * span) / ofBody)),
    );
    const hour = 9 + random.int(0, 6);
    const startsAt = new Date(`${day}T${String(hour).padStart(2, '0')}:00:00.000Z`);
    const endsAt = new Date(startsAt.getTime() + random.int(1, 3) * 3_600_000);
    const past = day < LARGE_DATA_REFERENCE_DAY;
    const status = past
      ? random.chance(0.9)
        ? 'HELD'
        : 'CANCELLED'
      : random.chance(0.95)
        ? 'SCHEDULED'
        : 'POSTPONED';
    const online = random.chance(0.3);
    const meetingId = random.uuid();
    data.meeting.push(
      columns(
        buildMeeting({
          id: meetingId,
          title: `${body.name}: meeting ${j + 1}`,
          startsAt,
          endsAt,
          location: online ? null : 'Sanctuary Buildings, London',
          onlineLink: online ? `https://meet.example.org/${meetingId.slice(0, 8)}` : null,
          status,
          statusReason:
            status === 'CANCELLED'
              ? 'Not enough members could attend'
              : status === 'POSTPONED'
                ? 'To wait for the evidence review'
                : null,
          version: 1,
          createdAt: new Date(CREATED_AT),
          updatedAt: new Date(CREATED_AT),
        }),
      ),
    );
    data.meeting_body.push({ meeting_id: meetingId, body_id: body.id, position: 1 });
    if (random.chance(0.02)) {
      const other = random.pick(bodies);
      if (other !== body && bodyExistsOn(other, day) && day <= other.lastDay) {
        data.meeting_body.push({ meeting_id: meetingId, body_id: other.id, position: 2 });
      }
    }

    // ---- Its papers: metadata only; now and then an easy read version of the one before.
    const papers =
      Math.floor(options.papers / options.meetings) +
      (k < options.papers % options.meetings ? 1 : 0);
    let previous: { id: string; visibility: string } | null = null;
    for (let p = 0; p < papers; p++) {
      const visibility = random.chance(0.55) ? 'PUBLIC' : 'MEMBERS';
      const easyRead: { id: string; visibility: string } | null =
        previous !== null && random.chance(0.04) ? previous : null;
      const id = random.uuid();
      paperIndex++;
      data.paper.push(
        columns(
          buildPaper({
            id,
            meetingId,
            title: `${random.pick(PAPER_KINDS)} ${paperIndex}${easyRead ? ' (easy read)' : ''}`,
            visibility: (easyRead?.visibility ?? visibility) as 'PUBLIC',
            contentNote: random.chance(0.05) ? 'Discusses experiences of abuse and neglect' : null,
            easyReadOf: easyRead?.id ?? null,
            version: 1,
            createdAt: new Date(CREATED_AT),
          }),
        ),
      );
      previous = easyRead ? null : { id, visibility };
    }
  }
  return data;
}
