import { readAuditFilter } from './audit-filter';

const query = (fields: Record<string, string>) => new URLSearchParams(fields);

describe('readAuditFilter', () => {
  it('asks for everything when nothing is filled in', () => {
    expect(readAuditFilter(query({}))).toEqual({ values: {}, filter: {}, errors: [] });
  });

  it('trims the text filters and leaves blanks out', () => {
    expect(
      readAuditFilter(query({ action: ' person. ', objectType: 'Person', objectId: ' ' })),
    ).toEqual({
      values: { action: 'person.', objectType: 'Person' },
      filter: { action: 'person.', objectType: 'Person' },
      errors: [],
    });
  });

  it('turns London days into a range of instants, the "to" day included', () => {
    const result = readAuditFilter(
      query({
        'from-day': '1',
        'from-month': '7',
        'from-year': '2026',
        'to-day': '31',
        'to-month': '12',
        'to-year': '2026',
      }),
    );
    expect(result.errors).toEqual([]);
    expect(result.filter).toEqual({
      from: '2026-06-30T23:00:00.000Z', // midnight BST
      to: '2027-01-01T00:00:00.000Z', // midnight GMT, after 31 December
    });
    expect(result.values).toMatchObject({ 'from-day': '1', 'to-year': '2026' });
  });

  it('refuses an incomplete date, a range that ends before it starts, and long text', () => {
    const result = readAuditFilter(
      query({
        action: 'a'.repeat(101),
        'from-day': '5',
        'from-month': '5',
        'from-year': '2026',
        'to-day': '4',
        'to-month': '5',
        'to-year': '2026',
      }),
    );
    expect(result.filter).toBeUndefined();
    expect(result.errors).toEqual([
      { field: 'action', message: 'Action must be 100 characters or fewer' },
      ...['to-day', 'to-month', 'to-year'].map((field) => ({
        field,
        message: 'The date to end on must be the same as or after the date to start from',
      })),
    ]);
    expect(readAuditFilter(query({ 'from-day': '5', 'from-year': '2026' })).errors).toEqual([
      { field: 'from-month', message: 'The date to start from must include a month' },
    ]);
  });
});
