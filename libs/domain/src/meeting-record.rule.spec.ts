import fc from 'fast-check';
import { MEETING_STATUSES, MINUTES_STATUSES, type MeetingStatus } from '@boards/shared/contracts';
import { DomainError } from './domain-error';
import {
  assertRecordOpen,
  minutesFixed,
  recordClosedBecause,
  recordOpen,
  type MeetingRecordState,
} from './meeting-record.rule';

function caught(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

// Every meeting status against its minutes (none yet, or each stage): open (O), closed because
// the meeting was cancelled (C), or because the minutes are the record (M).
type Outcome = 'O' | 'C' | 'M';
const EXPECTED: Record<MeetingStatus, [none: Outcome, ...byMinutesStatus: Outcome[]]> = {
  // minutes:  none DRAFT CIRCULATED APPROVED PUBLISHED
  SCHEDULED: ['O', 'O', 'O', 'M', 'M'],
  POSTPONED: ['O', 'O', 'O', 'M', 'M'],
  HELD: ['O', 'O', 'O', 'M', 'M'],
  CANCELLED: ['C', 'C', 'C', 'C', 'C'],
};
const ROWS = MEETING_STATUSES.flatMap((status) =>
  [null, ...MINUTES_STATUSES].map(
    (minutesStatus, i) =>
      [status, minutesStatus ?? 'none', minutesStatus, EXPECTED[status][i]] as const,
  ),
);

describe('the meeting record', () => {
  it('has a row for every meeting status and stage of the minutes (20 in all)', () => {
    expect(MINUTES_STATUSES).toEqual(['DRAFT', 'CIRCULATED', 'APPROVED', 'PUBLISHED']);
    expect(ROWS).toHaveLength(4 * 5);
  });

  it.each(ROWS)('a %s meeting, minutes %s → %s', (status, _name, minutesStatus, outcome) => {
    const meeting: MeetingRecordState = { status, minutesStatus };
    expect(recordOpen(meeting)).toBe(outcome === 'O');
    expect(recordClosedBecause(meeting)).toBe(
      outcome === 'O' ? null : outcome === 'C' ? 'CANCELLED' : 'MINUTES_FIXED',
    );
    if (outcome === 'O') {
      expect(() => assertRecordOpen(meeting, 'its agenda')).not.toThrow();
      return;
    }
    const error = caught(() => assertRecordOpen(meeting, 'its agenda'));
    expect(error.code).toBe('INVALID_TRANSITION');
    if (outcome === 'C') {
      expect(error.message).toBe('This meeting was cancelled, so its agenda can no longer change');
      expect(error.details).toEqual({ status: 'CANCELLED' });
    } else {
      expect(error.message).toBe(
        'The minutes of this meeting have been approved, so its agenda can no longer change',
      );
      expect(error.details).toEqual({ minutesStatus });
    }
  });

  it.each([
    [null, false],
    ['DRAFT', false],
    ['CIRCULATED', false],
    ['APPROVED', true],
    ['PUBLISHED', true],
  ] as const)('minutes %s are fixed: %s', (status, fixed) => {
    expect(minutesFixed(status)).toBe(fixed);
  });

  it('is open exactly when the assertion passes, and once closed by approved minutes never reopens through the minutes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MEETING_STATUSES),
        fc.constantFrom(null, ...MINUTES_STATUSES),
        (status, minutesStatus) => {
          const meeting = { status, minutesStatus };
          let passed = true;
          try {
            assertRecordOpen(meeting, 'the attendance');
          } catch {
            passed = false;
          }
          expect(recordOpen(meeting)).toBe(passed);
          if (minutesFixed(minutesStatus)) expect(recordOpen(meeting)).toBe(false);
        },
      ),
    );
  });
});
