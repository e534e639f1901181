import { agendaItemSchema, meetingDetailsSchema, readTimeOfDay } from './meeting-input';

const BODY = '5b0c1f38-3d0b-4c57-9d0e-3f6f1c2b9a10';
const valid = {
  bodyIds: [BODY],
  title: '  Evidence Group meeting ',
  summary: '',
  date: '2026-12-08',
  startTime: '9:30',
  endTime: '12:00',
  location: 'Sanctuary Buildings',
  onlineLink: '',
  support: null,
};

describe('readTimeOfDay', () => {
  it.each([
    ['14:00', '14:00'],
    ['9:30', '09:30'],
    ['09:30', '09:30'],
    ['14.30', '14:30'],
    ['0:00', '00:00'],
    ['23:59', '23:59'],
    ['9am', '09:00'],
    ['9 AM', '09:00'],
    ['9a.m.', '09:00'],
    ['2:30pm', '14:30'],
    ['2.30 pm', '14:30'],
    ['12pm', '12:00'],
    ['12:15am', '00:15'],
    ['12am', '00:00'],
    ['11:59pm', '23:59'],
    ['Midday', '12:00'],
    ['noon', '12:00'],
    ['  midnight ', '00:00'],
  ])('reads %j as %s', (text, time) => {
    expect(readTimeOfDay(text)).toBe(time);
  });

  it.each([
    '',
    '24:00',
    '9:60',
    '930',
    '13pm',
    '0am',
    '9:5',
    '9 o’clock',
    'am',
    '9:30:00',
    '-1:00',
  ])('refuses %j', (text) => {
    expect(readTimeOfDay(text)).toBeNull();
  });

  it('accepts "9am" in a meeting, as 09:00', () => {
    expect(
      meetingDetailsSchema.parse({ ...valid, startTime: '9am', endTime: 'midday' }),
    ).toMatchObject({ startTime: '09:00', endTime: '12:00' });
  });
});

describe('meetingDetailsSchema', () => {
  it('trims, pads the time and turns blanks into nothing', () => {
    expect(meetingDetailsSchema.parse(valid)).toEqual({
      bodyIds: [BODY],
      title: 'Evidence Group meeting',
      summary: '',
      date: '2026-12-08',
      startTime: '09:30',
      endTime: '12:00',
      location: 'Sanctuary Buildings',
      onlineLink: null,
      support: '',
    });
  });

  it.each([
    ['no body', { bodyIds: [] }, 'bodyIds', 'Choose the body (or bodies) meeting'],
    ['a body twice', { bodyIds: [BODY, BODY] }, 'bodyIds', 'Choose each body once'],
    ['a blank title', { title: '   ' }, 'title', 'Enter a title for the meeting'],
    ['no date', { date: '' }, 'date', 'Enter the date of the meeting'],
    ['a date that does not exist', { date: '2026-02-29' }, 'date', 'Enter a real date'],
    [
      'a time past 23:59',
      { startTime: '24:00' },
      'startTime',
      expect.stringMatching(/^Enter a time/),
    ],
    [
      'a time in other words',
      { endTime: 'after lunch' },
      'endTime',
      expect.stringMatching(/^Enter a time/),
    ],
    [
      'an end before the start',
      { endTime: '09:00' },
      'endTime',
      'The end time must be after the start time',
    ],
    [
      'an end equal to the start',
      { endTime: '09:30' },
      'endTime',
      'The end time must be after the start time',
    ],
    [
      'nowhere to be',
      { location: ' ', onlineLink: '' },
      'location',
      'Enter where the meeting is, an online link, or both',
    ],
    [
      'a plain http link',
      { onlineLink: 'http://meet.example.org/x' },
      'onlineLink',
      'Enter an online link that starts with https://',
    ],
    [
      'a link with a space',
      { onlineLink: 'https://meet example.org' },
      'onlineLink',
      'Enter an online link that starts with https://',
    ],
    [
      'a title with a control character',
      { title: 'Meeting\u0007' },
      'title',
      'Title must not contain control characters',
    ],
  ])('refuses %s', (_, overrides, field, message) => {
    const result = meetingDetailsSchema.safeParse({ ...valid, ...overrides });
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join('.').startsWith(field));
    expect(issue?.message).toEqual(message);
  });

  it('accepts an online-only meeting', () => {
    const parsed = meetingDetailsSchema.parse({
      ...valid,
      location: null,
      onlineLink: 'https://meet.example.org/abc?pwd=1',
    });
    expect(parsed.location).toBeNull();
    expect(parsed.onlineLink).toBe('https://meet.example.org/abc?pwd=1');
  });
});

describe('agendaItemSchema', () => {
  const none = {
    presenterKind: null,
    presenterPersonId: null,
    presenterName: null,
    presenterNameConfirmed: false,
  };
  const PERSON_ID = '5b0f6a3e-0000-4000-8000-000000000001';
  it.each([
    [
      { title: 'Welcome', isPublic: true },
      { title: 'Welcome', description: '', ...none, durationMinutes: null, isPublic: true },
    ],
    [
      {
        title: 'Evidence',
        isPublic: false,
        durationMinutes: 45,
        presenterKind: 'GUEST',
        presenterName: ' Dr A ',
      },
      {
        title: 'Evidence',
        description: '',
        ...none,
        presenterKind: 'GUEST',
        presenterName: 'Dr A',
        durationMinutes: 45,
        isPublic: false,
      },
    ],
    [
      {
        title: 'Evidence',
        isPublic: true,
        presenterKind: 'GUEST',
        presenterName: 'Dr A',
        presenterNameConfirmed: true,
      },
      {
        title: 'Evidence',
        description: '',
        ...none,
        presenterKind: 'GUEST',
        presenterName: 'Dr A',
        presenterNameConfirmed: true,
        durationMinutes: null,
        isPublic: true,
      },
    ],
    [
      { title: 'Welcome', isPublic: true, presenterKind: 'PERSON', presenterPersonId: PERSON_ID },
      {
        title: 'Welcome',
        description: '',
        ...none,
        presenterKind: 'PERSON',
        presenterPersonId: PERSON_ID,
        durationMinutes: null,
        isPublic: true,
      },
    ],
    // Only what the kind uses is kept: a name left in the form for a person is dropped.
    [
      {
        title: 'Welcome',
        isPublic: true,
        presenterKind: 'PERSON',
        presenterPersonId: PERSON_ID,
        presenterName: 'Jordan Ellis',
        presenterNameConfirmed: true,
      },
      {
        title: 'Welcome',
        description: '',
        ...none,
        presenterKind: 'PERSON',
        presenterPersonId: PERSON_ID,
        durationMinutes: null,
        isPublic: true,
      },
    ],
    [
      {
        title: 'Welcome',
        isPublic: true,
        presenterKind: 'SECRETARIAT',
        presenterPersonId: PERSON_ID,
        presenterName: 'Priya',
      },
      {
        title: 'Welcome',
        description: '',
        ...none,
        presenterKind: 'SECRETARIAT',
        durationMinutes: null,
        isPublic: true,
      },
    ],
    [
      { title: 'Welcome', isPublic: true, presenterPersonId: PERSON_ID, presenterName: 'X' },
      { title: 'Welcome', description: '', ...none, durationMinutes: null, isPublic: true },
    ],
  ])('accepts %j', (input, expected) => {
    expect(agendaItemSchema.parse(input)).toEqual(expected);
  });

  it.each([
    [{ title: '', isPublic: true }, 'Enter a title for the item'],
    [{ title: 'X', isPublic: true, durationMinutes: 0 }, 'An item takes at least 1 minute'],
    [
      { title: 'X', isPublic: true, durationMinutes: 721 },
      'An item can take at most 720 minutes (12 hours)',
    ],
    [
      { title: 'X', isPublic: true, durationMinutes: 1.5 },
      'Enter the length of the item in whole minutes',
    ],
    [{ title: 'X' }, 'Say whether the item is public'],
    [{ title: 'X', isPublic: true, presenterKind: 'SOMEONE' }, 'Choose who leads the item'],
    [
      { title: 'X', isPublic: true, presenterKind: 'PERSON' },
      'Choose the person who leads the item from the list',
    ],
    [
      { title: 'X', isPublic: true, presenterKind: 'PERSON', presenterPersonId: 'not-an-id' },
      'Choose the person who leads the item from the list',
    ],
    [{ title: 'X', isPublic: true, presenterKind: 'GUEST' }, 'Enter the guest’s name'],
    [
      { title: 'X', isPublic: true, presenterKind: 'GUEST', presenterName: '   ' },
      'Enter the guest’s name',
    ],
    [
      { title: 'X', isPublic: true, presenterKind: 'GUEST', presenterName: 'x'.repeat(201) },
      'The guest’s name must be 200 characters or fewer',
    ],
  ])('refuses %j', (input, message) => {
    const result = agendaItemSchema.safeParse(input);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});
