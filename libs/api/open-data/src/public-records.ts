import type { OpenDataMeta } from './open-data-licence';

/**
 * Terms of reference, minutes and decisions: exactly what the public is given by the GraphQL API
 * (the queries below are run as the public), reshaped into files. Names are snake_case, as in
 * the Popolo file.
 */

/** Every body's published terms of reference, newest first, and the version in force today. */
export const TERMS_OF_REFERENCE_QUERY = /* GraphQL */ `
  {
    bodies {
      slug
      name
      termsOfReference {
        number
      }
      termsOfReferenceHistory {
        number
        status
        effectiveFrom
        publishedAt
        meetingFrequency
        composition
        quorum {
          kind
          count
          numerator
          denominator
          description
        }
        content
      }
    }
  }
`;

/** Every meeting of every body, with the minutes and decisions the public may see. */
export const MINUTES_AND_DECISIONS_QUERY = /* GraphQL */ `
  {
    bodies {
      slug
      meetings {
        id
        title
        date
        bodies {
          slug
        }
        minutes {
          status
          isPublicVersion
          content
          approvedAt
          publishedAt
          approvedAtMeeting {
            id
            title
            date
          }
          entries {
            notes
            agendaItem {
              position
              title
            }
          }
        }
        decisions {
          id
          text
          createdAt
          agendaItem {
            position
            title
          }
        }
      }
    }
  }
`;

interface Quorum {
  kind: string;
  count: number | null;
  numerator: number | null;
  denominator: number | null;
  description: string;
}

export interface TermsOfReferenceAnswer {
  bodies: {
    slug: string;
    name: string;
    termsOfReference: { number: number } | null;
    termsOfReferenceHistory: {
      number: number;
      status: string;
      effectiveFrom: string | null;
      publishedAt: string | null;
      meetingFrequency: string;
      composition: string;
      quorum: Quorum | null;
      content: string;
    }[];
  }[];
}

interface AgendaItemRef {
  position: number;
  title: string;
}

interface MeetingRef {
  id: string;
  title: string;
  date: string;
}

export interface MinutesAndDecisionsAnswer {
  bodies: {
    slug: string;
    meetings: (MeetingRef & {
      bodies: { slug: string }[];
      minutes: {
        status: string;
        isPublicVersion: boolean;
        content: string;
        approvedAt: string | null;
        publishedAt: string | null;
        approvedAtMeeting: MeetingRef | null;
        entries: { notes: string; agendaItem: AgendaItemRef | null }[];
      } | null;
      decisions: {
        id: string;
        text: string;
        createdAt: string;
        agendaItem: AgendaItemRef | null;
      }[];
    })[];
  }[];
}

type Meeting = MinutesAndDecisionsAnswer['bodies'][number]['meetings'][number];

const agendaItemOf = (item: AgendaItemRef | null) =>
  item === null ? null : { position: item.position, title: item.title };

const meetingOf = (meeting: Meeting) => ({
  id: meeting.id,
  title: meeting.title,
  date: meeting.date,
  bodies: meeting.bodies.map((body) => body.slug),
});

/** Each meeting once (a joint meeting is a meeting of each of its bodies), newest first. */
function meetingsOf(answer: MinutesAndDecisionsAnswer): Meeting[] {
  const byId = new Map<string, Meeting>();
  for (const body of answer.bodies) for (const m of body.meetings) byId.set(m.id, m);
  return [...byId.values()].sort(
    (a, b) =>
      b.date.localeCompare(a.date) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id),
  );
}

export function termsOfReferenceFile(meta: OpenDataMeta, answer: TermsOfReferenceAnswer) {
  return {
    meta,
    bodies: answer.bodies.map((body) => ({
      slug: body.slug,
      name: body.name,
      version_in_force: body.termsOfReference?.number ?? null,
      versions: body.termsOfReferenceHistory.map((version) => ({
        number: version.number,
        status: version.status,
        effective_from: version.effectiveFrom,
        published_at: version.publishedAt,
        meeting_frequency: version.meetingFrequency,
        composition: version.composition,
        quorum: version.quorum,
        content_markdown: version.content,
      })),
    })),
  };
}

export function minutesFile(meta: OpenDataMeta, answer: MinutesAndDecisionsAnswer) {
  return {
    meta,
    minutes: meetingsOf(answer).flatMap((meeting) =>
      meeting.minutes === null
        ? []
        : [
            {
              meeting: meetingOf(meeting),
              status: meeting.minutes.status,
              public_version: meeting.minutes.isPublicVersion,
              approved_at: meeting.minutes.approvedAt,
              approved_at_meeting: meeting.minutes.approvedAtMeeting,
              published_at: meeting.minutes.publishedAt,
              opening_markdown: meeting.minutes.content,
              items: meeting.minutes.entries.map((entry) => ({
                agenda_item: agendaItemOf(entry.agendaItem),
                notes_markdown: entry.notes,
              })),
            },
          ],
    ),
  };
}

export function decisionsFile(meta: OpenDataMeta, answer: MinutesAndDecisionsAnswer) {
  return {
    meta,
    decisions: meetingsOf(answer).flatMap((meeting) =>
      meeting.decisions.map((decision) => ({
        id: decision.id,
        text: decision.text,
        recorded_at: decision.createdAt,
        meeting: meetingOf(meeting),
        agenda_item: agendaItemOf(decision.agendaItem),
      })),
    ),
  };
}
