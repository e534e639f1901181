import {
  IMPORT_STATUS,
  isRunning,
  linesWithProblems,
  planCounts,
  problemText,
  progressText,
} from './membership-import-display';

describe('how an import is shown', () => {
  it.each([
    [{ status: 'VALIDATING', totalRows: 0, processedRows: 0 }, 'Reading the file'],
    [
      { status: 'VALIDATING', totalRows: 5000, processedRows: 1200 },
      'Checked 1,200 of 5,000 lines',
    ],
    [{ status: 'VALIDATING', totalRows: 1, processedRows: 0 }, 'Checked 0 of 1 line'],
    [{ status: 'IMPORTING', totalRows: 1, processedRows: 0 }, 'Checked 0 of 1 line'],
  ] as const)('says how far it has got: %j', (state, text) => {
    expect(progressText(state)).toBe(text);
  });

  it('names the line, and the column when there is one, before each problem', () => {
    expect(problemText({ line: 7, field: 'role', message: '‘Boss’ is not a role' })).toBe(
      'Line 7, column role: ‘Boss’ is not a role',
    );
    expect(problemText({ line: 12_345, field: null, message: 'This line has 7 values' })).toBe(
      'Line 12,345: This line has 7 values',
    );
  });

  it('counts what a checked import will record, ordinary seats and cross-seats', () => {
    expect(
      planCounts([{ crossSeatFrom: null }, { crossSeatFrom: 'Board' }, { crossSeatFrom: null }]),
    ).toEqual({ memberships: 3, ordinary: 2, crossSeats: 1 });
    expect(planCounts([])).toEqual({ memberships: 0, ordinary: 0, crossSeats: 0 });
  });

  it('counts the lines with problems, not the problems', () => {
    expect(linesWithProblems([{ line: 3 }, { line: 3 }, { line: 9 }])).toBe(2);
  });

  it('tells a running import from a finished one, and labels every status', () => {
    expect(isRunning('VALIDATING')).toBe(true);
    expect(isRunning('IMPORTING')).toBe(true);
    expect(isRunning('CHECKED')).toBe(false);
    expect(isRunning('DONE')).toBe(false);
    expect(isRunning('FAILED')).toBe(false);
    expect(isRunning('DISCARDED')).toBe(false);
    expect(Object.values(IMPORT_STATUS).map((s) => s.label)).toEqual([
      'Checking',
      'Checking',
      'Waiting for you to confirm',
      'Imported',
      'Not imported',
      'Discarded',
    ]);
  });
});
