import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalCalendar,
  type ICalEvent,
} from 'ical-generator';
import { DateTime } from 'luxon';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import type { MeetingStatus } from '@boards/shared/contracts';

/** Meetings are held, stored and shown in this zone; every feed carries its VTIMEZONE. */
export const CALENDAR_ZONE = 'Europe/London';

/** A meeting as a calendar shows it to one reader: the online link only if they may see it. */
export interface CalendarMeeting {
  id: string;
  title: string;
  summary: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  status: MeetingStatus;
  statusReason: string | null;
  /** Moves on with every change of the meeting: the event's SEQUENCE. */
  version: number;
  updatedAt: Date;
  /** Null for a reader who may not see it (the public). */
  onlineLink: string | null;
}

export interface CalendarOptions {
  /** The calendar's name, as calendar apps show it. */
  name: string;
  description: string;
  /** The web app's origin: events link to the meeting's page there, and UIDs use its host. */
  webOrigin: string;
}

/** How a meeting's status reads in a calendar: its STATUS, and a word before its title. */
const STATUS_IN_CALENDAR: Record<
  MeetingStatus,
  { status: ICalEventStatus; prefix: string; reason: string }
> = {
  SCHEDULED: { status: ICalEventStatus.CONFIRMED, prefix: '', reason: '' },
  HELD: { status: ICalEventStatus.CONFIRMED, prefix: '', reason: '' },
  POSTPONED: {
    status: ICalEventStatus.TENTATIVE,
    prefix: 'Postponed: ',
    reason: 'Postponed: a new date will be set',
  },
  CANCELLED: { status: ICalEventStatus.CANCELLED, prefix: 'Cancelled: ', reason: 'Cancelled' },
};

/** The meeting's page on the web app. */
export function meetingPageUrl(webOrigin: string, meetingId: string): string {
  return new URL(`/meetings/${encodeURIComponent(meetingId)}`, webOrigin).toString();
}

/** The same for every feed and every download of the meeting, whatever changes: `meeting-{id}@{host}`. */
export function meetingUid(webOrigin: string, meetingId: string): string {
  return `meeting-${meetingId}@${new URL(webOrigin).hostname}`;
}

/** What an event of the meeting says, in the order calendar apps show it. */
export function meetingEventText(
  meeting: CalendarMeeting,
  webOrigin: string,
): { summary: string; description: string; location: string | null } {
  const shown = STATUS_IN_CALENDAR[meeting.status];
  const status = shown.reason
    ? meeting.statusReason
      ? `${shown.prefix}${meeting.statusReason}`
      : shown.reason
    : null;
  const description = [
    status,
    meeting.summary.trim() || null,
    meeting.onlineLink ? `Join online: ${meeting.onlineLink}` : null,
    `Agenda, papers and details: ${meetingPageUrl(webOrigin, meeting.id)}`,
  ].filter((line): line is string => line !== null);
  return {
    summary: `${shown.prefix}${meeting.title}`,
    description: description.join('\n\n'),
    location: meeting.location ?? meeting.onlineLink,
  };
}

/** The event's SEQUENCE: 0 for a meeting never changed, one more for every change. */
export function meetingSequence(version: number): number {
  return Math.max(0, version - 1);
}

const utc = (instant: Date) => DateTime.fromJSDate(instant, { zone: 'utc' });
const london = (instant: Date) => DateTime.fromJSDate(instant).setZone(CALENDAR_ZONE);

/**
 * Whether London's clock shows this time twice (the hour before 2am on the last Sunday of
 * October): readers do not agree which one a local time with a TZID means there, so such a time
 * is written in UTC instead.
 */
export function isAmbiguousInLondon(instant: Date): boolean {
  return london(instant).getPossibleOffsets().length > 1;
}

/**
 * An iCalendar (RFC 5545) of meetings: a VTIMEZONE for Europe/London, each meeting's start and
 * end in London time with its TZID (in UTC in the hour October's clock change repeats), DTSTAMP and LAST-MODIFIED in UTC (when the meeting last
 * changed, so that an unchanged feed is the same to the byte), a stable UID, SEQUENCE from the
 * meeting's version, STATUS (a cancelled meeting stays, CANCELLED) and the meeting page's URL.
 */
export function meetingCalendar(
  meetings: readonly CalendarMeeting[],
  options: CalendarOptions,
): string {
  const calendar = ical({
    name: options.name,
    description: options.description,
    prodId: { company: 'Boards portal', product: 'Meetings', language: 'EN' },
    // Calendar apps that honour it fetch the feed again within an hour.
    ttl: 60 * 60,
    // The zone's definition for the events' TZIDs; the calendar itself has no zone, so that
    // DTSTAMP is written in UTC.
    timezone: { name: null, generator: (zone) => tzlib_get_ical_block(zone)[0] },
  });
  calendar.x('X-WR-TIMEZONE', CALENDAR_ZONE);
  for (const meeting of meetings) addMeetingEvent(calendar, meeting, options.webOrigin);
  return calendar.toString();
}

/** Adds the meeting's event, as every calendar of this portal writes it. */
function addMeetingEvent(
  calendar: ICalCalendar,
  meeting: CalendarMeeting,
  webOrigin: string,
): ICalEvent {
  const text = meetingEventText(meeting, webOrigin);
  const inUtc = isAmbiguousInLondon(meeting.startsAt) || isAmbiguousInLondon(meeting.endsAt);
  return calendar.createEvent({
    id: meetingUid(webOrigin, meeting.id),
    sequence: meetingSequence(meeting.version),
    stamp: utc(meeting.updatedAt),
    lastModified: utc(meeting.updatedAt),
    start: inUtc ? utc(meeting.startsAt) : london(meeting.startsAt),
    end: inUtc ? utc(meeting.endsAt) : london(meeting.endsAt),
    timezone: inUtc ? null : CALENDAR_ZONE,
    summary: text.summary,
    description: text.description,
    location: text.location,
    url: meetingPageUrl(webOrigin, meeting.id),
    status: STATUS_IN_CALENDAR[meeting.status].status,
  });
}

/** Who sends an invitation and who gets it. */
export interface InvitationParties {
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
}

/**
 * One meeting as an iTIP message (RFC 5546) for an email: METHOD:REQUEST adds or updates the
 * meeting in the attendee's calendar (the same UID as the feeds, a higher SEQUENCE for every
 * change), METHOD:CANCEL removes it. No reply is asked for: apologies are given on the portal.
 */
export function meetingInvitation(
  meeting: CalendarMeeting,
  method: 'REQUEST' | 'CANCEL',
  parties: InvitationParties,
  webOrigin: string,
): string {
  const calendar = ical({
    prodId: { company: 'Boards portal', product: 'Meetings', language: 'EN' },
    method: method === 'REQUEST' ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.CANCEL,
    timezone: { name: null, generator: (zone) => tzlib_get_ical_block(zone)[0] },
  });
  const event = addMeetingEvent(
    calendar,
    method === 'CANCEL' ? { ...meeting, status: 'CANCELLED' } : meeting,
    webOrigin,
  );
  event.organizer(parties.organizer);
  event.createAttendee({
    ...parties.attendee,
    rsvp: false,
    role: ICalAttendeeRole.REQ,
    status: ICalAttendeeStatus.NEEDSACTION,
  });
  return calendar.toString();
}

/** The first London day a feed covers: a year before today, so past meetings stay a while. */
export function feedStartDay(now: Date): string {
  return DateTime.fromJSDate(now).setZone(CALENDAR_ZONE).minus({ years: 1 }).toISODate() as string;
}
