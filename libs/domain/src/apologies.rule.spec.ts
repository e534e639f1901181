import fc from 'fast-check';
import {
  ATTENDANCE_STATUSES,
  MEETING_STATUSES,
  type AttendanceStatus,
  type MeetingStatus,
} from '@boards/shared/contracts';
import {
  apologiesChoices,
  apologiesRefusal,
  assertApologiesAllowed,
  type ApologiesStep,
} from './apologies.rule';
import { DomainError } from './domain-error';

const START = new Date('2026-12-08T10:00:00Z');
const BEFORE = new Date('2026-12-08T09:59:59.999Z');
const AT_START = new Date('2026-12-08T10:00:00Z');

function outcome(
  status: MeetingStatus,
  sitsOnBody: boolean,
  attendance: AttendanceStatus | null,
  step: ApologiesStep,
  now: Date,
): string {
  return (
    apologiesRefusal({ status, startsAt: START }, { sitsOnBody, attendance }, step, now)?.code ??
    'ok'
  );
}

describe('apologiesRefusal', () => {
  it.each([
    // status, sits on the body, on the register, step, when, expected
    ['SCHEDULED', true, null, 'GIVE', BEFORE, 'ok'],
    ['SCHEDULED', true, 'APOLOGIES', 'GIVE', BEFORE, 'ok'],
    ['SCHEDULED', true, 'APOLOGIES', 'WITHDRAW', BEFORE, 'ok'],
    ['SCHEDULED', true, null, 'WITHDRAW', BEFORE, 'INVALID_TRANSITION'],
    ['SCHEDULED', false, null, 'GIVE', BEFORE, 'FORBIDDEN'],
    ['SCHEDULED', false, 'APOLOGIES', 'WITHDRAW', BEFORE, 'FORBIDDEN'],
    ['SCHEDULED', true, null, 'GIVE', AT_START, 'INVALID_TRANSITION'],
    ['SCHEDULED', true, 'APOLOGIES', 'WITHDRAW', AT_START, 'INVALID_TRANSITION'],
    ['POSTPONED', true, null, 'GIVE', BEFORE, 'ok'],
    ['POSTPONED', true, 'APOLOGIES', 'WITHDRAW', BEFORE, 'ok'],
    ['POSTPONED', true, null, 'GIVE', AT_START, 'INVALID_TRANSITION'],
    ['CANCELLED', true, null, 'GIVE', BEFORE, 'INVALID_TRANSITION'],
    ['CANCELLED', true, 'APOLOGIES', 'WITHDRAW', BEFORE, 'INVALID_TRANSITION'],
    ['CANCELLED', false, null, 'GIVE', BEFORE, 'FORBIDDEN'],
    ['HELD', true, null, 'GIVE', BEFORE, 'INVALID_TRANSITION'],
    ['HELD', true, 'APOLOGIES', 'WITHDRAW', AT_START, 'INVALID_TRANSITION'],
  ] as const)(
    '%s meeting, member %s, on the register as %s, %s, at %s: %s',
    (status, sits, attendance, step, now, expected) => {
      expect(outcome(status, sits, attendance, step, now)).toBe(expected);
    },
  );

  it('never lets anyone act once the meeting has started, whatever else', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MEETING_STATUSES),
        fc.boolean(),
        fc.constantFrom(null, ...ATTENDANCE_STATUSES),
        fc.constantFrom<ApologiesStep>('GIVE', 'WITHDRAW'),
        fc.integer({ min: 0, max: 10 * 365 * 24 * 3600 * 1000 }),
        (status, sits, attendance, step, after) => {
          const now = new Date(START.getTime() + after);
          expect(outcome(status, sits, attendance, step, now)).not.toBe('ok');
        },
      ),
    );
  });

  it('refuses people who do not sit on the body before anything else', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...MEETING_STATUSES),
        fc.constantFrom(null, ...ATTENDANCE_STATUSES),
        fc.constantFrom<ApologiesStep>('GIVE', 'WITHDRAW'),
        fc.integer({ min: -1e10, max: 1e10 }),
        (status, attendance, step, offset) => {
          const now = new Date(START.getTime() + offset);
          expect(outcome(status, false, attendance, step, now)).toBe('FORBIDDEN');
        },
      ),
    );
  });
});

describe('assertApologiesAllowed and apologiesChoices', () => {
  it('throws the same refusal as a DomainError', () => {
    expect(() =>
      assertApologiesAllowed(
        { status: 'CANCELLED', startsAt: START },
        { sitsOnBody: true, attendance: null },
        'GIVE',
        BEFORE,
      ),
    ).toThrow(DomainError);
  });

  it.each([
    [null, { canGive: true, canWithdraw: false }],
    ['APOLOGIES', { canGive: true, canWithdraw: true }],
  ] as const)('on the register as %s: %j', (attendance, expected) => {
    expect(
      apologiesChoices(
        { status: 'SCHEDULED', startsAt: START },
        { sitsOnBody: true, attendance },
        BEFORE,
      ),
    ).toEqual(expected);
  });
});
