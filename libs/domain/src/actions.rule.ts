/**
 * Actions: the things a meeting agrees someone will do, and how they are followed up.
 *
 * The rules, in plain English:
 *
 * 1. An action starts OPEN. Its owner or the secretariat marks it IN_PROGRESS and then DONE (or
 *    DONE straight away, for a quick one). Only the secretariat DROPs an action (OPEN or
 *    IN_PROGRESS), since deciding it is no longer needed is the body's call, and only the
 *    secretariat reopens a DONE or DROPPED action (back to OPEN). Nothing else: an action in
 *    progress does not go back to open, and a status never "changes" to itself.
 * 2. An action is carried forward to every later meeting until it is DONE or DROPPED: the
 *    actions carried forward to a meeting are those raised at meetings that started before it
 *    and still OPEN or IN_PROGRESS.
 * 3. An action is overdue when it is still OPEN or IN_PROGRESS after its due date (on the due
 *    date itself it is not yet overdue). An action with no due date is never overdue.
 */
import type { ActionStatus } from '@boards/shared/contracts';
import { DomainError } from './domain-error';

export type { ActionStatus } from '@boards/shared/contracts';

/** Who is changing an action: the secretariat, the person the action is for, or anyone else. */
export const ACTION_ACTORS = ['SECRETARIAT', 'OWNER', 'OTHER'] as const;
export type ActionActor = (typeof ACTION_ACTORS)[number];

/** The whole workflow: from status → to status → who may make the change. */
export const ACTION_TRANSITIONS: Readonly<
  Record<ActionStatus, Readonly<Partial<Record<ActionStatus, readonly ActionActor[]>>>>
> = {
  OPEN: {
    IN_PROGRESS: ['SECRETARIAT', 'OWNER'],
    DONE: ['SECRETARIAT', 'OWNER'],
    DROPPED: ['SECRETARIAT'],
  },
  IN_PROGRESS: {
    DONE: ['SECRETARIAT', 'OWNER'],
    DROPPED: ['SECRETARIAT'],
  },
  DONE: { OPEN: ['SECRETARIAT'] },
  DROPPED: { OPEN: ['SECRETARIAT'] },
};

const STATUS_WORDS: Readonly<Record<ActionStatus, string>> = {
  OPEN: 'open',
  IN_PROGRESS: 'in progress',
  DONE: 'done',
  DROPPED: 'dropped',
};

function invalidMessage(from: ActionStatus, to: ActionStatus): string {
  if (from === to) return `This action is already ${STATUS_WORDS[from] ?? 'in that state'}`;
  if (from === 'DONE' || from === 'DROPPED') {
    return `This action is ${STATUS_WORDS[from]}. Reopen it first to change it`;
  }
  if (from === 'IN_PROGRESS' && to === 'OPEN') {
    return 'An action in progress cannot go back to open. Mark it done, or drop it';
  }
  return 'That change is not allowed at this stage';
}

function forbiddenMessage(to: ActionStatus): string {
  if (to === 'DROPPED') return 'Only the secretariat can drop an action';
  if (to === 'OPEN') return 'Only the secretariat can reopen an action';
  return 'Only the secretariat or the person the action is for can update it';
}

/**
 * Checks a change of an action's status from `from` to `to` by `actor`, and returns `to`.
 * INVALID_TRANSITION when the table has no such change for anyone; FORBIDDEN when it has, but
 * not for `actor`. details: `{ from, to, actor }`.
 */
export function actionTransition(
  from: ActionStatus,
  to: ActionStatus,
  actor: ActionActor,
): ActionStatus {
  const actors = ACTION_TRANSITIONS[from]?.[to];
  const details = { from, to, actor };
  if (actors === undefined) {
    throw new DomainError('INVALID_TRANSITION', invalidMessage(from, to), details);
  }
  if (!actors.includes(actor)) {
    throw new DomainError('FORBIDDEN', forbiddenMessage(to), details);
  }
  return to;
}

/** The statuses `actor` may move an action to from `from`: the choices to offer. */
export function allowedActionStatuses(from: ActionStatus, actor: ActionActor): ActionStatus[] {
  const next = ACTION_TRANSITIONS[from] ?? {};
  return (Object.keys(next) as ActionStatus[]).filter((to) => next[to]?.includes(actor));
}

/** Whether an action still needs doing: OPEN or IN_PROGRESS. */
export function isActionOutstanding(status: ActionStatus): boolean {
  return status === 'OPEN' || status === 'IN_PROGRESS';
}

/** An action as far as following it up needs it. `dueOn` is a London date, or null. */
export interface ActionForFollowUp {
  readonly id: string;
  /** When the meeting that agreed the action started. */
  readonly raisedAtMeetingStartsAt: Date;
  readonly status: ActionStatus;
  readonly dueOn: string | null;
}

/**
 * The actions carried forward to the meeting starting at `meetingStartsAt` (rule 2): raised at
 * a meeting that started earlier, and still OPEN or IN_PROGRESS. Actions raised at this meeting
 * or later ones are left out. Uses each action's status now, so a past meeting shows what is
 * still outstanding today. Sorted by due date (none last), then by when raised, then by id.
 */
export function actionsCarriedForward<T extends ActionForFollowUp>(
  actions: readonly T[],
  meetingStartsAt: Date,
): T[] {
  const before = meetingStartsAt.getTime();
  return actions
    .filter(
      (action) =>
        action.raisedAtMeetingStartsAt.getTime() < before && isActionOutstanding(action.status),
    )
    .sort(
      (a, b) =>
        compareDue(a.dueOn, b.dueOn) ||
        a.raisedAtMeetingStartsAt.getTime() - b.raisedAtMeetingStartsAt.getTime() ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
}

function compareDue(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * Whether the action is overdue on `today` (a London date, `YYYY-MM-DD`; rule 3): still OPEN or
 * IN_PROGRESS, with a due date before today.
 */
export function isOverdue(
  action: { readonly status: ActionStatus; readonly dueOn: string | null },
  today: string,
): boolean {
  return isActionOutstanding(action.status) && action.dueOn !== null && action.dueOn < today;
}
