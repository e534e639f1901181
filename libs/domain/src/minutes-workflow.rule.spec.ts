import fc from 'fast-check';
import {
  MEETING_STATUSES,
  MINUTES_STATUSES,
  type MeetingStatus,
  type MinutesStatus,
} from '@boards/shared/contracts';
import { DomainError } from './domain-error';
import {
  MINUTES_ACTIONS,
  MINUTES_ROLES,
  MINUTES_WORKFLOW,
  allowedMinutesActions,
  approvalCandidates,
  approvalMeetingRefusal,
  assertApprovalMeeting,
  assertMinutesEditable,
  minutesEditable,
  minutesTransition,
  type MinutesAction,
} from './minutes-workflow.rule';

function caught(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

// Every (status, action) and what each role gets, in the order SECRETARIAT, CHAIR, MEMBER,
// PUBLIC: the status it leads to, F (FORBIDDEN) or X (INVALID_TRANSITION).
type Outcome = MinutesStatus | 'F' | 'X';
type Row = readonly [Outcome, Outcome, Outcome, Outcome];
const X: Row = ['X', 'X', 'X', 'X'];
const EXPECTED: Record<MinutesStatus, Record<MinutesAction, Row>> = {
  DRAFT: {
    SAVE: ['DRAFT', 'F', 'F', 'F'],
    CIRCULATE: ['CIRCULATED', 'F', 'F', 'F'],
    COMMENT: X,
    WITHDRAW: X,
    APPROVE: X,
    PUBLISH: X,
  },
  CIRCULATED: {
    SAVE: X,
    CIRCULATE: X,
    COMMENT: ['F', 'CIRCULATED', 'CIRCULATED', 'F'],
    WITHDRAW: ['DRAFT', 'F', 'F', 'F'],
    APPROVE: ['APPROVED', 'F', 'F', 'F'],
    PUBLISH: X,
  },
  APPROVED: {
    SAVE: X,
    CIRCULATE: X,
    COMMENT: X,
    WITHDRAW: X,
    APPROVE: X,
    PUBLISH: ['PUBLISHED', 'F', 'F', 'F'],
  },
  PUBLISHED: {
    SAVE: X,
    CIRCULATE: X,
    COMMENT: X,
    WITHDRAW: X,
    APPROVE: X,
    PUBLISH: X,
  },
};

// Circulating needs the meeting marked as held: the one step that asks about the meeting.
// Every other outcome above is the same at a meeting of any status; this one, elsewhere, is H
// (INVALID_TRANSITION, saying why).
const NOT_HELD = 'Minutes can be circulated once the meeting has been marked as held';
const atMeeting = (
  status: MinutesStatus,
  action: MinutesAction,
  outcome: Outcome,
  meetingStatus: MeetingStatus,
): Outcome | 'H' =>
  status === 'DRAFT' &&
  action === 'CIRCULATE' &&
  outcome === 'CIRCULATED' &&
  meetingStatus !== 'HELD'
    ? 'H'
    : outcome;

const ROWS = MINUTES_STATUSES.flatMap((status) =>
  MINUTES_ACTIONS.flatMap((action) =>
    MINUTES_ROLES.flatMap((role, i) =>
      MEETING_STATUSES.map(
        (meetingStatus) =>
          [
            status,
            action,
            role,
            meetingStatus,
            atMeeting(status, action, EXPECTED[status][action][i], meetingStatus),
          ] as const,
      ),
    ),
  ),
);

describe('minutesTransition', () => {
  it('has a row for every status, action, role and status of the meeting (384 in all)', () => {
    expect(ROWS).toHaveLength(4 * 6 * 4 * 4);
    expect(Object.keys(MINUTES_WORKFLOW).sort()).toEqual([...MINUTES_STATUSES].sort());
  });

  it.each(ROWS)('%s + %s by %s at a %s meeting → %s', (status, action, role, meeting, outcome) => {
    if (outcome === 'F' || outcome === 'X' || outcome === 'H') {
      const error = caught(() => minutesTransition(status, action, role, meeting));
      expect(error.code).toBe(outcome === 'F' ? 'FORBIDDEN' : 'INVALID_TRANSITION');
      if (outcome === 'H') {
        expect(error.message).toBe(NOT_HELD);
        expect(error.details).toEqual({ status: meeting });
      } else {
        expect(error.details).toEqual({ status, action, role });
        expect(error.message).not.toBe('');
      }
      expect(allowedMinutesActions(status, role, meeting)).not.toContain(action);
    } else {
      expect(minutesTransition(status, action, role, meeting)).toBe(outcome);
      expect(allowedMinutesActions(status, role, meeting)).toContain(action);
    }
  });

  it('says first that the minutes have moved on, or who may circulate them, then that the meeting is not held', () => {
    expect(
      caught(() => minutesTransition('CIRCULATED', 'CIRCULATE', 'SECRETARIAT', 'SCHEDULED'))
        .message,
    ).toBe('These minutes have already been circulated');
    expect(caught(() => minutesTransition('DRAFT', 'CIRCULATE', 'CHAIR', 'SCHEDULED')).code).toBe(
      'FORBIDDEN',
    );
    for (const meeting of ['SCHEDULED', 'POSTPONED', 'CANCELLED'] as const) {
      expect(
        caught(() => minutesTransition('DRAFT', 'CIRCULATE', 'SECRETARIAT', meeting)).message,
      ).toBe(NOT_HELD);
    }
  });

  it.each([
    [
      'DRAFT',
      'APPROVE',
      'SECRETARIAT',
      'Minutes must be circulated to the members before they can be approved',
    ],
    ['DRAFT', 'COMMENT', 'MEMBER', 'Minutes can only be commented on while they are circulated'],
    ['DRAFT', 'PUBLISH', 'SECRETARIAT', 'Minutes must be approved before they can be published'],
    [
      'CIRCULATED',
      'SAVE',
      'SECRETARIAT',
      'These minutes are out for comment. Withdraw them from circulation to change them',
    ],
    [
      'CIRCULATED',
      'COMMENT',
      'PUBLIC',
      'Only members of the body can comment on circulated minutes',
    ],
    [
      'CIRCULATED',
      'APPROVE',
      'CHAIR',
      'Only the secretariat can record that minutes were approved',
    ],
    ['DRAFT', 'SAVE', 'CHAIR', 'Only the secretariat can change minutes'],
    [
      'APPROVED',
      'SAVE',
      'SECRETARIAT',
      'These minutes have been approved, so they cannot be changed',
    ],
    [
      'APPROVED',
      'WITHDRAW',
      'SECRETARIAT',
      'These minutes have been approved, so they cannot be changed',
    ],
    [
      'APPROVED',
      'COMMENT',
      'MEMBER',
      'These minutes have been approved, so they are no longer open for comment',
    ],
    [
      'PUBLISHED',
      'SAVE',
      'SECRETARIAT',
      'These minutes have been published, so they cannot be changed',
    ],
    [
      'PUBLISHED',
      'PUBLISH',
      'SECRETARIAT',
      'These minutes have been published, so they cannot be changed',
    ],
  ] as const)('says why %s + %s by %s is refused', (status, action, role, message) => {
    expect(caught(() => minutesTransition(status, action, role, 'HELD')).message).toBe(message);
  });

  it('never leaves PUBLISHED, never changes approved text, and the public never changes anything', () => {
    const stepArb = fc.tuple(
      fc.constantFrom(...MINUTES_ACTIONS),
      fc.constantFrom(...MINUTES_ROLES),
      fc.constantFrom(...MEETING_STATUSES),
    );
    fc.assert(
      fc.property(fc.array(stepArb, { maxLength: 20 }), (steps) => {
        let status: MinutesStatus = 'DRAFT';
        let approved = false;
        for (const [action, role, meeting] of steps) {
          let next: MinutesStatus | null = null;
          try {
            next = minutesTransition(status, action, role, meeting);
          } catch {
            next = null;
          }
          if (next === null) continue;
          expect(role === 'PUBLIC').toBe(false);
          if (action === 'CIRCULATE') expect(meeting).toBe('HELD');
          if (status === 'PUBLISHED') throw new Error('left PUBLISHED');
          if (approved) expect(['APPROVED', 'PUBLISHED']).toContain(next);
          if (action === 'SAVE') expect(approved).toBe(false);
          status = next;
          if (status === 'APPROVED') approved = true;
        }
      }),
    );
  });
});

describe('allowedMinutesActions', () => {
  it.each([
    ['DRAFT', 'SECRETARIAT', 'HELD', ['SAVE', 'CIRCULATE']],
    ['DRAFT', 'SECRETARIAT', 'SCHEDULED', ['SAVE']],
    ['DRAFT', 'SECRETARIAT', 'POSTPONED', ['SAVE']],
    ['DRAFT', 'CHAIR', 'HELD', []],
    ['CIRCULATED', 'SECRETARIAT', 'HELD', ['WITHDRAW', 'APPROVE']],
    ['CIRCULATED', 'CHAIR', 'HELD', ['COMMENT']],
    ['CIRCULATED', 'MEMBER', 'HELD', ['COMMENT']],
    ['CIRCULATED', 'PUBLIC', 'HELD', []],
    ['APPROVED', 'SECRETARIAT', 'HELD', ['PUBLISH']],
    ['APPROVED', 'MEMBER', 'HELD', []],
    ['PUBLISHED', 'SECRETARIAT', 'HELD', []],
  ] as const)('%s for %s at a %s meeting: %j', (status, role, meeting, actions) => {
    expect(allowedMinutesActions(status, role, meeting)).toEqual(actions);
  });
});

describe('assertApprovalMeeting', () => {
  const minutesMeeting = { bodyIds: ['EVG'], startsAt: new Date('2026-03-31T09:00:00Z') };
  const later = (
    bodyIds: string[],
    startsAt = '2026-05-12T09:00:00Z',
    status: MeetingStatus = 'SCHEDULED',
  ) => ({ bodyIds, startsAt: new Date(startsAt), status });

  it.each([
    ['a later scheduled meeting of the same body', later(['EVG'])],
    ['a later held meeting of the same body', later(['EVG'], undefined, 'HELD')],
    ['a later joint meeting including the body', later(['DSG', 'EVG'])],
    ['a meeting a minute later', later(['EVG'], '2026-03-31T09:01:00Z')],
  ])('accepts %s', (_name, approving) => {
    expect(() => assertApprovalMeeting(minutesMeeting, approving)).not.toThrow();
  });

  it('accepts, from a joint meeting, a later meeting of either body', () => {
    const joint = { bodyIds: ['EVG', 'DSG'], startsAt: minutesMeeting.startsAt };
    expect(() => assertApprovalMeeting(joint, later(['DSG']))).not.toThrow();
  });

  it.each([
    [
      'a meeting of another body',
      later(['DSG']),
      undefined,
      'Minutes must be approved at a meeting of the same body',
    ],
    [
      'the same meeting',
      later(['EVG'], '2026-03-31T09:00:00Z'),
      undefined,
      'Minutes must be approved at a later meeting than the one they record',
    ],
    [
      'an earlier meeting',
      later(['EVG'], '2026-02-17T09:00:00Z', 'HELD'),
      undefined,
      'Minutes must be approved at a later meeting than the one they record',
    ],
    [
      'a cancelled meeting',
      later(['EVG'], undefined, 'CANCELLED'),
      undefined,
      'Minutes cannot be approved at a meeting that was cancelled',
    ],
    [
      'a postponed meeting',
      later(['EVG'], undefined, 'POSTPONED'),
      undefined,
      'Minutes cannot be approved at a meeting that has been postponed',
    ],
    [
      'a meeting that has not started yet',
      later(['EVG']),
      new Date('2026-05-12T08:59:00Z'),
      'Minutes can only be recorded as approved once that meeting has started',
    ],
  ])('refuses %s with BAD_USER_INPUT', (_name, approving, now, message) => {
    const error = caught(() => assertApprovalMeeting(minutesMeeting, approving, now));
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.message).toBe(message);
    expect(error.details).toEqual({ field: 'approvedAtMeetingId' });
  });

  it('accepts a meeting that has started, when told the time', () => {
    const now = new Date('2026-05-12T09:00:00Z');
    expect(() => assertApprovalMeeting(minutesMeeting, later(['EVG']), now)).not.toThrow();
  });
});

describe('approvalCandidates', () => {
  const minutesMeeting = { bodyIds: ['EVG'], startsAt: new Date('2026-03-31T09:00:00Z') };
  const now = new Date('2026-06-01T12:00:00Z');
  const meeting = (
    id: string,
    bodyIds: string[],
    startsAt: string,
    status: MeetingStatus = 'SCHEDULED',
  ) => ({ id, bodyIds, startsAt: new Date(startsAt), status });

  it('keeps the later meetings of the same bodies that have started and are going ahead, latest first', () => {
    const meetings = [
      meeting('itself', ['EVG'], '2026-03-31T09:00:00Z', 'HELD'),
      meeting('earlier', ['EVG'], '2026-02-17T09:00:00Z', 'HELD'),
      meeting('april', ['EVG'], '2026-04-14T09:00:00Z', 'HELD'),
      meeting('joint', ['DSG', 'EVG'], '2026-05-05T09:00:00Z'),
      meeting('other body', ['DSG'], '2026-05-06T09:00:00Z', 'HELD'),
      meeting('cancelled', ['EVG'], '2026-05-07T09:00:00Z', 'CANCELLED'),
      meeting('postponed', ['EVG'], '2026-05-08T09:00:00Z', 'POSTPONED'),
      meeting('may', ['EVG'], '2026-05-12T09:00:00Z'),
      meeting('not started', ['EVG'], '2026-06-01T12:00:01Z'),
      meeting('just started', ['EVG'], '2026-06-01T12:00:00Z'),
    ];
    expect(approvalCandidates(minutesMeeting, meetings, now).map((m) => m.id)).toEqual([
      'just started',
      'may',
      'joint',
      'april',
    ]);
  });

  it('is empty when there is none', () => {
    expect(approvalCandidates(minutesMeeting, [], now)).toEqual([]);
  });

  it('holds a meeting exactly when assertApprovalMeeting accepts it at that time', () => {
    const day = Date.parse('2026-03-01T00:00:00Z');
    const meetingArb = fc.record({
      bodyIds: fc.subarray(['EVG', 'DSG', 'EBE'], { minLength: 1 }),
      startsAt: fc.integer({ min: 0, max: 120 }).map((d) => new Date(day + d * 86_400_000)),
      status: fc.constantFrom(...MEETING_STATUSES),
    });
    fc.assert(
      fc.property(
        fc.record({
          bodyIds: fc.subarray(['EVG', 'DSG', 'EBE'], { minLength: 1 }),
          startsAt: fc.integer({ min: 0, max: 120 }).map((d) => new Date(day + d * 86_400_000)),
        }),
        fc.array(meetingArb, { maxLength: 8 }),
        fc.integer({ min: 0, max: 120 }).map((d) => new Date(day + d * 86_400_000)),
        (minutes, meetings, at) => {
          const found = approvalCandidates(minutes, meetings, at);
          for (const candidate of meetings) {
            let accepted = true;
            try {
              assertApprovalMeeting(minutes, candidate, at);
            } catch {
              accepted = false;
            }
            expect(found.includes(candidate)).toBe(accepted);
            expect(approvalMeetingRefusal(minutes, candidate, at) === null).toBe(accepted);
          }
          for (let i = 1; i < found.length; i += 1) {
            expect(found[i - 1].startsAt.getTime()).toBeGreaterThanOrEqual(
              found[i].startsAt.getTime(),
            );
          }
        },
      ),
    );
  });
});

describe('minutesEditable', () => {
  // The minutes (none yet, or each status) of a meeting of each status: may the secretariat
  // write them? Only a draft, or none yet, of a meeting that was not cancelled.
  const EDITABLE: Record<MeetingStatus, Record<MinutesStatus | 'NONE', boolean>> = {
    SCHEDULED: { NONE: true, DRAFT: true, CIRCULATED: false, APPROVED: false, PUBLISHED: false },
    POSTPONED: { NONE: true, DRAFT: true, CIRCULATED: false, APPROVED: false, PUBLISHED: false },
    HELD: { NONE: true, DRAFT: true, CIRCULATED: false, APPROVED: false, PUBLISHED: false },
    CANCELLED: { NONE: false, DRAFT: false, CIRCULATED: false, APPROVED: false, PUBLISHED: false },
  };
  const cases = MEETING_STATUSES.flatMap((meetingStatus) =>
    (['NONE', ...MINUTES_STATUSES] as const).map(
      (minutes) =>
        [
          meetingStatus,
          minutes,
          minutes === 'NONE' ? null : minutes,
          EDITABLE[meetingStatus][minutes],
        ] as const,
    ),
  );

  it.each(cases)('a %s meeting, minutes %s → %s', (meetingStatus, _name, minutes, editable) => {
    expect(minutesEditable(meetingStatus, minutes)).toBe(editable);
    if (editable) {
      expect(() => assertMinutesEditable(meetingStatus, minutes)).not.toThrow();
    } else {
      expect(caught(() => assertMinutesEditable(meetingStatus, minutes)).code).toBe(
        'INVALID_TRANSITION',
      );
    }
  });

  it('says first why the minutes themselves cannot change, then that the meeting was cancelled', () => {
    expect(caught(() => assertMinutesEditable('CANCELLED', 'CIRCULATED')).message).toBe(
      'These minutes are out for comment. Withdraw them from circulation to change them',
    );
    const cancelled = caught(() => assertMinutesEditable('CANCELLED', 'DRAFT'));
    expect(cancelled.message).toBe('This meeting was cancelled, so it has no minutes');
    expect(cancelled.details).toEqual({ status: 'CANCELLED' });
  });
});
