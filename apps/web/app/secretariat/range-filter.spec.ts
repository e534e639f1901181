import { readRangeFilter } from './range-filter';

const query = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('readRangeFilter', () => {
  it('leaves both ends open when nothing is filled in', () => {
    expect(readRangeFilter(query({}))).toEqual({
      values: {},
      range: { from: null, to: null },
      errors: [],
    });
  });

  it('reads the days, both ends included', () => {
    expect(
      readRangeFilter(
        query({ 'from-day': '1', 'from-month': 'jan', 'from-year': '2021', 'to-year': '' }),
      ),
    ).toEqual({
      values: { 'from-day': '1', 'from-month': 'jan', 'from-year': '2021' },
      range: { from: '2021-01-01', to: null },
      errors: [],
    });
  });

  it('refuses a range that ends before it starts, and dates that are not real', () => {
    const backwards = readRangeFilter(
      query({
        'from-day': '2',
        'from-month': '1',
        'from-year': '2022',
        'to-day': '1',
        'to-month': '1',
        'to-year': '2022',
      }),
    );
    expect(backwards.range).toBeUndefined();
    expect(backwards.errors[0]).toEqual({
      field: 'to-day',
      message: 'The last day to show must be the same as or after the first',
    });
    expect(
      readRangeFilter(query({ 'from-day': '30', 'from-month': '2', 'from-year': '2022' }))
        .errors[0],
    ).toEqual({
      field: 'from-day',
      message: 'The first day to show must be a real date',
    });
  });
});
