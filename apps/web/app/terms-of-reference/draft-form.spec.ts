import {
  QUORUM_FORMAT_MESSAGE,
  changedDraftFields,
  draftFormValues,
  parseQuorum,
  readDraftForm,
  readPublishForm,
} from './draft-form';

const form = (fields: Record<string, string>) => new URLSearchParams(fields);

const BLANK = { quorum: '', meetingFrequency: '', composition: '', content: '' };

describe('parseQuorum', () => {
  it.each([
    ['4', { kind: 'COUNT', count: 4 }],
    [' 12 ', { kind: 'COUNT', count: 12 }],
    ['1/2', { kind: 'FRACTION', numerator: 1, denominator: 2 }],
    ['2 / 3', { kind: 'FRACTION', numerator: 2, denominator: 3 }],
    ['', null],
    ['   ', null],
    ['four', undefined],
    ['50%', undefined],
    ['1/2/3', undefined],
    ['-1', undefined],
    ['1.5', undefined],
  ])('reads %p as %o', (typed, quorum) => {
    expect(parseQuorum(typed)).toEqual(quorum);
  });
});

describe('readDraftForm', () => {
  it('reads a draft with a count for its quorum, tidied as the API keeps it', () => {
    const result = readDraftForm(
      form({
        ...BLANK,
        content: '## Purpose  \r\nText',
        quorum: ' 4 ',
        meetingFrequency: ' Monthly ',
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      input: {
        content: '## Purpose\nText',
        quorum: { kind: 'COUNT', count: 4 },
        meetingFrequency: 'Monthly',
        composition: '',
      },
    });
  });

  it('reads a fraction, and no quorum when it is left blank', () => {
    expect(readDraftForm(form({ ...BLANK, quorum: '2/3' }))).toMatchObject({
      ok: true,
      input: { quorum: { kind: 'FRACTION', numerator: 2, denominator: 3 } },
    });
    expect(readDraftForm(form(BLANK))).toMatchObject({ ok: true, input: { quorum: null } });
  });

  it.each([
    [{ quorum: 'four' }, 'quorum', QUORUM_FORMAT_MESSAGE],
    [{ quorum: '0' }, 'quorum', /from 1 to 500/],
    [{ quorum: '501' }, 'quorum', /from 1 to 500/],
    [{ quorum: '3/2' }, 'quorum', /between 1\/100 and 1/],
    [{ quorum: '1/0' }, 'quorum', /between 1\/100 and 1/],
    [{ meetingFrequency: 'x'.repeat(201) }, 'meetingFrequency', /200 characters/],
  ])('refuses %o against %s', (fields, field, message) => {
    const result = readDraftForm(form({ ...BLANK, ...fields }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([{ field, message: expect.stringMatching(message) }]);
    expect(result.values).toMatchObject(fields);
  });

  it('lists every problem in the order of the form', () => {
    const result = readDraftForm(
      form({ ...BLANK, content: 'Bell \u0007', quorum: 'x', meetingFrequency: 'a\nb' }),
    );
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual([
      'quorum',
      'meetingFrequency',
      'content',
    ]);
  });
});

describe('draftFormValues and changedDraftFields', () => {
  const saved = draftFormValues({
    content: 'Text',
    meetingFrequency: 'Monthly',
    composition: 'Members',
    quorum: { kind: 'FRACTION', count: null, numerator: 1, denominator: 2 },
  });

  it('fills the form in from a saved draft', () => {
    expect(saved).toEqual({
      quorum: '1/2',
      meetingFrequency: 'Monthly',
      composition: 'Members',
      content: 'Text',
    });
    expect(
      draftFormValues({
        content: '',
        meetingFrequency: '',
        composition: '',
        quorum: { kind: 'COUNT', count: 4 },
      }).quorum,
    ).toBe('4');
    expect(
      draftFormValues({ content: '', meetingFrequency: '', composition: '', quorum: null }),
    ).toEqual(BLANK);
  });

  it('names the fields that differ, ignoring spaces at the ends', () => {
    expect(
      changedDraftFields({ ...saved, content: 'Text ', meetingFrequency: 'Weekly' }, saved),
    ).toEqual(['meetingFrequency']);
  });
});

describe('readPublishForm', () => {
  const date = (day: string, month: string, year: string) =>
    form({ 'effectiveFrom-day': day, 'effectiveFrom-month': month, 'effectiveFrom-year': year });

  it('reads the day the version comes into force', () => {
    expect(readPublishForm(date('1', '9', '2026'))).toMatchObject({
      ok: true,
      effectiveFrom: '2026-09-01',
    });
  });

  it.each([
    [
      date('', '', ''),
      'Enter the date the new terms of reference come into force',
      ['day', 'month', 'year'],
    ],
    [
      date('31', '2', '2026'),
      'The date they come into force must be a real date',
      ['day', 'month', 'year'],
    ],
    [date('1', '', '2026'), 'The date they come into force must include a month', ['month']],
  ])('refuses %s', (fields, message, parts) => {
    const result = readPublishForm(fields);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual(
      parts.map((part) => ({ field: `effectiveFrom-${part}`, message })),
    );
  });
});
