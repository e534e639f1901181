import { entityTag } from '@boards/api/graphql';
import { readCalendar } from './testing';
import {
  feedStartDay,
  meetingCalendar,
  meetingEventText,
  meetingSequence,
  meetingUid,
  type CalendarMeeting,
} from './meeting-calendar';

const WEB = 'https://boards.example.org';
const ID = '6f1c7a52-4c1e-4d4b-9b52-1f0f6e0c9a11';

const meeting = (overrides: Partial<CalendarMeeting> = {}): CalendarMeeting => ({
  id: ID,
  title: 'Evidence Group meeting',
  summary: 'Reviews the evidence, and agrees the plan; with commas',
  startsAt: new Date('2026-12-08T10:00:00Z'),
  endsAt: new Date('2026-12-08T12:30:00Z'),
  location: 'Room 4, Civic Centre',
  status: 'SCHEDULED',
  statusReason: null,
  version: 1,
  updatedAt: new Date('2026-11-20T09:15:00Z'),
  onlineLink: null,
  ...overrides,
});

const options = { name: 'Evidence Group: meetings', description: 'Meetings', webOrigin: WEB };

describe('a meeting in a calendar', () => {
  it.each([
    // start and end (UTC), and the start as London's clock shows it: either side of both
    // clock changes (the last Sundays of March and October), and across each change
    [
      'the Saturday before BST begins',
      '2027-03-27T10:00:00Z',
      '2027-03-27T12:00:00Z',
      'DTSTART;TZID=Europe/London:20270327T100000',
    ],
    [
      'the Monday after BST begins',
      '2027-03-29T09:00:00Z',
      '2027-03-29T11:00:00Z',
      'DTSTART;TZID=Europe/London:20270329T100000',
    ],
    [
      'across the change in March',
      '2027-03-28T00:30:00Z',
      '2027-03-28T02:30:00Z',
      'DTSTART;TZID=Europe/London:20270328T003000',
    ],
    [
      'the Saturday before BST ends',
      '2026-10-24T09:00:00Z',
      '2026-10-24T11:00:00Z',
      'DTSTART;TZID=Europe/London:20261024T100000',
    ],
    [
      'the Monday after BST ends',
      '2026-10-26T10:00:00Z',
      '2026-10-26T12:00:00Z',
      'DTSTART;TZID=Europe/London:20261026T100000',
    ],
    // 01:30 happens twice that night, and readers disagree which a TZID means: written in UTC.
    [
      'across the change in October',
      '2026-10-25T00:30:00Z',
      '2026-10-25T02:30:00Z',
      'DTSTART:20261025T003000Z',
    ],
  ])('%s: keeps its instants, written in London time', (_, start, end, local) => {
    const text = meetingCalendar(
      [meeting({ startsAt: new Date(start), endsAt: new Date(end) })],
      options,
    );
    expect(text).toContain(`${local}\r\n`);
    const [event] = readCalendar(text).events;
    expect(event).toMatchObject({ start, end });
  });

  it('writes the London wall-clock time with its TZID, whatever the machine’s zone', () => {
    const text = meetingCalendar(
      [
        meeting({
          startsAt: new Date('2027-03-29T09:00:00Z'),
          endsAt: new Date('2027-03-29T11:00:00Z'),
        }),
      ],
      options,
    );
    expect(text).toContain('DTSTART;TZID=Europe/London:20270329T100000');
    expect(text).toContain('DTEND;TZID=Europe/London:20270329T120000');
    expect(text).toContain('DTSTAMP:20261120T091500Z');
    expect(text).toContain('LAST-MODIFIED:20261120T091500Z');
    expect(text).toMatch(/BEGIN:VTIMEZONE\r\nTZID:Europe\/London\r\n/);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it('has a stable UID, its SEQUENCE from the version, its URL and status', () => {
    const read = readCalendar(meetingCalendar([meeting({ version: 4 })], options));
    expect(read.timezones).toEqual(['Europe/London']);
    expect(read.name).toBe('Evidence Group: meetings');
    expect(read.events[0]).toMatchObject({
      uid: `meeting-${ID}@boards.example.org`,
      sequence: 3,
      status: 'CONFIRMED',
      summary: 'Evidence Group meeting',
      location: 'Room 4, Civic Centre',
      url: `${WEB}/meetings/${ID}`,
      stamp: '2026-11-20T09:15:00Z',
    });
  });

  it.each([
    ['SCHEDULED', null, 'CONFIRMED', 'Evidence Group meeting', null],
    ['HELD', null, 'CONFIRMED', 'Evidence Group meeting', null],
    [
      'POSTPONED',
      null,
      'TENTATIVE',
      'Postponed: Evidence Group meeting',
      'Postponed: a new date will be set',
    ],
    [
      'POSTPONED',
      'The chair is ill',
      'TENTATIVE',
      'Postponed: Evidence Group meeting',
      'Postponed: The chair is ill',
    ],
    ['CANCELLED', null, 'CANCELLED', 'Cancelled: Evidence Group meeting', 'Cancelled'],
    [
      'CANCELLED',
      'Not quorate',
      'CANCELLED',
      'Cancelled: Evidence Group meeting',
      'Cancelled: Not quorate',
    ],
  ] as const)('%s (%s): STATUS %s, “%s”', (status, reason, ical, summary, firstLine) => {
    const read = readCalendar(
      meetingCalendar([meeting({ status, statusReason: reason })], options),
    );
    expect(read.events[0]).toMatchObject({ status: ical, summary });
    const lines = read.events[0]?.description.split('\n\n') ?? [];
    if (firstLine) expect(lines[0]).toBe(firstLine);
    else expect(lines[0]).toBe('Reviews the evidence, and agrees the plan; with commas');
  });

  it.each([
    ['in person, public', { location: 'Room 4', onlineLink: null }, 'Room 4', false],
    ['online only, public', { location: null, onlineLink: null }, null, false],
    [
      'in person, a member',
      { location: 'Room 4', onlineLink: 'https://meet.example.org/x' },
      'Room 4',
      true,
    ],
    [
      'online only, a member',
      { location: null, onlineLink: 'https://meet.example.org/x' },
      'https://meet.example.org/x',
      true,
    ],
  ])('%s: location %p, link in the description %p', (_, fields, location, linked) => {
    const text = meetingEventText(meeting(fields), WEB);
    expect(text.location).toBe(location);
    expect(text.description.includes('Join online: https://meet.example.org/x')).toBe(linked);
    expect(text.description).toContain(`Agenda, papers and details: ${WEB}/meetings/${ID}`);
  });

  it.each([
    [1, 0],
    [2, 1],
    [7, 6],
  ])('version %i is SEQUENCE %i', (version, sequence) => {
    expect(meetingSequence(version)).toBe(sequence);
  });

  it('names the UID by the web app’s host only', () => {
    expect(meetingUid('http://localhost:3000', 'abc')).toBe('meeting-abc@localhost');
  });

  it('is the same to the byte for the same meetings (so the ETag holds)', () => {
    const once = meetingCalendar([meeting()], options);
    expect(meetingCalendar([meeting()], options)).toBe(once);
    expect(entityTag(once)).toBe(entityTag(meetingCalendar([meeting()], options)));
    expect(entityTag(meetingCalendar([meeting({ version: 2 })], options))).not.toBe(
      entityTag(once),
    );
  });
});

describe('the first day of a feed', () => {
  it.each([
    ['2026-12-07T09:00:00Z', '2025-12-07'],
    ['2026-06-30T23:30:00Z', '2025-07-01'],
    ['2028-02-29T12:00:00Z', '2027-02-28'],
  ])('at %s: %s', (now, day) => {
    expect(feedStartDay(new Date(now))).toBe(day);
  });
});
