import { bodiesInWords, formatDuration, statusTag, upcomingAndPast } from './meeting-display';

describe('meeting display', () => {
  it.each([
    [20, '20 minutes'],
    [1, '1 minute'],
    [60, '1 hour'],
    [90, '1 hour 30 minutes'],
    [125, '2 hours 5 minutes'],
  ])('says %i minutes as “%s”', (minutes, words) => {
    expect(formatDuration(minutes)).toBe(words);
  });

  it.each([
    [[], ''],
    [[{ name: 'Evidence Group' }], 'the Evidence Group'],
    [
      [{ name: 'Experts by Experience Board' }, { name: 'Evidence Group' }],
      'the Experts by Experience Board and the Evidence Group',
    ],
    [[{ name: 'A' }, { name: 'B' }, { name: 'C' }], 'the A, the B and the C'],
  ])('names the bodies %j as “%s”', (bodies, words) => {
    expect(bodiesInWords(bodies)).toBe(words);
  });

  it.each([
    ['SCHEDULED', null],
    ['POSTPONED', { text: 'Postponed', colour: 'yellow' }],
    ['CANCELLED', { text: 'Cancelled', colour: 'red' }],
    ['HELD', { text: 'Held', colour: 'grey' }],
  ] as const)('tags a %s meeting as %j', (status, tag) => {
    expect(statusTag(status)).toEqual(tag);
  });

  it('puts upcoming meetings soonest first and past ones latest first; one starting now is upcoming', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    const meetings = [
      { id: 'a', startsAt: '2026-10-01T09:00:00Z' },
      { id: 'b', startsAt: '2026-11-01T09:00:00Z' },
      { id: 'c', startsAt: '2026-11-24T10:00:00Z' },
      { id: 'd', startsAt: '2026-12-01T10:00:00Z' },
    ];
    const { upcoming, past } = upcomingAndPast(meetings, now);
    expect(upcoming.map((m) => m.id)).toEqual(['c', 'd']);
    expect(past.map((m) => m.id)).toEqual(['b', 'a']);
  });
});
