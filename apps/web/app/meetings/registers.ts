import { ACTION_STATUSES, type ActionStatus } from '@boards/shared/contracts';

/** Decisions of a page, meeting by meeting, in the order the API gives them (newest first). */
export function byMeeting<T extends { readonly meeting?: { readonly id: string } | null }>(
  decisions: readonly T[],
): { readonly meetingId: string; readonly decisions: T[] }[] {
  const groups: { meetingId: string; decisions: T[] }[] = [];
  for (const decision of decisions) {
    const meetingId = decision.meeting?.id ?? '';
    const last = groups.at(-1);
    if (last && last.meetingId === meetingId) last.decisions.push(decision);
    else groups.push({ meetingId, decisions: [decision] });
  }
  return groups;
}

/** The actions log's filters, from its address: anything else is ignored, never an error. */
export interface ActionsFilter {
  readonly status: ActionStatus | null;
  /** Only the actions that are the signed-in person's own. */
  readonly mine: boolean;
}

export function readActionsFilter(query: URLSearchParams): ActionsFilter {
  const status = query.get('status') ?? '';
  return {
    status: (ACTION_STATUSES as readonly string[]).includes(status)
      ? (status as ActionStatus)
      : null,
    mine: query.get('whose') === 'mine',
  };
}

/** The filters as the query string values of the log's address (blank ones left out). */
export function actionsFilterValues(filter: ActionsFilter): Record<string, string> {
  return { status: filter.status ?? '', whose: filter.mine ? 'mine' : '' };
}
