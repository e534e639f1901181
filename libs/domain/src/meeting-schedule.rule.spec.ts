import fc from 'fast-check';
import { MEETING_STATUSES, type MeetingStatus } from '@boards/shared/contracts';
import { DomainError } from './domain-error';
import { addDays, londonDate } from './iso-date';
import { londonToUtc } from './london-time';
import {
  MEETING_ACTIONS,
  MEETING_TRANSITIONS,
  allowedMeetingActions,
  assertMeetingDetailsChangeable,
  meetingFinal,
  maxMeetingGapDays,
  meetingFrequencyShortfall,
  meetingTransition,
  meetingsOverlap,
  parseMeetingFrequency,
  schedulingConflicts,
  validateMeetingTimes,
  type MeetingAction,
  type OtherMeeting,
  type ScheduledSeat,
} from './meeting-schedule.rule';

function caught(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

const at = (iso: string) => new Date(iso);
/** London date and time to an instant. */
const london = (date: string, time: string) => londonToUtc(date, time);

describe('meetingTransition', () => {
  const startsAt = at('2026-03-31T09:00:00Z');
  const after = { startsAt, now: at('2026-03-31T12:00:00Z') };
  const newTimes = {
    ...after,
    newStartsAt: at('2026-04-14T09:00:00Z'),
    newEndsAt: at('2026-04-14T11:00:00Z'),
  };

  it.each([
    ['SCHEDULED', 'POSTPONE', 'POSTPONED'],
    ['SCHEDULED', 'CANCEL', 'CANCELLED'],
    ['SCHEDULED', 'MARK_HELD', 'HELD'],
    ['POSTPONED', 'RESCHEDULE', 'SCHEDULED'],
    ['POSTPONED', 'CANCEL', 'CANCELLED'],
  ] as const)('%s + %s → %s', (status, action, expected) => {
    expect(meetingTransition(status, action, newTimes)).toBe(expected);
  });

  it.each([
    ['SCHEDULED', 'RESCHEDULE', /^Only a postponed meeting can be rescheduled/],
    ['POSTPONED', 'POSTPONE', /^This meeting has already been postponed$/],
    ['POSTPONED', 'MARK_HELD', /must be rescheduled before it can be recorded as held/],
    ['CANCELLED', 'POSTPONE', /has been cancelled, so it cannot be changed/],
    ['CANCELLED', 'RESCHEDULE', /has been cancelled, so it cannot be changed/],
    ['CANCELLED', 'CANCEL', /has been cancelled, so it cannot be changed/],
    ['CANCELLED', 'MARK_HELD', /has been cancelled, so it cannot be changed/],
    ['HELD', 'POSTPONE', /has taken place, so its status cannot be changed/],
    ['HELD', 'RESCHEDULE', /has taken place, so its status cannot be changed/],
    ['HELD', 'CANCEL', /has taken place, so its status cannot be changed/],
    ['HELD', 'MARK_HELD', /has taken place, so its status cannot be changed/],
  ] as const)('refuses %s + %s with INVALID_TRANSITION', (status, action, message) => {
    const error = caught(() => meetingTransition(status, action, newTimes));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toMatch(message);
    expect(error.details).toEqual({ status, action });
  });

  it('has a row for every status, and every pair is either a step or a refusal', () => {
    expect(Object.keys(MEETING_TRANSITIONS).sort()).toEqual([...MEETING_STATUSES].sort());
    for (const status of MEETING_STATUSES) {
      for (const action of MEETING_ACTIONS) {
        const step = MEETING_TRANSITIONS[status][action];
        if (step) expect(meetingTransition(status, action, newTimes)).toBe(step);
        else
          expect(caught(() => meetingTransition(status, action, newTimes)).code).toBe(
            'INVALID_TRANSITION',
          );
      }
    }
  });

  it.each([
    ['a minute before it starts', '2026-03-31T08:59:00Z', false],
    ['a millisecond before it starts', '2026-03-31T08:59:59.999Z', false],
    ['as it starts', '2026-03-31T09:00:00Z', true],
    ['while it runs', '2026-03-31T10:00:00Z', true],
    ['a week later', '2026-04-07T10:00:00Z', true],
  ])('records a meeting as held %s: %p', (_name, now, allowed) => {
    const context = { startsAt, now: at(now) };
    if (allowed) {
      expect(meetingTransition('SCHEDULED', 'MARK_HELD', context)).toBe('HELD');
      expect(allowedMeetingActions('SCHEDULED', context)).toContain('MARK_HELD');
    } else {
      const error = caught(() => meetingTransition('SCHEDULED', 'MARK_HELD', context));
      expect(error.code).toBe('INVALID_TRANSITION');
      expect(error.message).toBe(
        'This meeting does not start until 10am on Tuesday 31 March 2026, so it cannot be recorded as held yet',
      );
      expect(allowedMeetingActions('SCHEDULED', context)).not.toContain('MARK_HELD');
    }
  });

  it('lets a scheduled meeting in the future be postponed or cancelled', () => {
    const before = { startsAt, now: at('2026-03-01T00:00:00Z') };
    expect(meetingTransition('SCHEDULED', 'POSTPONE', before)).toBe('POSTPONED');
    expect(meetingTransition('SCHEDULED', 'CANCEL', before)).toBe('CANCELLED');
  });

  it.each([
    ['no new times', {}, 'startsAt'],
    ['no new end', { newStartsAt: at('2026-04-14T09:00:00Z') }, 'endsAt'],
    [
      'an end before the start',
      { newStartsAt: at('2026-04-14T09:00:00Z'), newEndsAt: at('2026-04-14T08:00:00Z') },
      'endsAt',
    ],
  ])('refuses to reschedule with %s', (_name, times, field) => {
    const error = caught(() =>
      meetingTransition('POSTPONED', 'RESCHEDULE', { ...after, ...times }),
    );
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ field });
  });

  it('never leaves CANCELLED or HELD, whatever is tried', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...MEETING_ACTIONS), { maxLength: 12 }),
        (actions: MeetingAction[]) => {
          let status: MeetingStatus = 'SCHEDULED';
          for (const action of actions) {
            const before: MeetingStatus = status;
            try {
              status = meetingTransition(status, action, newTimes);
            } catch {
              // refused: the status stays
            }
            if (before === 'CANCELLED' || before === 'HELD') expect(status).toBe(before);
          }
        },
      ),
    );
  });
});

describe('allowedMeetingActions', () => {
  const context = { startsAt: at('2026-03-31T09:00:00Z'), now: at('2026-04-01T09:00:00Z') };
  it.each([
    ['SCHEDULED', ['POSTPONE', 'CANCEL', 'MARK_HELD']],
    ['POSTPONED', ['RESCHEDULE', 'CANCEL']],
    ['CANCELLED', []],
    ['HELD', []],
  ] as const)('from %s: %j', (status, actions) => {
    expect(allowedMeetingActions(status, context)).toEqual(actions);
  });

  it('leaves MARK_HELD out before the meeting starts', () => {
    expect(
      allowedMeetingActions('SCHEDULED', { ...context, now: at('2026-03-31T08:59:59Z') }),
    ).toEqual(['POSTPONE', 'CANCEL']);
  });

  it('offers exactly the actions meetingTransition then accepts, at any time', () => {
    const hour = 3_600_000;
    const base = Date.parse('2026-03-31T09:00:00Z');
    fc.assert(
      fc.property(
        fc.constantFrom(...MEETING_STATUSES),
        fc.integer({ min: -48, max: 48 }),
        (status, nowOffset) => {
          const ctx = { startsAt: new Date(base), now: new Date(base + nowOffset * hour) };
          const offered = allowedMeetingActions(status, ctx);
          for (const action of MEETING_ACTIONS) {
            let accepted = true;
            try {
              meetingTransition(status, action, {
                ...ctx,
                newStartsAt: new Date(base + 240 * hour),
                newEndsAt: new Date(base + 242 * hour),
              });
            } catch {
              accepted = false;
            }
            expect([action, offered.includes(action)]).toEqual([action, accepted]);
          }
          expect(offered.length === 0).toBe(meetingFinal(status));
        },
      ),
    );
  });
});

describe('meetingFinal and assertMeetingDetailsChangeable', () => {
  it.each([
    ['SCHEDULED', false, null],
    ['POSTPONED', false, null],
    ['CANCELLED', true, 'This meeting has been cancelled, so it cannot be changed'],
    ['HELD', true, 'This meeting has taken place, so its details cannot be changed'],
  ] as const)('%s: final %s', (status, final, message) => {
    expect(meetingFinal(status)).toBe(final);
    if (message === null) {
      expect(() => assertMeetingDetailsChangeable(status)).not.toThrow();
      return;
    }
    const error = caught(() => assertMeetingDetailsChangeable(status));
    expect(error.code).toBe('INVALID_TRANSITION');
    expect(error.message).toBe(message);
    expect(error.details).toEqual({ status });
  });
});

describe('validateMeetingTimes', () => {
  it.each([
    ['a two-hour meeting', '2026-03-31T09:00:00Z', '2026-03-31T11:00:00Z'],
    ['a one-minute meeting', '2026-03-31T09:00:00Z', '2026-03-31T09:01:00Z'],
    ['a meeting of exactly 12 hours', '2026-03-31T08:00:00Z', '2026-03-31T20:00:00Z'],
    ['a meeting over midnight', '2026-03-31T21:00:00Z', '2026-04-01T01:00:00Z'],
  ])('accepts %s', (_name, startsAt, endsAt) => {
    expect(() => validateMeetingTimes(at(startsAt), at(endsAt))).not.toThrow();
  });

  it.each([
    ['no start', null, at('2026-03-31T11:00:00Z'), 'startsAt', /starts$/],
    ['an invalid start', at('nonsense'), at('2026-03-31T11:00:00Z'), 'startsAt', /starts$/],
    ['no end', at('2026-03-31T09:00:00Z'), undefined, 'endsAt', /ends$/],
    [
      'an end before the start',
      at('2026-03-31T09:00:00Z'),
      at('2026-03-31T08:00:00Z'),
      'endsAt',
      /^The meeting must end after it starts$/,
    ],
    [
      'an end at the start',
      at('2026-03-31T09:00:00Z'),
      at('2026-03-31T09:00:00Z'),
      'endsAt',
      /^The meeting must end after it starts$/,
    ],
    [
      'a meeting of 12 hours and a minute',
      at('2026-03-31T08:00:00Z'),
      at('2026-03-31T20:01:00Z'),
      'endsAt',
      /^A meeting can last at most 12 hours$/,
    ],
  ])('refuses %s with BAD_USER_INPUT', (_name, startsAt, endsAt, field, message) => {
    const error = caught(() => validateMeetingTimes(startsAt, endsAt));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toMatch(message);
    expect(error.details).toEqual({ field });
  });
});

describe('meetingsOverlap', () => {
  const span = (from: string, to: string) => ({ startsAt: at(from), endsAt: at(to) });
  it.each([
    ['the same times', span('2026-01-01T10:00Z', '2026-01-01T12:00Z'), true],
    ['one inside the other', span('2026-01-01T10:30Z', '2026-01-01T11:00Z'), true],
    ['one starting before the other ends', span('2026-01-01T11:59Z', '2026-01-01T13:00Z'), true],
    ['one ending as the other starts', span('2026-01-01T09:00Z', '2026-01-01T10:00Z'), false],
    ['one starting as the other ends', span('2026-01-01T12:00Z', '2026-01-01T13:00Z'), false],
    ['apart', span('2026-01-02T10:00Z', '2026-01-02T12:00Z'), false],
  ])('%s', (_name, other, expected) => {
    const meeting = span('2026-01-01T10:00Z', '2026-01-01T12:00Z');
    expect(meetingsOverlap(meeting, other)).toBe(expected);
    expect(meetingsOverlap(other, meeting)).toBe(expected);
  });
});

describe('schedulingConflicts', () => {
  // The Experts by Experience Board (EXB), the Evidence Group (EVG) and the Design Group (DSG).
  // Ana sits on EXB and is cross-seated on EVG; Ben sits on EVG only; Cat sits on EXB and DSG
  // (two ordinary seats); Dev is cross-seated on DSG from EXB.
  const seat = (
    personId: string,
    bodyId: string,
    crossSeat = false,
    startsOn = '2025-01-01',
    endsOn: string | null = null,
  ): ScheduledSeat => ({ personId, bodyId, startsOn, endsOn, crossSeat });
  const memberships: ScheduledSeat[] = [
    seat('ana', 'EXB'),
    seat('ana', 'EVG', true),
    seat('ben', 'EVG'),
    seat('cat', 'EXB'),
    seat('cat', 'DSG'),
    seat('dev', 'EXB'),
    seat('dev', 'DSG', true),
  ];
  const meeting = (
    id: string,
    bodyIds: string[],
    date: string,
    from: string,
    to: string,
    status: MeetingStatus = 'SCHEDULED',
  ): OtherMeeting => ({
    id,
    title: `Meeting ${id}`,
    bodyIds,
    startsAt: london(date, from),
    endsAt: london(date, to),
    status,
  });
  const proposed = {
    startsAt: london('2026-03-31', '10:00'),
    endsAt: london('2026-03-31', '12:00'),
    bodyIds: ['EXB'],
  };
  const brief = (conflicts: ReturnType<typeof schedulingConflicts>) =>
    conflicts.map((c) => `${c.personId}@${c.meetingId}${c.crossSeated ? '*' : ''}`);

  it('finds each member of the proposed body who is expected at an overlapping meeting, cross-seated first', () => {
    const others = [meeting('evg', ['EVG'], '2026-03-31', '11:00', '13:00')];
    const dsg = meeting('dsg', ['DSG'], '2026-03-31', '09:00', '10:30');
    expect(schedulingConflicts(proposed, [...others, dsg], memberships)).toEqual([
      { personId: 'dev', meetingId: 'dsg', meetingTitle: 'Meeting dsg', crossSeated: true },
      { personId: 'ana', meetingId: 'evg', meetingTitle: 'Meeting evg', crossSeated: true },
      { personId: 'cat', meetingId: 'dsg', meetingTitle: 'Meeting dsg', crossSeated: false },
    ]);
  });

  it.each([
    ['a meeting ending as the proposed one starts', '08:00', '10:00', 'SCHEDULED', []],
    ['a meeting starting as the proposed one ends', '12:00', '13:00', 'SCHEDULED', []],
    ['a meeting overlapping by a minute', '11:59', '13:00', 'SCHEDULED', ['ana@o*']],
    ['a postponed meeting', '11:00', '13:00', 'POSTPONED', []],
    ['a cancelled meeting', '11:00', '13:00', 'CANCELLED', []],
    ['a held meeting', '11:00', '13:00', 'HELD', []],
  ] as const)('with %s: %j', (_name, from, to, status, expected) => {
    const others = [meeting('o', ['EVG'], '2026-03-31', from, to, status)];
    expect(brief(schedulingConflicts(proposed, others, memberships))).toEqual(expected);
  });

  it('leaves out the proposed meeting itself, by id, when it is being moved', () => {
    const itself = meeting('me', ['EXB'], '2026-03-31', '10:00', '12:00');
    expect(schedulingConflicts({ ...proposed, id: 'me' }, [itself], memberships)).toEqual([]);
    // A new meeting has no id, so an identical one already in the diary is a clash.
    expect(brief(schedulingConflicts(proposed, [itself], memberships))).toEqual([
      'ana@me',
      'cat@me',
      'dev@me',
    ]);
  });

  it('ignores people who sit only on the other body', () => {
    const others = [meeting('evg', ['EVG'], '2026-03-31', '10:00', '12:00')];
    expect(brief(schedulingConflicts(proposed, others, memberships))).not.toContain('ben@evg');
  });

  it.each([
    ['ended the day before the meeting', '2025-01-01', '2026-03-30', []],
    ['ending on the day of the meeting', '2025-01-01', '2026-03-31', ['eve@evg*']],
    ['starting on the day of the meeting', '2026-03-31', null, ['eve@evg*']],
    ['starting the day after the meeting', '2026-04-01', null, []],
  ])('counts a cross-seat %s: %j', (_name, startsOn, endsOn, expected) => {
    const seats = [seat('eve', 'EXB'), seat('eve', 'EVG', true, startsOn, endsOn)];
    const others = [meeting('evg', ['EVG'], '2026-03-31', '11:00', '13:00')];
    expect(brief(schedulingConflicts(proposed, others, seats))).toEqual(expected);
  });

  it('takes the date of a meeting in London, not in UTC', () => {
    // 23:30 UTC on 30 June is 00:30 BST on 1 July.
    const late = {
      startsAt: at('2026-06-30T23:30:00Z'),
      endsAt: at('2026-07-01T01:00:00Z'),
      bodyIds: ['EXB'],
    };
    const other = meeting('evg', ['EVG'], '2026-07-01', '00:00', '02:00');
    const seats = [
      seat('fay', 'EXB', false, '2026-07-01'),
      seat('fay', 'EVG', false, '2026-07-01'),
    ];
    expect(brief(schedulingConflicts(late, [other], seats))).toEqual(['fay@evg']);
    const ended = [seat('fay', 'EXB', false, '2025-01-01', '2026-06-30'), ...seats.slice(1)];
    expect(brief(schedulingConflicts(late, [other], ended))).toEqual([]);
  });

  it('lists a person once per meeting at a joint meeting, cross-seated if any seat is', () => {
    const joint = { ...proposed, bodyIds: ['EXB', 'EVG'] };
    const others = [meeting('dsg', ['DSG'], '2026-03-31', '11:00', '13:00')];
    expect(brief(schedulingConflicts(joint, others, memberships))).toEqual(['dev@dsg*', 'cat@dsg']);
    const jointOther = [meeting('j', ['EVG', 'DSG'], '2026-03-31', '11:00', '13:00')];
    expect(brief(schedulingConflicts(proposed, jointOther, memberships))).toEqual([
      'ana@j*',
      'dev@j*',
      'cat@j',
    ]);
  });

  it('finds a clash between two meetings of the same body', () => {
    const others = [meeting('exb2', ['EXB'], '2026-03-31', '11:00', '13:00')];
    expect(brief(schedulingConflicts(proposed, others, memberships))).toEqual([
      'ana@exb2',
      'cat@exb2',
      'dev@exb2',
    ]);
  });

  it('sorts by cross-seat, then by the other meeting’s start, then by person', () => {
    const others = [
      meeting('late', ['DSG'], '2026-03-31', '11:00', '13:00'),
      meeting('early', ['DSG'], '2026-03-31', '09:00', '10:30'),
    ];
    expect(brief(schedulingConflicts(proposed, others, memberships))).toEqual([
      'dev@early*',
      'dev@late*',
      'cat@early',
      'cat@late',
    ]);
  });

  // Properties: a few people and bodies, meetings on a few days around a clock change.
  const PEOPLE = ['p1', 'p2', 'p3', 'p4'];
  const BODIES = ['b1', 'b2', 'b3'];
  const DAYS = ['2026-03-28', '2026-03-29', '2026-03-30'];
  const seatArb: fc.Arbitrary<ScheduledSeat> = fc
    .record({
      personId: fc.constantFrom(...PEOPLE),
      bodyId: fc.constantFrom(...BODIES),
      start: fc.integer({ min: -1, max: 3 }),
      length: fc.option(fc.integer({ min: 0, max: 2 })),
      crossSeat: fc.boolean(),
    })
    .map(({ personId, bodyId, start, length, crossSeat }) => ({
      personId,
      bodyId,
      startsOn: addDays('2026-03-28', start),
      endsOn: length === null ? null : addDays('2026-03-28', start + length),
      crossSeat,
    }));
  const meetingArb = (id: string): fc.Arbitrary<OtherMeeting> =>
    fc
      .record({
        bodyIds: fc.subarray(BODIES, { minLength: 1 }),
        day: fc.constantFrom(...DAYS),
        hour: fc.integer({ min: 0, max: 23 }),
        quarters: fc.integer({ min: 1, max: 16 }),
        status: fc.constantFrom<MeetingStatus>('SCHEDULED', 'SCHEDULED', 'POSTPONED', 'HELD'),
      })
      .map(({ bodyIds, day, hour, quarters, status }) => {
        const startsAt = new Date(Date.parse(`${day}T00:00:00Z`) + hour * 3_600_000);
        return {
          id,
          title: `Meeting ${id}`,
          bodyIds,
          startsAt,
          endsAt: new Date(startsAt.getTime() + quarters * 900_000),
          status,
        };
      });

  /** Who is expected at a meeting, by brute force: person → any cross-seat. */
  function attendees(m: { bodyIds: readonly string[]; startsAt: Date }, seats: ScheduledSeat[]) {
    const on = londonDate(m.startsAt);
    const result = new Map<string, boolean>();
    for (const s of seats) {
      if (!m.bodyIds.includes(s.bodyId)) continue;
      if (s.startsOn > on || (s.endsOn !== null && s.endsOn < on)) continue;
      result.set(s.personId, (result.get(s.personId) ?? false) || s.crossSeat);
    }
    return result;
  }

  it('is symmetric for two scheduled meetings', () => {
    fc.assert(
      fc.property(
        meetingArb('a'),
        meetingArb('b'),
        fc.array(seatArb, { maxLength: 10 }),
        (a, b, seats) => {
          const one = { ...a, status: 'SCHEDULED' as const };
          const two = { ...b, status: 'SCHEDULED' as const };
          const ab = schedulingConflicts(one, [two], seats);
          const ba = schedulingConflicts(two, [one], seats);
          const key = (c: { personId: string; crossSeated: boolean }) =>
            `${c.personId}:${c.crossSeated}`;
          expect(ab.map(key).sort()).toEqual(ba.map(key).sort());
          expect(ab.every((c) => c.meetingId === 'b')).toBe(true);
          expect(ba.every((c) => c.meetingId === 'a')).toBe(true);
        },
      ),
    );
  });

  it('agrees with brute force, never names a person with no overlapping meeting, and sorts cross-seats first', () => {
    fc.assert(
      fc.property(
        meetingArb('new'),
        fc.tuple(meetingArb('m1'), meetingArb('m2'), meetingArb('m3')),
        fc.array(seatArb, { maxLength: 12 }),
        fc.boolean(),
        (candidate, others, seats, moving) => {
          const all = moving ? [...others, { ...candidate }] : others;
          const proposedMeeting = moving ? candidate : { ...candidate, id: undefined };
          const conflicts = schedulingConflicts(proposedMeeting, all, seats);
          const here = attendees(candidate, seats);
          const expected = new Set<string>();
          for (const other of all) {
            if (other.status !== 'SCHEDULED' || (moving && other.id === 'new')) continue;
            if (!meetingsOverlap(candidate, other)) continue;
            for (const [person, cross] of attendees(other, seats)) {
              if (here.has(person)) {
                expected.add(`${person}@${other.id}:${cross || here.get(person)}`);
              }
            }
          }
          expect(
            new Set(conflicts.map((c) => `${c.personId}@${c.meetingId}:${c.crossSeated}`)),
          ).toEqual(expected);
          expect(conflicts.length).toBe(expected.size);
          const firstOrdinary = conflicts.findIndex((c) => !c.crossSeated);
          if (firstOrdinary >= 0) {
            expect(conflicts.slice(firstOrdinary).every((c) => !c.crossSeated)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseMeetingFrequency', () => {
  it.each([
    // The demo terms of reference.
    ['Monthly, online or in person', 'MONTH', 1, 37],
    ['Every six weeks', 'WEEK', 6, 42],
    // Other ways of saying it.
    ['Monthly', 'MONTH', 1, 37],
    ['monthly.', 'MONTH', 1, 37],
    ['Every month', 'MONTH', 1, 37],
    ['Once a month', 'MONTH', 1, 37],
    ['At least once a month', 'MONTH', 1, 37],
    ['At least monthly', 'MONTH', 1, 37],
    ['Meets monthly', 'MONTH', 1, 37],
    ['The board meets monthly', 'MONTH', 1, 37],
    ['Every 6 weeks', 'WEEK', 6, 42],
    ['  EVERY   SIX   WEEKS  ', 'WEEK', 6, 42],
    ['Six-weekly', 'WEEK', 6, 42],
    ['Once every six weeks', 'WEEK', 6, 42],
    ['Every 4 to 6 weeks', 'WEEK', 6, 42],
    ['Every 4-6 weeks', 'WEEK', 6, 42],
    ['Every 4 – 6 weeks (more often if needed)', 'WEEK', 6, 42],
    ['Every six or eight weeks', 'WEEK', 8, 56],
    ['Quarterly', 'MONTH', 3, 99],
    ['Every quarter', 'MONTH', 3, 99],
    ['Every three months', 'MONTH', 3, 99],
    ['Three-monthly', 'MONTH', 3, 99],
    ['At least four times a year', 'MONTH', 3, 99],
    ['No fewer than 4 times per year', 'MONTH', 3, 99],
    ['Four times yearly', 'MONTH', 3, 99],
    ['Every two months', 'MONTH', 2, 68],
    ['Every other month', 'MONTH', 2, 68],
    ['Six times a year', 'MONTH', 2, 68],
    ['Ten times a year', 'MONTH', 2, 68],
    ['Five times a year', 'MONTH', 3, 99],
    ['Twice a year', 'MONTH', 6, 192],
    ['Half-yearly', 'MONTH', 6, 192],
    ['Every six months', 'MONTH', 6, 192],
    ['Annually', 'MONTH', 12, 378],
    ['Once a year', 'MONTH', 12, 378],
    ['Fortnightly', 'WEEK', 2, 14],
    ['Every fortnight', 'WEEK', 2, 14],
    ['Every two weeks', 'WEEK', 2, 14],
    ['Every other week', 'WEEK', 2, 14],
    ['Weekly', 'WEEK', 1, 7],
    ['Every week', 'WEEK', 1, 7],
    ['Once a week', 'WEEK', 1, 7],
    ['Twice a month', 'MONTH', 0.5, 22],
    ['Twice a week', 'WEEK', 0.5, 4],
  ] as const)('reads %p as every %s × %p (at most %i days apart)', (text, unit, count, days) => {
    const interval = parseMeetingFrequency(text);
    expect(interval).toEqual({ unit, count });
    expect(maxMeetingGapDays({ unit, count })).toBe(days);
  });

  it.each([
    [null],
    [''],
    ['As needed'],
    ['When the chair decides'],
    ['Monthly except August'],
    ['Every six weeks or as needed'],
    ['Termly'],
    ['Bi-weekly'],
    ['Biweekly'],
    ['Bimonthly'],
    ['Biannually'],
    ['Every 0 weeks'],
    ['0 times a year'],
    ['Every 1.5 months'],
    ['Every week-ish'],
    ['Regularly while the review lasts'],
  ])('cannot read %p', (text) => {
    expect(parseMeetingFrequency(text)).toBeNull();
  });

  it('lets a monthly meeting on the first Tuesday of each month pass, all through a year', () => {
    const firstTuesdays: string[] = [];
    for (let day = '2026-01-01'; day < '2027-01-01'; day = addDays(day, 1)) {
      if (new Date(`${day}T12:00:00Z`).getUTCDay() === 2 && Number(day.slice(8)) <= 7) {
        firstTuesdays.push(day);
      }
    }
    const meetings = firstTuesdays.map((day) => ({ startsAt: london(day, '10:00') }));
    const result = meetingFrequencyShortfall('Monthly', meetings, {
      from: firstTuesdays[0],
      to: '2026-12-31',
    });
    expect(result.gaps).toEqual([]);
  });
});

describe('meetingFrequencyShortfall', () => {
  const on = (...days: string[]) => days.map((day) => ({ startsAt: london(day, '10:00') }));
  const range = { from: '2026-01-01', to: '2026-06-30' };

  it('says nothing, and that it did not understand, when the text cannot be read', () => {
    expect(meetingFrequencyShortfall('As needed', [], range)).toEqual({
      understood: false,
      maxGapDays: null,
      gaps: [],
    });
    expect(meetingFrequencyShortfall(null, [], range).understood).toBe(false);
  });

  it('reports nothing when every six weeks is kept', () => {
    const result = meetingFrequencyShortfall(
      'Every six weeks',
      on('2026-01-06', '2026-02-17', '2026-03-31', '2026-05-12', '2026-06-23'),
      range,
    );
    expect(result).toEqual({ understood: true, maxGapDays: 42, gaps: [] });
  });

  it('reports a gap between meetings longer than the terms of reference allow', () => {
    const result = meetingFrequencyShortfall(
      'Every six weeks',
      on('2026-01-06', '2026-02-17', '2026-04-07', '2026-05-12', '2026-06-23'),
      range,
    );
    expect(result.gaps).toEqual([
      {
        previousMeetingOn: '2026-02-17',
        nextMeetingOn: '2026-04-07',
        firstDay: '2026-02-18',
        lastDay: '2026-04-06',
        days: 48,
      },
    ]);
  });

  it.each([
    // 42 days from meeting to meeting is allowed; 43 is not.
    ['42 days apart', ['2026-01-06', '2026-02-17'], []],
    ['43 days apart', ['2026-01-06', '2026-02-18'], [['2026-01-07', '2026-02-17', 42]]],
  ] as const)('with meetings %s', (_name, days, expected) => {
    const result = meetingFrequencyShortfall('Every six weeks', on(...days), {
      from: '2026-01-06',
      to: '2026-02-18',
    });
    expect(result.gaps.map((g) => [g.firstDay, g.lastDay, g.days])).toEqual(expected);
  });

  it.each([
    // From the start of the range: 41 days with no meeting could still be every six weeks
    // (if there was a meeting the day before the range); 42 cannot.
    ['41 days before the first meeting', '2026-01-01', '2026-02-11', '2026-02-11', []],
    [
      '42 days before the first meeting',
      '2026-01-01',
      '2026-02-12',
      '2026-02-12',
      [[null, '2026-02-12', '2026-01-01', '2026-02-11', 42]],
    ],
    // To the end of the range: the same.
    ['41 days after the last meeting', '2026-01-01', '2026-01-01', '2026-02-11', []],
    [
      '42 days after the last meeting',
      '2026-01-01',
      '2026-01-01',
      '2026-02-12',
      [['2026-01-01', null, '2026-01-02', '2026-02-12', 42]],
    ],
  ] as const)('with %s', (_name, from, meetingDay, to, expected) => {
    const result = meetingFrequencyShortfall('Every six weeks', on(meetingDay), { from, to });
    expect(
      result.gaps.map((g) => [g.previousMeetingOn, g.nextMeetingOn, g.firstDay, g.lastDay, g.days]),
    ).toEqual(expected);
  });

  it('reports the whole range when it has no meeting and is long enough', () => {
    expect(meetingFrequencyShortfall('Monthly', [], range).gaps).toEqual([
      {
        previousMeetingOn: null,
        nextMeetingOn: null,
        firstDay: '2026-01-01',
        lastDay: '2026-06-30',
        days: 181,
      },
    ]);
    expect(
      meetingFrequencyShortfall('Monthly', [], { from: '2026-01-01', to: '2026-01-31' }).gaps,
    ).toEqual([]);
  });

  it('ignores cancelled and postponed meetings, meetings outside the range, and counts two on a day once', () => {
    const meetings = [
      { startsAt: london('2026-01-06', '10:00'), status: 'HELD' as const },
      { startsAt: london('2026-01-06', '14:00'), status: 'SCHEDULED' as const },
      { startsAt: london('2026-02-03', '10:00'), status: 'CANCELLED' as const },
      { startsAt: london('2026-02-10', '10:00'), status: 'POSTPONED' as const },
      { startsAt: london('2025-12-31', '10:00') },
      { startsAt: london('2026-03-03', '10:00') },
    ];
    const result = meetingFrequencyShortfall('Monthly', meetings, {
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(result.gaps).toEqual([
      {
        previousMeetingOn: '2026-01-06',
        nextMeetingOn: '2026-03-03',
        firstDay: '2026-01-07',
        lastDay: '2026-03-02',
        days: 55,
      },
    ]);
  });

  it('counts a meeting on its London date', () => {
    // 23:30 UTC on 30 June is 1 July in London, outside a range ending on 30 June.
    const result = meetingFrequencyShortfall('Weekly', [{ startsAt: at('2026-06-30T23:30:00Z') }], {
      from: '2026-06-24',
      to: '2026-06-30',
    });
    expect(result.gaps).toEqual([
      {
        previousMeetingOn: null,
        nextMeetingOn: null,
        firstDay: '2026-06-24',
        lastDay: '2026-06-30',
        days: 7,
      },
    ]);
  });

  it.each([
    ['an impossible start', { from: '2026-02-30', to: '2026-03-31' }, 'from'],
    ['an impossible end', { from: '2026-01-01', to: '2026-13-01' }, 'to'],
    ['an end before the start', { from: '2026-03-01', to: '2026-02-28' }, 'to'],
  ])('refuses %s with BAD_USER_INPUT', (_name, badRange, field) => {
    const error = caught(() => meetingFrequencyShortfall('Monthly', [], badRange));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.details).toEqual({ field });
  });

  // Properties over a 120-day range with meetings on random days.
  const FROM = '2026-01-01';
  const daysArb = fc.array(fc.integer({ min: -10, max: 130 }), { maxLength: 12 });
  const textArb = fc.constantFrom('Weekly', 'Fortnightly', 'Every six weeks', 'Monthly');

  it('reports exactly the runs of the allowed gap or more days without a meeting, by brute force', () => {
    fc.assert(
      fc.property(textArb, daysArb, fc.integer({ min: 0, max: 119 }), (text, offsets, length) => {
        const to = addDays(FROM, length);
        const meetingDays = new Set(offsets.map((n) => addDays(FROM, n)));
        const result = meetingFrequencyShortfall(text, on(...meetingDays), { from: FROM, to });
        const max = result.maxGapDays as number;
        const runs: [string, string, number][] = [];
        let run: string[] = [];
        for (let day = FROM; day <= to; day = addDays(day, 1)) {
          if (meetingDays.has(day)) {
            if (run.length >= max) runs.push([run[0], run[run.length - 1], run.length]);
            run = [];
          } else {
            run.push(day);
          }
        }
        if (run.length >= max) runs.push([run[0], run[run.length - 1], run.length]);
        expect(result.gaps.map((g) => [g.firstDay, g.lastDay, g.days])).toEqual(runs);
      }),
    );
  });

  it('never reports more when a meeting is added', () => {
    fc.assert(
      fc.property(textArb, daysArb, fc.integer({ min: 0, max: 119 }), (text, offsets, extra) => {
        const to = addDays(FROM, 119);
        const days = offsets.map((n) => addDays(FROM, n));
        const before = meetingFrequencyShortfall(text, on(...days), { from: FROM, to });
        const after = meetingFrequencyShortfall(text, on(...days, addDays(FROM, extra)), {
          from: FROM,
          to,
        });
        const total = (r: typeof before) => r.gaps.reduce((sum, g) => sum + g.days, 0);
        expect(total(after)).toBeLessThanOrEqual(total(before));
        expect(after.gaps.length).toBeLessThanOrEqual(before.gaps.length + 1);
      }),
    );
  });
});
