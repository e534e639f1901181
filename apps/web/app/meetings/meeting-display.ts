import { MEETING_STATUS_LABELS, type MeetingStatus } from '@boards/shared/contracts';

/** The GOV.UK tag colour for a meeting's status; null for one going ahead as planned. */
export function statusTag(
  status: MeetingStatus,
): { readonly text: string; readonly colour: 'yellow' | 'red' | 'grey' } | null {
  switch (status) {
    case 'POSTPONED':
      return { text: MEETING_STATUS_LABELS.POSTPONED, colour: 'yellow' };
    case 'CANCELLED':
      return { text: MEETING_STATUS_LABELS.CANCELLED, colour: 'red' };
    case 'HELD':
      return { text: MEETING_STATUS_LABELS.HELD, colour: 'grey' };
    default:
      return null;
  }
}

/** Meetings split into those still to come (soonest first) and those past (latest first). */
export function upcomingAndPast<T extends { readonly startsAt: string }>(
  meetings: readonly T[],
  now: Date,
): { upcoming: T[]; past: T[] } {
  const upcoming = meetings.filter((meeting) => Date.parse(meeting.startsAt) >= now.getTime());
  const past = meetings.filter((meeting) => Date.parse(meeting.startsAt) < now.getTime()).reverse();
  return { upcoming, past };
}

/** "20 minutes", "1 hour", "1 hour 30 minutes". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [
    hours ? `${hours} hour${hours === 1 ? '' : 's'}` : '',
    rest ? `${rest} minute${rest === 1 ? '' : 's'}` : '',
  ];
  return parts.filter(Boolean).join(' ');
}

/** A meeting's bodies in words: "the Evidence Group", "the Experts by Experience Board and the Evidence Group". */
export function bodiesInWords(bodies: readonly { readonly name: string }[]): string {
  const names = bodies.map((body) => `the ${body.name}`);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
