import fc from 'fast-check';
import {
  actionReminderDue,
  mayReadMinutes,
  meetingChange,
  meetingNoticeRecipients,
  meetingReminderDue,
  papersForRecipient,
  wantsNotice,
  type MeetingSnapshot,
  type NoticeMembership,
} from './notices.rule';

const BOARD = 'board';
const GROUP = 'group';
const meeting = { bodyIds: [GROUP], date: '2027-03-10' };

const memberships: NoticeMembership[] = [
  { personId: 'ann', bodyId: GROUP, startsOn: '2026-01-01', endsOn: null },
  // Cross-seated from the board: a membership of the group like any other.
  { personId: 'ben', bodyId: GROUP, startsOn: '2027-01-01', endsOn: '2027-12-31' },
  { personId: 'ben', bodyId: BOARD, startsOn: '2026-01-01', endsOn: null },
  // Sits on the board only.
  { personId: 'cat', bodyId: BOARD, startsOn: '2026-01-01', endsOn: null },
  // Left the group the day before.
  { personId: 'dan', bodyId: GROUP, startsOn: '2026-01-01', endsOn: '2027-03-09' },
  // Joins on the day.
  { personId: 'eve', bodyId: GROUP, startsOn: '2027-03-10', endsOn: null },
  // Joins the day after.
  { personId: 'fay', bodyId: GROUP, startsOn: '2027-03-11', endsOn: null },
];

describe('meetingNoticeRecipients', () => {
  it('tells those who sit on one of its bodies on its day, each once', () => {
    expect(meetingNoticeRecipients(meeting, memberships)).toEqual(['ann', 'ben', 'eve']);
  });

  it('tells the members of every body of a joint meeting', () => {
    expect(
      meetingNoticeRecipients({ bodyIds: [GROUP, BOARD], date: '2027-03-10' }, memberships),
    ).toEqual(['ann', 'ben', 'cat', 'eve']);
  });

  it('never tells anyone who does not sit on one of its bodies that day (property)', () => {
    const day = fc
      .integer({ min: 0, max: 60 })
      .map((n) => new Date(Date.UTC(2027, 0, 1 + n)).toISOString().slice(0, 10));
    const membership = fc
      .record({
        personId: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
        bodyId: fc.constantFrom('b1', 'b2', 'b3'),
        startsOn: day,
        endsOn: fc.option(day),
      })
      .filter((m) => m.endsOn === null || m.endsOn >= m.startsOn);
    fc.assert(
      fc.property(
        fc.array(membership, { maxLength: 12 }),
        fc.subarray(['b1', 'b2', 'b3'], { minLength: 1 }),
        day,
        (rows, bodyIds, date) => {
          const told = meetingNoticeRecipients({ bodyIds, date }, rows);
          const sitting = new Set(
            rows
              .filter(
                (m) =>
                  bodyIds.includes(m.bodyId) &&
                  m.startsOn <= date &&
                  (m.endsOn === null || m.endsOn >= date),
              )
              .map((m) => m.personId),
          );
          expect(new Set(told)).toEqual(sitting);
          expect(told.length).toBe(sitting.size);
        },
      ),
    );
  });
});

describe('papersForRecipient', () => {
  const papers = [
    { id: 'public', visibility: 'PUBLIC' as const, namedPersonIds: [], withdrawn: false },
    { id: 'members', visibility: 'MEMBERS' as const, namedPersonIds: [], withdrawn: false },
    { id: 'named-ann', visibility: 'NAMED' as const, namedPersonIds: ['ann'], withdrawn: false },
    { id: 'withdrawn', visibility: 'MEMBERS' as const, namedPersonIds: [], withdrawn: true },
  ];
  it.each([
    ['ann', ['public', 'members', 'named-ann']],
    ['ben', ['public', 'members']],
    ['cat', ['public']],
    ['dan', ['public']],
  ])('%s is told of the papers they may open: %j', (personId, expected) => {
    expect(
      papersForRecipient(meeting, papers, personId, memberships).map((paper) => paper.id),
    ).toEqual(expected);
  });
});

describe('mayReadMinutes', () => {
  it.each([
    ['ann', 'CIRCULATED', true],
    ['ann', 'DRAFT', false],
    ['ann', null, false],
    ['cat', 'CIRCULATED', false],
    ['dan', 'CIRCULATED', false],
  ] as const)('%s, minutes %s: %s', (personId, status, expected) => {
    expect(mayReadMinutes(meeting, status, personId, memberships)).toBe(expected);
  });
});

describe('meetingChange', () => {
  const base: MeetingSnapshot = {
    title: 'Spring meeting',
    startsAt: '2027-03-10T10:00:00.000Z',
    endsAt: '2027-03-10T12:00:00.000Z',
    location: 'Room 1',
    onlineLink: null,
    status: 'SCHEDULED',
  };
  it.each<[string, MeetingSnapshot | null, Partial<MeetingSnapshot>, string | null]>([
    ['a new meeting', null, {}, 'SCHEDULED'],
    ['a meeting first seen cancelled', null, { status: 'CANCELLED' }, null],
    ['a meeting first seen postponed', null, { status: 'POSTPONED' }, null],
    ['nothing changed', base, {}, null],
    ['a new start', base, { startsAt: '2027-03-11T10:00:00.000Z' }, 'MOVED'],
    ['a new end', base, { endsAt: '2027-03-10T13:00:00.000Z' }, 'MOVED'],
    ['a new place', base, { location: 'Room 2' }, 'DETAILS_CHANGED'],
    ['a new link', base, { onlineLink: 'https://example.org/j' }, 'DETAILS_CHANGED'],
    ['a new title', base, { title: 'Spring review' }, 'DETAILS_CHANGED'],
    ['postponed', base, { status: 'POSTPONED' }, 'POSTPONED'],
    ['cancelled', base, { status: 'CANCELLED' }, 'CANCELLED'],
    ['held', base, { status: 'HELD' }, null],
    ['still postponed', { ...base, status: 'POSTPONED' }, { status: 'POSTPONED' }, null],
    ['a postponed meeting given a date', { ...base, status: 'POSTPONED' }, {}, 'RESCHEDULED'],
    [
      'cancelled after postponed',
      { ...base, status: 'POSTPONED' },
      { status: 'CANCELLED' },
      'CANCELLED',
    ],
    ['anything after cancelled', { ...base, status: 'CANCELLED' }, { title: 'x' }, null],
  ])('%s', (_, told, now, expected) => {
    expect(meetingChange(told, { ...base, ...now })).toBe(expected);
  });
});

describe('wantsNotice', () => {
  it('is true unless the topic was turned off', () => {
    expect(wantsNotice({ off: [], reminderDays: 2 }, 'PAPERS')).toBe(true);
    expect(wantsNotice({ off: ['PAPERS'], reminderDays: 2 }, 'PAPERS')).toBe(false);
    expect(wantsNotice({ off: ['PAPERS'], reminderDays: 2 }, 'MINUTES')).toBe(true);
  });
});

describe('meetingReminderDue', () => {
  const startsAt = new Date('2027-03-10T10:00:00Z');
  it.each([
    ['3 days before', '2027-03-07T10:00:00Z', 2, false],
    ['just over 2 days before', '2027-03-08T09:59:59Z', 2, false],
    ['exactly 2 days before', '2027-03-08T10:00:00Z', 2, true],
    ['an hour before', '2027-03-10T09:00:00Z', 2, true],
    ['at the start', '2027-03-10T10:00:00Z', 2, false],
    ['after the start', '2027-03-10T11:00:00Z', 2, false],
    ['6 days before, a week ahead', '2027-03-04T10:00:00Z', 7, true],
  ])('%s', (_, now, days, expected) => {
    expect(meetingReminderDue(startsAt, new Date(now), days)).toBe(expected);
  });
});

describe('actionReminderDue', () => {
  it.each<[string, string | null, boolean, string, boolean]>([
    ['no due date', null, true, '2027-03-10', false],
    ['done', '2027-03-10', false, '2027-03-09', false],
    ['3 days ahead', '2027-03-10', true, '2027-03-07', false],
    ['2 days ahead', '2027-03-10', true, '2027-03-08', true],
    ['on the day', '2027-03-10', true, '2027-03-10', true],
    ['overdue', '2027-03-10', true, '2027-03-11', false],
  ])('%s', (_, dueOn, open, today, expected) => {
    expect(actionReminderDue(dueOn, open, today)).toBe(expected);
  });
});
