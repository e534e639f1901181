import ICAL from 'ical.js';

/** An event as an independent parser (ical.js) reads it, its times as UTC instants. */
export interface ReadEvent {
  uid: string;
  sequence: number;
  start: string;
  end: string;
  startZone: string | null;
  stamp: string;
  status: string | null;
  summary: string;
  description: string;
  location: string | null;
  url: string | null;
}

export interface ReadCalendar {
  name: string | null;
  timezones: string[];
  events: ReadEvent[];
}

/** The UTC instant of a time read in its own zone, to the second: `2026-12-08T10:00:00Z`. */
const instant = (time: ICAL.Time) =>
  time
    .toJSDate()
    .toISOString()
    .replace(/\.000Z$/, 'Z');

/**
 * Reads an iCalendar with ical.js (not the library that wrote it): the calendar's own
 * VTIMEZONEs are registered first, so each event's local time is turned into UTC by the zone's
 * rules as the feed states them. Throws on anything ical.js cannot parse.
 */
export function readCalendar(text: string): ReadCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const timezones = calendar.getAllSubcomponents('vtimezone').map((zone) => {
    const timezone = new ICAL.Timezone(zone);
    ICAL.TimezoneService.register(timezone, timezone.tzid);
    return timezone.tzid;
  });
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const text = (name: string) => {
      const value = component.getFirstPropertyValue(name);
      return value === null || value === undefined ? null : String(value);
    };
    const stamp = component.getFirstPropertyValue('dtstamp') as ICAL.Time;
    return {
      uid: event.uid,
      sequence: event.sequence,
      start: instant(event.startDate),
      end: instant(event.endDate),
      startZone: component.getFirstProperty('dtstart')?.getParameter('tzid') as string | null,
      stamp: stamp.toString(),
      status: text('status'),
      summary: event.summary,
      description: event.description,
      location: event.location || null,
      url: text('url'),
    };
  });
  return {
    name: (calendar.getFirstPropertyValue('x-wr-calname') as string | null) ?? null,
    timezones,
    events,
  };
}
