import {
  ATTENDANCE_STATUSES,
  MEETING_STATUSES,
  type AttendanceStatus,
  type MeetingStatus,
} from '@boards/shared/contracts';
import fc from 'fast-check';
import { meetingStarted, validateAttendance } from './attendance.rule';
import { DomainError } from './domain-error';

const START = new Date('2026-12-08T10:00:00Z');
const BEFORE = new Date('2026-12-08T09:59:00Z');
const AFTER = new Date('2026-12-08T10:00:00Z');
const MEMBERS = new Set(['member']);

function outcome(
  status: MeetingStatus,
  entry: { personId: string; status: AttendanceStatus },
  now: Date,
): string {
  try {
    validateAttendance({ status, startsAt: START }, [entry], MEMBERS, now);
    return 'ok';
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return `${error.code} ${String(error.details?.['field'] ?? '')}`.trim();
  }
}

describe('validateAttendance', () => {
  // Every meeting status × attendance status × member or not × before or after the start.
  const cases = MEETING_STATUSES.flatMap((meeting) =>
    ATTENDANCE_STATUSES.flatMap((status) =>
      ['member', 'guest'].flatMap((personId) =>
        [BEFORE, AFTER].map((now) => {
          let expected = 'ok';
          if (meeting === 'CANCELLED') expected = 'INVALID_TRANSITION';
          else if (status !== 'APOLOGIES' && (now === BEFORE || meeting === 'POSTPONED')) {
            expected = 'INVALID_TRANSITION entries.0.status';
          } else if (status !== 'OBSERVER' && personId === 'guest') {
            expected = 'BAD_USER_INPUT entries.0.personId';
          }
          return [
            meeting,
            status,
            personId,
            now === BEFORE ? 'before' : 'after',
            now,
            expected,
          ] as const;
        }),
      ),
    ),
  );

  it.each(cases)(
    '%s meeting, %s, a %s, %s the start: %s',
    (meeting, status, personId, _when, now, expected) => {
      expect(outcome(meeting, { personId, status }, now)).toBe(expected);
    },
  );

  it('names the entry at fault', () => {
    expect(() =>
      validateAttendance(
        { status: 'HELD', startsAt: START },
        [
          { personId: 'member', status: 'PRESENT' },
          { personId: 'guest', status: 'OBSERVER' },
          { personId: 'guest2', status: 'PRESENT' },
        ],
        MEMBERS,
        AFTER,
      ),
    ).toThrow(expect.objectContaining({ details: { field: 'entries.2.personId' } }));
  });
});

describe('meetingStarted', () => {
  it.each([
    ['SCHEDULED', BEFORE, false],
    ['SCHEDULED', AFTER, true],
    ['HELD', BEFORE, false],
    ['HELD', AFTER, true],
    ['CANCELLED', BEFORE, false],
    ['CANCELLED', AFTER, true],
    ['POSTPONED', BEFORE, false],
    ['POSTPONED', AFTER, false],
  ] as const)('a %s meeting, at %s: %s', (status, now, started) => {
    expect(meetingStarted({ status, startsAt: START }, now)).toBe(started);
  });

  it('is exactly when the register takes more than apologies from a member', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MEETING_STATUSES.filter((status) => status !== 'CANCELLED')),
        fc.integer({ min: -3 * 86_400_000, max: 3 * 86_400_000 }),
        fc.constantFrom(...ATTENDANCE_STATUSES.filter((status) => status !== 'APOLOGIES')),
        (status, offset, attendance) => {
          const meeting = { status, startsAt: START };
          const now = new Date(START.getTime() + offset);
          const recorded = (() => {
            try {
              validateAttendance(
                meeting,
                [{ personId: 'member', status: attendance }],
                MEMBERS,
                now,
              );
              return true;
            } catch {
              return false;
            }
          })();
          expect(recorded).toBe(meetingStarted(meeting, now));
        },
      ),
    );
  });
});
