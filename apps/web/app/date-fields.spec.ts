import {
  dateFieldErrors,
  dateFieldsOf,
  dateInputError,
  dateInputItems,
  parseDateFields,
  readDateFields,
  type DateFieldValues,
} from './date-fields';

const QUESTION = {
  missing: 'Enter the date they gave consent',
  subject: 'The date they gave consent',
};

const fields = (day: string, month: string, year: string): DateFieldValues => ({
  day,
  month,
  year,
});

describe('readDateFields', () => {
  it('reads and trims the three fields of a prefix', () => {
    const form = new URLSearchParams({ 'from-day': ' 3 ', 'from-month': '4', other: 'x' });
    expect(readDateFields(form, 'from')).toEqual({ day: '3', month: '4', year: '' });
  });
});

describe('parseDateFields', () => {
  it.each([
    [fields('3', '4', '2026'), '2026-04-03'],
    [fields('03', '04', '2026'), '2026-04-03'],
    [fields('29', '2', '2024'), '2024-02-29'],
    [fields('31', 'Dec', '2025'), '2025-12-31'],
    [fields('1', 'january', '2026'), '2026-01-01'],
    [fields('1', 'Sept', '2026'), '2026-09-01'],
  ])('reads %p as %s', (values, expected) => {
    expect(parseDateFields(values, QUESTION)).toEqual({ ok: true, value: expected });
  });

  it('asks for a date left blank, unless it is optional', () => {
    expect(parseDateFields(fields('', '', ''), QUESTION)).toEqual({
      ok: false,
      message: 'Enter the date they gave consent',
      parts: ['day', 'month', 'year'],
    });
    expect(parseDateFields(fields('', '', ''), { ...QUESTION, optional: true })).toEqual({
      ok: true,
      value: null,
    });
  });

  it.each([
    [fields('3', '', '2026'), 'The date they gave consent must include a month', ['month']],
    [
      fields('', '', '2026'),
      'The date they gave consent must include a day and month',
      ['day', 'month'],
    ],
    [fields('3', '4', ''), 'The date they gave consent must include a year', ['year']],
    [fields('3', '4', '26'), 'Year must include 4 numbers', ['year']],
    [fields('3', '4', '20266'), 'Year must include 4 numbers', ['year']],
    [
      fields('29', '2', '2025'),
      'The date they gave consent must be a real date',
      ['day', 'month', 'year'],
    ],
    [fields('32', '1', '2026'), 'The date they gave consent must be a real date', ['day']],
    [fields('3', '13', '2026'), 'The date they gave consent must be a real date', ['month']],
    [fields('3', 'Ma', '2026'), 'The date they gave consent must be a real date', ['month']],
    [fields('x', 'y', '2026'), 'The date they gave consent must be a real date', ['day', 'month']],
    [fields('0', '0', '2026'), 'The date they gave consent must be a real date', ['day', 'month']],
    [fields('1.5', '1', '2026'), 'The date they gave consent must be a real date', ['day']],
  ])('refuses %p: %s', (values, message, parts) => {
    expect(parseDateFields(values, QUESTION)).toEqual({ ok: false, message, parts });
  });
});

describe('dateFieldsOf', () => {
  it('splits a date into the fields of a date input, without leading zeros', () => {
    expect(dateFieldsOf('2026-04-03')).toEqual({ day: '3', month: '4', year: '2026' });
  });
});

describe('date input errors', () => {
  it('puts one error per wrong field, and reads them back for the date input', () => {
    const errors = [
      { field: 'name', message: 'Enter a name' },
      ...dateFieldErrors('from', 'The date must include a month', ['month', 'year']),
    ];
    expect(errors.slice(1)).toEqual([
      { field: 'from-month', message: 'The date must include a month' },
      { field: 'from-year', message: 'The date must include a month' },
    ]);
    expect(dateInputError(errors, 'from')).toEqual({
      message: 'The date must include a month',
      parts: ['month', 'year'],
    });
    expect(dateInputError(errors, 'to')).toEqual({ message: undefined, parts: [] });
  });

  it('fills in the items and marks only the wrong ones', () => {
    const items = dateInputItems('from', { 'from-day': '3', 'from-year': '2026' }, ['month']);
    expect(items.map((item) => [item.name, item.value, item.error])).toEqual([
      ['day', '3', false],
      ['month', undefined, true],
      ['year', '2026', false],
    ]);
    expect(dateInputItems('from', {}).every((item) => item.error === undefined)).toBe(true);
  });
});
