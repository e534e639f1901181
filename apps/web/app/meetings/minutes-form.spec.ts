import {
  changedMinutesFields,
  maxMinutesFormBytes,
  minutesFieldIds,
  minutesFormValues,
  readActionForm,
  readActionStatusForm,
  readCommentForm,
  readDecisionForm,
  readMinutesForm,
} from './minutes-form';

const form = (fields: Record<string, string>) => ({ get: (name: string) => fields[name] ?? null });

const WELCOME = '1f0c2b3a-0000-4000-8000-000000000001';
const PRIVATE = '1f0c2b3a-0000-4000-8000-000000000002';
const PERSON = '7a6b5c4d-0000-4000-8000-000000000009';
const ACTION = '5e4d3c2b-0000-4000-8000-000000000003';
const AGENDA = [{ id: WELCOME }, { id: PRIVATE }];

describe('readMinutesForm', () => {
  it('reads the opening part and every item’s notes, blank ones included', () => {
    expect(
      readMinutesForm(
        form({ content: ' Present: all members. ', [`notes-${WELCOME}`]: 'Welcomed everyone.' }),
        AGENDA,
      ),
    ).toEqual({
      ok: true,
      input: {
        content: 'Present: all members.',
        entries: [
          { agendaItemId: WELCOME, notes: 'Welcomed everyone.' },
          { agendaItemId: PRIVATE, notes: '' },
        ],
      },
      values: {
        content: ' Present: all members. ',
        [`notes-${WELCOME}`]: 'Welcomed everyone.',
        [`notes-${PRIVATE}`]: '',
      },
    });
  });

  it('refuses control characters, against the textarea that has them', () => {
    const result = readMinutesForm(form({ [`notes-${PRIVATE}`]: 'Bell \u0007' }), AGENDA);
    expect(result).toMatchObject({
      ok: false,
      errors: [{ field: `notes-${PRIVATE}`, message: 'Notes must not contain control characters' }],
    });
  });

  it('maps the API’s fields to the textareas', () => {
    expect(minutesFieldIds(AGENDA)).toMatchObject({
      content: 'content',
      'entries.1.notes': `notes-${PRIVATE}`,
    });
  });

  it('allows a post as long as the longest minutes the API takes', () => {
    expect(maxMinutesFormBytes(0)).toBe(maxMinutesFormBytes(1));
    expect(maxMinutesFormBytes(10)).toBeGreaterThan((100_000 + 50_000 * 10) * 9);
  });
});

describe('saved minutes and what was typed', () => {
  const saved = minutesFormValues(
    { content: 'Opening', entries: [{ agendaItem: { id: PRIVATE }, notes: 'Confidential' }] },
    AGENDA,
  );

  it('gives saved minutes as the form’s values, blank for items with no notes', () => {
    expect(saved).toEqual({
      content: 'Opening',
      [`notes-${WELCOME}`]: '',
      [`notes-${PRIVATE}`]: 'Confidential',
    });
    expect(minutesFormValues(null, AGENDA)).toEqual({
      content: '',
      [`notes-${WELCOME}`]: '',
      [`notes-${PRIVATE}`]: '',
    });
  });

  it('finds the fields changed, ignoring spaces at the ends', () => {
    expect(
      changedMinutesFields(
        { ...saved, content: 'Opening  ', [`notes-${WELCOME}`]: 'New notes' },
        saved,
      ),
    ).toEqual([`notes-${WELCOME}`]);
  });
});

describe('decisions and actions', () => {
  it('reads a decision on an item, or on the meeting as a whole', () => {
    expect(
      readDecisionForm(form({ decisionAgendaItemId: WELCOME, decisionText: ' Agreed. ' })),
    ).toMatchObject({ ok: true, input: { agendaItemId: WELCOME, text: 'Agreed.' } });
    expect(readDecisionForm(form({ decisionText: 'Agreed.' }))).toMatchObject({
      ok: true,
      input: { agendaItemId: null },
    });
    expect(readDecisionForm(form({}))).toMatchObject({
      ok: false,
      errors: [{ field: 'decisionText', message: 'Enter the decision' }],
    });
  });

  it('reads an action with an owner and a due date, both optional', () => {
    expect(
      readActionForm(
        form({
          actionDescription: 'Write to the minister',
          actionOwnerId: PERSON,
          'actionDueOn-day': '3',
          'actionDueOn-month': '4',
          'actionDueOn-year': '2027',
        }),
      ),
    ).toMatchObject({
      ok: true,
      input: {
        agendaItemId: null,
        description: 'Write to the minister',
        ownerId: PERSON,
        dueOn: '2027-04-03',
      },
    });
    expect(readActionForm(form({ actionDescription: 'Tidy up' }))).toMatchObject({
      ok: true,
      input: { ownerId: null, dueOn: null },
    });
  });

  it('says what is wrong with an action, in the order of the form', () => {
    expect(
      readActionForm(
        form({ 'actionDueOn-day': '31', 'actionDueOn-month': '2', 'actionDueOn-year': '2027' }),
      ),
    ).toMatchObject({
      ok: false,
      errors: [
        { field: 'actionDescription', message: 'Enter what is to be done' },
        { field: 'actionDueOn-day', message: 'The date the action is due must be a real date' },
        { field: 'actionDueOn-month', message: 'The date the action is due must be a real date' },
        { field: 'actionDueOn-year', message: 'The date the action is due must be a real date' },
      ],
    });
  });
});

describe('what members send', () => {
  it('reads a comment on the whole minutes, or on one item', () => {
    expect(readCommentForm(form({ commentText: 'Item 2 missed my point.' }))).toMatchObject({
      ok: true,
      input: { agendaItemId: null, text: 'Item 2 missed my point.' },
    });
    expect(readCommentForm(form({ commentAgendaItemId: PRIVATE, commentText: '' }))).toMatchObject({
      ok: false,
      errors: [{ field: 'commentText', message: 'Enter your comment' }],
    });
  });

  it('reads a change of an action’s status, its errors against that action’s fields', () => {
    expect(readActionStatusForm(form({ status: 'DONE', note: ' Sent. ' }), ACTION)).toMatchObject({
      ok: true,
      input: { status: 'DONE', note: 'Sent.' },
    });
    expect(readActionStatusForm(form({ note: 'Halfway' }), ACTION)).toEqual({
      ok: false,
      errors: [{ field: `status-${ACTION}`, message: 'Choose what has happened to the action' }],
      values: { [`status-${ACTION}`]: '', [`note-${ACTION}`]: 'Halfway' },
    });
  });
});
