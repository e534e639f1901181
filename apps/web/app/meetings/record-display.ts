import {
  ACTION_STATUS_LABELS,
  MINUTES_STATUS_LABELS,
  type ActionStatus,
  type AttendanceStatus,
  type MinutesStatus,
} from '@boards/shared/contracts';
import type { TagColour } from '@boards/web/ui-govuk';

/** A quorum as the API gives it for a meeting. */
export interface QuorumFacts {
  readonly required?: number | null;
  readonly votingMembers: number;
  readonly present: number;
  readonly met?: boolean | null;
  readonly shortBy?: number | null;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * The quorum in plain words: "Quorum: 4 of 9 voting members must be present. 5 are present: the
 * meeting is quorate." or "… 2 are present: short by 2." With no quorum set, says so. Before the
 * meeting starts (`started` false), only what is needed: nobody can be present yet.
 */
export function quorumInWords(quorum: QuorumFacts, started = true): string {
  if (quorum.required === null || quorum.required === undefined) {
    const none = 'The terms of reference in force on the day set no quorum.';
    return started ? `${none} ${presentInWords(quorum.present)}.` : none;
  }
  const rule = `Quorum: ${quorum.required} of ${count(quorum.votingMembers, 'voting member', 'voting members')} must be present.`;
  if (!started) return rule;
  const outcome = quorum.met ? 'the meeting is quorate' : `short by ${quorum.shortBy ?? 0}`;
  return `${rule} ${presentInWords(quorum.present)}: ${outcome}.`;
}

function presentInWords(present: number): string {
  if (present === 0) return 'No voting members are recorded as present';
  return present === 1 ? '1 is present' : `${present} are present`;
}

/**
 * The tag for whether a meeting is quorate; null when there is no quorum to meet, or before the
 * meeting starts.
 */
export function quorumTag(
  quorum: QuorumFacts,
  started = true,
): { readonly text: string; readonly colour: TagColour } | null {
  if (!started || quorum.required === null || quorum.required === undefined) return null;
  return quorum.met
    ? { text: 'Quorate', colour: 'green' }
    : { text: 'Not quorate', colour: 'orange' };
}

/** Text that follows a colon, as GOV.UK writes it: "At least 4" after a colon is "at least 4". */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** How the register names each status. */
export const ATTENDANCE_WORDS: Readonly<Record<AttendanceStatus, string>> = {
  PRESENT: 'Present',
  APOLOGIES: 'Sent apologies',
  ABSENT: 'Absent',
  OBSERVER: 'Observer',
};

export const MINUTES_STATUS_TAGS: Readonly<
  Record<MinutesStatus, { readonly text: string; readonly colour: TagColour }>
> = {
  DRAFT: { text: MINUTES_STATUS_LABELS.DRAFT, colour: 'grey' },
  CIRCULATED: { text: MINUTES_STATUS_LABELS.CIRCULATED, colour: 'yellow' },
  APPROVED: { text: MINUTES_STATUS_LABELS.APPROVED, colour: 'teal' },
  PUBLISHED: { text: MINUTES_STATUS_LABELS.PUBLISHED, colour: 'green' },
};

export const ACTION_STATUS_TAGS: Readonly<
  Record<ActionStatus, { readonly text: string; readonly colour?: TagColour }>
> = {
  OPEN: { text: ACTION_STATUS_LABELS.OPEN },
  IN_PROGRESS: { text: ACTION_STATUS_LABELS.IN_PROGRESS, colour: 'yellow' },
  DONE: { text: ACTION_STATUS_LABELS.DONE, colour: 'green' },
  DROPPED: { text: ACTION_STATUS_LABELS.DROPPED, colour: 'grey' },
};

/** The choice offered for moving an action to each status. */
export const ACTION_STATUS_CHOICES: Readonly<Record<ActionStatus, string>> = {
  OPEN: 'Reopen it',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  DROPPED: 'Drop it: no longer needed',
};

/** A person as the API lets the one asking see them: their name, or a stand-in. */
export function personName(
  person: { readonly displayName?: string | null } | null | undefined,
): string {
  return person?.displayName ?? 'Someone not named';
}

/** An agenda item as "2. Title", or the meeting as a whole when there is none. */
export function itemLabel(
  item: { readonly position: number; readonly title: string } | null | undefined,
): string {
  return item ? `${item.position}. ${item.title}` : 'The meeting as a whole';
}

/**
 * Parts of a meeting's record (decisions, actions, comments) grouped under the agenda: the
 * meeting as a whole first, then each item in order; groups with nothing in them left out.
 */
export function groupByItem<T extends { readonly agendaItem?: { readonly id: string } | null }>(
  parts: readonly T[],
  agenda: readonly { readonly id: string; readonly position: number; readonly title: string }[],
): { readonly key: string; readonly label: string; readonly parts: T[] }[] {
  const whole = parts.filter((part) => !part.agendaItem);
  const groups = [{ key: 'meeting', label: itemLabel(null), parts: whole }];
  for (const item of agenda) {
    groups.push({
      key: item.id,
      label: itemLabel(item),
      parts: parts.filter((part) => part.agendaItem?.id === item.id),
    });
  }
  return groups.filter((group) => group.parts.length > 0);
}

/** Names on the register, by how they took part, in the order of the statuses. */
export function registerByStatus(
  lines: readonly {
    readonly status: AttendanceStatus;
    readonly person: { readonly displayName?: string | null };
  }[],
): { readonly status: AttendanceStatus; readonly names: string[] }[] {
  const order: AttendanceStatus[] = ['PRESENT', 'APOLOGIES', 'ABSENT', 'OBSERVER'];
  return order
    .map((status) => ({
      status,
      names: lines.filter((line) => line.status === status).map((line) => personName(line.person)),
    }))
    .filter((group) => group.names.length > 0);
}

/** Names as a sentence: "A", "A and B", "A, B and C". */
export function namesInWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
