import { readMeetingForm } from './meeting-form';

const BOARD = '5b0c1f38-3d0b-4c57-9d0e-3f6f1c2b9a10';
const GROUP = '6c1d2f49-4e1c-4d68-8e1f-4a7f2d3c0b21';

const form = (overrides: Record<string, string> = {}) => {
  const fields: Record<string, string> = {
    bodyId: BOARD,
    jointWith: '',
    title: 'Board meeting',
    summary: '',
    'date-day': '8',
    'date-month': '12',
    'date-year': '2026',
    startTime: '10:00',
    endTime: '12:30',
    location: 'London',
    onlineLink: '',
    support: '',
    ...overrides,
  };
  return { get: (name: string) => fields[name] ?? null };
};

describe('readMeetingForm', () => {
  it('reads a meeting into the API’s input', () => {
    const result = readMeetingForm(form());
    expect(result).toMatchObject({
      ok: true,
      input: {
        bodyIds: [BOARD],
        title: 'Board meeting',
        date: '2026-12-08',
        startTime: '10:00',
        onlineLink: null,
      },
    });
  });

  it('makes a joint meeting from a second body, the leading body first', () => {
    const result = readMeetingForm(form({ jointWith: GROUP }));
    expect(result.ok && result.input.bodyIds).toEqual([BOARD, GROUP]);
  });

  it.each([
    [{ bodyId: '' }, 'bodyId', 'Choose the body (or bodies) meeting'],
    [{ jointWith: BOARD }, 'jointWith', 'Choose a different body for a joint meeting, or none'],
    [{ title: ' ' }, 'title', 'Enter a title for the meeting'],
    [
      { 'date-day': '', 'date-month': '', 'date-year': '' },
      'date-day',
      'Enter the date of the meeting',
    ],
    [{ 'date-day': '31', 'date-month': '2' }, 'date-day', expect.stringContaining('real date')],
    [{ startTime: '' }, 'startTime', 'Enter the time the meeting starts'],
    [{ endTime: '09:00' }, 'endTime', 'The end time must be after the start time'],
    [{ location: '' }, 'location', 'Enter where the meeting is, an online link, or both'],
    [
      { onlineLink: 'meet.example.org' },
      'onlineLink',
      'Enter an online link that starts with https://',
    ],
  ])('refuses %j against its field', (overrides, field, message) => {
    const result = readMeetingForm(form(overrides));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.find((error) => error.field === field)?.message).toEqual(
      message,
    );
  });

  it('keeps what was typed, to show it again', () => {
    const result = readMeetingForm(form({ title: 'Board', endTime: '09:00' }));
    expect(result.values).toMatchObject({ title: 'Board', endTime: '09:00', 'date-day': '8' });
  });
});
