import fc from 'fast-check';
import { ACTION_STATUSES, type ActionStatus } from '@boards/shared/contracts';
import { DomainError } from './domain-error';
import {
  ACTION_ACTORS,
  ACTION_TRANSITIONS,
  actionTransition,
  actionsCarriedForward,
  allowedActionStatuses,
  isActionOutstanding,
  isOverdue,
  type ActionActor,
  type ActionForFollowUp,
} from './actions.rule';

function caught(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error('expected a DomainError');
}

// Every (from, to) and what each actor gets, in the order SECRETARIAT, OWNER, OTHER: OK, F
// (FORBIDDEN) or X (INVALID_TRANSITION).
type Outcome = 'OK' | 'F' | 'X';
const X = ['X', 'X', 'X'] as const;
const EXPECTED: Record<ActionStatus, Record<ActionStatus, readonly [Outcome, Outcome, Outcome]>> = {
  OPEN: {
    OPEN: X,
    IN_PROGRESS: ['OK', 'OK', 'F'],
    DONE: ['OK', 'OK', 'F'],
    DROPPED: ['OK', 'F', 'F'],
  },
  IN_PROGRESS: {
    OPEN: X,
    IN_PROGRESS: X,
    DONE: ['OK', 'OK', 'F'],
    DROPPED: ['OK', 'F', 'F'],
  },
  DONE: {
    OPEN: ['OK', 'F', 'F'],
    IN_PROGRESS: X,
    DONE: X,
    DROPPED: X,
  },
  DROPPED: {
    OPEN: ['OK', 'F', 'F'],
    IN_PROGRESS: X,
    DONE: X,
    DROPPED: X,
  },
};
const ROWS = ACTION_STATUSES.flatMap((from) =>
  ACTION_STATUSES.flatMap((to) =>
    ACTION_ACTORS.map((actor, i) => [from, to, actor, EXPECTED[from][to][i]] as const),
  ),
);

describe('actionTransition', () => {
  it('has a row for every status', () => {
    expect(Object.keys(ACTION_TRANSITIONS).sort()).toEqual([...ACTION_STATUSES].sort());
    expect(ROWS).toHaveLength(4 * 4 * 3);
  });

  it.each(ROWS)('%s → %s by %s: %s', (from, to, actor, outcome) => {
    if (outcome === 'OK') {
      expect(actionTransition(from, to, actor)).toBe(to);
      expect(allowedActionStatuses(from, actor)).toContain(to);
    } else {
      const error = caught(() => actionTransition(from, to, actor));
      expect(error.code).toBe(outcome === 'F' ? 'FORBIDDEN' : 'INVALID_TRANSITION');
      expect(error.details).toEqual({ from, to, actor });
      expect(allowedActionStatuses(from, actor)).not.toContain(to);
    }
  });

  it.each([
    ['OPEN', 'OPEN', 'SECRETARIAT', 'This action is already open'],
    ['DONE', 'DONE', 'OWNER', 'This action is already done'],
    ['DONE', 'IN_PROGRESS', 'SECRETARIAT', 'This action is done. Reopen it first to change it'],
    ['DROPPED', 'DONE', 'SECRETARIAT', 'This action is dropped. Reopen it first to change it'],
    [
      'IN_PROGRESS',
      'OPEN',
      'SECRETARIAT',
      'An action in progress cannot go back to open. Mark it done, or drop it',
    ],
    ['OPEN', 'DROPPED', 'OWNER', 'Only the secretariat can drop an action'],
    ['DONE', 'OPEN', 'OWNER', 'Only the secretariat can reopen an action'],
    [
      'OPEN',
      'IN_PROGRESS',
      'OTHER',
      'Only the secretariat or the person the action is for can update it',
    ],
  ] as const)('says why %s → %s by %s is refused', (from, to, actor, message) => {
    expect(caught(() => actionTransition(from, to, actor)).message).toBe(message);
  });

  it('lets only the secretariat take an action out of DONE or DROPPED, and only to OPEN', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<ActionStatus>('DONE', 'DROPPED'),
        fc.constantFrom(...ACTION_STATUSES),
        fc.constantFrom(...ACTION_ACTORS),
        (from, to, actor: ActionActor) => {
          let allowed = true;
          try {
            actionTransition(from, to, actor);
          } catch {
            allowed = false;
          }
          expect(allowed).toBe(actor === 'SECRETARIAT' && to === 'OPEN');
        },
      ),
    );
  });
});

describe('allowedActionStatuses', () => {
  it.each([
    ['OPEN', 'SECRETARIAT', ['IN_PROGRESS', 'DONE', 'DROPPED']],
    ['OPEN', 'OWNER', ['IN_PROGRESS', 'DONE']],
    ['OPEN', 'OTHER', []],
    ['IN_PROGRESS', 'OWNER', ['DONE']],
    ['DONE', 'SECRETARIAT', ['OPEN']],
    ['DONE', 'OWNER', []],
    ['DROPPED', 'SECRETARIAT', ['OPEN']],
  ] as const)('from %s for %s: %j', (from, actor, statuses) => {
    expect(allowedActionStatuses(from, actor)).toEqual(statuses);
  });
});

describe('isActionOutstanding', () => {
  it.each([
    ['OPEN', true],
    ['IN_PROGRESS', true],
    ['DONE', false],
    ['DROPPED', false],
  ] as const)('%s: %p', (status, expected) => {
    expect(isActionOutstanding(status)).toBe(expected);
  });
});

describe('actionsCarriedForward', () => {
  const JAN = new Date('2026-01-13T10:00:00Z');
  const FEB = new Date('2026-02-17T10:00:00Z');
  const MAR = new Date('2026-03-31T09:00:00Z');
  const action = (
    id: string,
    raisedAtMeetingStartsAt: Date,
    status: ActionStatus,
    dueOn: string | null = null,
  ): ActionForFollowUp & { title: string } => ({
    id,
    raisedAtMeetingStartsAt,
    status,
    dueOn,
    title: `Action ${id}`,
  });
  const actions = [
    action('a', JAN, 'OPEN', '2026-02-28'),
    action('b', JAN, 'DONE', '2026-02-01'),
    action('c', FEB, 'IN_PROGRESS', '2026-02-20'),
    action('d', FEB, 'DROPPED'),
    action('e', FEB, 'OPEN'),
    action('f', MAR, 'OPEN', '2026-01-01'),
    action('g', JAN, 'OPEN'),
  ];

  it.each([
    ['the January meeting', [], JAN],
    ['the February meeting', ['a', 'g'], FEB],
    ['the March meeting', ['c', 'a', 'g', 'e'], MAR],
    ['a meeting after March', ['f', 'c', 'a', 'g', 'e'], new Date('2026-05-12T09:00:00Z')],
  ])('carries forward to %s: %j', (_name, ids, startsAt) => {
    expect(actionsCarriedForward(actions, startsAt).map((a) => a.id)).toEqual(ids);
  });

  it('gives back the objects it was given, with their other fields', () => {
    expect(actionsCarriedForward(actions, FEB)[0]).toBe(actions[0]);
  });

  it('keeps exactly the outstanding actions raised before the meeting', () => {
    const actionArb = fc.record({
      id: fc.uuid(),
      raisedAtMeetingStartsAt: fc
        .integer({ min: 0, max: 20 })
        .map((n) => new Date(Date.UTC(2026, 0, 1 + n * 7))),
      status: fc.constantFrom(...ACTION_STATUSES),
      dueOn: fc.option(fc.constantFrom('2026-01-15', '2026-03-01', '2026-06-30')),
    });
    fc.assert(
      fc.property(
        fc.array(actionArb, { maxLength: 15 }),
        fc.integer({ min: 0, max: 21 }),
        (list, week) => {
          const startsAt = new Date(Date.UTC(2026, 0, 1 + week * 7));
          const carried = actionsCarriedForward(list, startsAt);
          const expected = list.filter(
            (a) =>
              a.raisedAtMeetingStartsAt < startsAt &&
              (a.status === 'OPEN' || a.status === 'IN_PROGRESS'),
          );
          expect(new Set(carried)).toEqual(new Set(expected));
          expect(carried).toHaveLength(expected.length);
          // Sorted by due date, none last.
          const dues = carried.map((a) => a.dueOn ?? '9999-12-31');
          expect(dues).toEqual([...dues].sort());
        },
      ),
    );
  });
});

describe('isOverdue', () => {
  it.each([
    ['open, due yesterday', true, 'OPEN', '2026-03-30'],
    ['in progress, due last month', true, 'IN_PROGRESS', '2026-02-28'],
    ['open, due today', false, 'OPEN', '2026-03-31'],
    ['open, due tomorrow', false, 'OPEN', '2026-04-01'],
    ['open, with no due date', false, 'OPEN', null],
    ['done, due last month', false, 'DONE', '2026-02-28'],
    ['dropped, due last month', false, 'DROPPED', '2026-02-28'],
  ] as const)('%s: %p', (_name, expected, status, dueOn) => {
    expect(isOverdue({ status, dueOn }, '2026-03-31')).toBe(expected);
  });
});
