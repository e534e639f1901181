import { membershipHeldOnSql } from '../sql/meeting-membership.sql';
import type { EntityManager } from 'typeorm';
import { addDays, formatLongDate, londonDate, londonToUtc } from '@boards/domain';
import type { AttendanceStatus, MinutesStatus } from '@boards/shared/contracts';
import {
  AgendaItemEntity,
  AttendanceEntity,
  DecisionEntity,
  MeetingActionEntity,
  MeetingBodyEntity,
  MeetingEntity,
  MinutesEntity,
  MinutesEntryEntity,
} from '../entities';
import { DEMO_SUPPORT } from './demo-bodies';

const EBE = 'experts-by-experience-board';
const EVIDENCE = 'evidence-group';
const DESIGN = 'design-group';

/** How the review supports people before and after meetings (from the review's own words). */
interface DemoItem {
  title: string;
  minutes: number;
  /** Someone on the portal by email, the secretariat, or a guest from outside by name. */
  presenter?: { email: string } | 'SECRETARIAT' | { guest: string };
  isPublic?: boolean;
  notes?: string;
  decision?: string;
  action?: { description: string; ownerEmail: string; dueInDays: number; done?: boolean };
}

function demoPresenter(
  presenter: DemoItem['presenter'],
  personId: (email: string) => string,
): Pick<AgendaItemEntity, 'presenterKind' | 'presenterPersonId' | 'presenterName'> {
  if (presenter === undefined) {
    return { presenterKind: null, presenterPersonId: null, presenterName: null };
  }
  if (presenter === 'SECRETARIAT') {
    return { presenterKind: 'SECRETARIAT', presenterPersonId: null, presenterName: null };
  }
  if ('guest' in presenter) {
    return { presenterKind: 'GUEST', presenterPersonId: null, presenterName: presenter.guest };
  }
  return {
    presenterKind: 'PERSON',
    presenterPersonId: personId(presenter.email),
    presenterName: null,
  };
}

interface DemoMeeting {
  bodies: string[];
  title: string;
  summary: string;
  /** Days from the seed's day; moved forward to the body's usual weekday. */
  inDays: number;
  weekday: number;
  status?: 'POSTPONED' | 'CANCELLED';
  statusReason?: string;
  online?: boolean;
  items: DemoItem[];
  /** For meetings already held. */
  minutes?: MinutesStatus;
  /** The title of the later meeting that approved the minutes. */
  approvedAt?: string;
  apologies?: string[];
}

/**
 * The demo meetings, relative to the day the demo data is loaded so that there are always past
 * meetings with minutes at every stage (published, approved, circulated, draft) and upcoming
 * ones, one of them joint, one postponed and one cancelled.
 */
export const DEMO_MEETINGS: DemoMeeting[] = [
  {
    bodies: [EBE],
    title: 'Shaping the engagement plan',
    summary: 'How the review hears from children, young people, adults and families.',
    inDays: -84,
    weekday: 2,
    minutes: 'PUBLISHED',
    approvedAt: 'Safe, secure and loved: the case for change',
    items: [
      {
        title: 'Welcome and check-in',
        minutes: 15,
        presenter: { email: 'chair@example.org' },
        notes: 'Members introduced themselves and agreed the ground rules for the year.',
      },
      {
        title: 'The review’s engagement plan',
        minutes: 60,
        presenter: 'SECRETARIAT',
        notes:
          'Members said sessions led by organisations people already trust should sit alongside review-led events.',
        decision:
          'The board advises that the engagement plan includes sessions run by trusted local organisations.',
        action: {
          description: 'Share the revised engagement plan with members before it is published',
          ownerEmail: 'secretariat@example.org',
          dueInDays: -70,
          done: true,
        },
      },
      {
        title: 'A member’s personal circumstances',
        minutes: 20,
        isPublic: false,
        notes: 'The board discussed support for a member. This item is not published.',
      },
    ],
    apologies: ['tom.hargreaves@example.org'],
  },
  {
    bodies: [EBE],
    title: 'Safe, secure and loved: the case for change',
    summary: 'The board’s advice on the case for change.',
    inDays: -56,
    weekday: 2,
    minutes: 'APPROVED',
    approvedAt: 'Hearing from young people this summer',
    items: [
      {
        title: 'Minutes of the last meeting',
        minutes: 10,
        presenter: { email: 'chair@example.org' },
      },
      {
        title: 'The case for change',
        minutes: 75,
        presenter: 'SECRETARIAT',
        notes: 'Members shared what the case for change gets right and what it misses.',
        decision: 'The board asks for an accessible summary of the case for change.',
        action: {
          description: 'Commission an accessible summary of the case for change',
          ownerEmail: 'chair@example.org',
          dueInDays: -14,
        },
      },
    ],
  },
  {
    bodies: [EBE],
    title: 'Hearing from young people this summer',
    summary: 'Plans for summer engagement with young people.',
    inDays: -28,
    weekday: 2,
    minutes: 'CIRCULATED',
    items: [
      {
        title: 'Minutes of the last meeting',
        minutes: 10,
        presenter: { email: 'chair@example.org' },
      },
      {
        title: 'Summer engagement events',
        minutes: 60,
        presenter: { email: 'sam.adeyemi@example.org' },
        notes:
          'Members proposed events in the evenings and at weekends so that more people can come.',
        action: {
          description: 'Draft a timetable of evening and weekend events',
          ownerEmail: 'member@example.org',
          dueInDays: 21,
        },
      },
    ],
  },
  {
    bodies: [EBE],
    title: 'What good support looks like',
    summary: 'Members’ advice on support for children and families.',
    inDays: 14,
    weekday: 2,
    online: true,
    items: [
      { title: 'Welcome and check-in', minutes: 15, presenter: { email: 'chair@example.org' } },
      {
        title: 'Minutes of the last meeting',
        minutes: 10,
        presenter: { email: 'chair@example.org' },
      },
      {
        title: 'What good support looks like',
        minutes: 75,
        presenter: { email: 'member@example.org' },
      },
      { title: 'Support for members', minutes: 15, isPublic: false },
    ],
  },
  {
    bodies: [EVIDENCE],
    title: 'Evidence on kinship care',
    summary: 'What the research says about kinship care.',
    inDays: -42,
    weekday: 3,
    minutes: 'DRAFT',
    items: [
      {
        title: 'Declarations of interest',
        minutes: 5,
        presenter: { email: 'evidence@example.org' },
      },
      {
        title: 'Rapid review of kinship care',
        minutes: 60,
        presenter: { email: 'owen.lloyd@example.org' },
        notes:
          'The group discussed the strength of the evidence on outcomes for children in kinship care.',
      },
    ],
  },
  {
    bodies: [EVIDENCE],
    title: 'Outcomes for children in care',
    summary: 'The evidence on outcomes, and the gaps in it.',
    inDays: 21,
    weekday: 3,
    items: [
      {
        title: 'Declarations of interest',
        minutes: 5,
        presenter: { email: 'evidence@example.org' },
      },
      {
        title: 'Outcomes for children in care',
        minutes: 60,
        presenter: { email: 'owen.lloyd@example.org' },
      },
      {
        title: 'What the national data can and cannot tell us',
        minutes: 30,
        presenter: { guest: 'Dr Ana Silva, Centre for Child Welfare Statistics' },
      },
      { title: 'Unpublished research shared in confidence', minutes: 30, isPublic: false },
    ],
  },
  {
    bodies: [DESIGN],
    title: 'Designing the recommendations',
    summary: 'How the review turns advice into recommendations that can be carried out.',
    inDays: -77,
    weekday: 4,
    minutes: 'PUBLISHED',
    approvedAt: 'Local government and the family help offer',
    items: [
      {
        title: 'The recommendations so far',
        minutes: 60,
        presenter: { email: 'grace.whitfield@example.org' },
        notes:
          'Members tested the draft recommendations against what local services could deliver.',
        decision: 'The group advises that every recommendation comes with a plan and costs.',
      },
    ],
  },
  {
    bodies: [DESIGN],
    title: 'Local government and the family help offer',
    summary: 'What a family help offer could look like in every area.',
    inDays: -35,
    weekday: 4,
    minutes: 'CIRCULATED',
    items: [
      {
        title: 'Minutes of the last meeting',
        minutes: 10,
        presenter: { email: 'grace.whitfield@example.org' },
      },
      {
        title: 'Family help',
        minutes: 60,
        presenter: { email: 'aisha.karim@example.org' },
        notes: 'Members described how family help works in their areas today.',
        action: {
          description: 'Collect examples of family help from three local authorities',
          ownerEmail: 'aisha.karim@example.org',
          dueInDays: -7,
        },
      },
    ],
  },
  {
    bodies: [DESIGN],
    title: 'Policing and the courts',
    summary: 'How the police and the family courts work with children’s social care.',
    inDays: -14,
    weekday: 4,
    status: 'CANCELLED',
    statusReason: 'Too few members could attend; the item moves to the next meeting.',
    items: [{ title: 'Policing and the courts', minutes: 60 }],
  },
  {
    bodies: [DESIGN],
    title: 'Policing and the courts (rescheduled)',
    summary: 'How the police and the family courts work with children’s social care.',
    inDays: 28,
    weekday: 4,
    status: 'POSTPONED',
    statusReason: 'Postponed while the secretariat finds a date most members can make.',
    items: [{ title: 'Policing and the courts', minutes: 60 }],
  },
  {
    bodies: [EBE, EVIDENCE],
    title: 'Joint session: lived experience and the evidence',
    summary: 'Board members and researchers look at the evidence together.',
    inDays: 35,
    weekday: 2,
    items: [
      { title: 'Welcome', minutes: 10, presenter: { email: 'chair@example.org' } },
      {
        title: 'What the evidence misses',
        minutes: 90,
        presenter: { email: 'evidence@example.org' },
      },
    ],
  },
];

/** The first day on or after `iso` that falls on `weekday` (0 Sunday … 6 Saturday). */
function onWeekday(iso: string, weekday: number): string {
  const day = new Date(`${iso}T12:00:00Z`).getUTCDay();
  return addDays(iso, (weekday - day + 7) % 7);
}

/**
 * Loads the demo meetings once (nothing happens if there are meetings already): their agendas,
 * attendance for those held, minutes at each stage, decisions and actions.
 */
export async function seedMeetings(
  manager: EntityManager,
  bodyIds: ReadonlyMap<string, string>,
  today = londonDate(new Date()),
): Promise<number> {
  if ((await manager.count(MeetingEntity)) > 0) return 0;
  const people = new Map<string, string>(
    (await manager.query(`SELECT id, lower(email) AS email FROM person`)).map(
      (row: { id: string; email: string }) => [row.email, row.id],
    ),
  );
  const personId = (email: string) => {
    const id = people.get(email);
    if (!id) throw new Error(`Demo meeting names an unknown person: ${email}`);
    return id;
  };
  const ids = new Map<string, string>();
  for (const demo of DEMO_MEETINGS) {
    const date = onWeekday(addDays(today, demo.inDays), demo.weekday);
    const meeting = await manager.save(
      manager.create(MeetingEntity, {
        title: demo.title,
        summary: demo.summary,
        startsAt: londonToUtc(date, '10:00'),
        endsAt: londonToUtc(date, '12:30'),
        location: demo.online ? null : '20 Great Smith Street, London SW1P 3BT',
        onlineLink: `https://meet.example.org/${demo.bodies[0]}-${date}`,
        support: DEMO_SUPPORT,
        status: demo.status ?? (demo.minutes ? 'HELD' : 'SCHEDULED'),
        statusReason: demo.statusReason ?? null,
      }),
    );
    ids.set(demo.title, meeting.id);
    await manager.insert(
      MeetingBodyEntity,
      demo.bodies.map((slug, index) => {
        const bodyId = bodyIds.get(slug);
        if (!bodyId) throw new Error(`Demo meeting names an unknown body: ${slug}`);
        return { meetingId: meeting.id, bodyId, position: index + 1 };
      }),
    );
    const items = await manager.save(
      demo.items.map((item, index) =>
        manager.create(AgendaItemEntity, {
          meetingId: meeting.id,
          position: index + 1,
          title: item.title,
          description: '',
          ...demoPresenter(item.presenter, personId),
          durationMinutes: item.minutes,
          isPublic: item.isPublic ?? true,
        }),
      ),
    );
    if (!demo.minutes) continue;

    // Everyone who sat on the bodies that day was there, but for those who sent apologies.
    const members: { person_id: string; email: string }[] = await manager.query(
      `SELECT DISTINCT ms.person_id, lower(p.email) AS email FROM membership ms
         JOIN person p ON p.id = ms.person_id
        WHERE ms.body_id = ANY($1::uuid[]) AND ${membershipHeldOnSql('ms', '$2::date')}`,
      [demo.bodies.map((slug) => bodyIds.get(slug)), date],
    );
    await manager.insert(
      AttendanceEntity,
      members.map((member) => ({
        meetingId: meeting.id,
        personId: member.person_id,
        status: (demo.apologies?.includes(member.email)
          ? 'APOLOGIES'
          : 'PRESENT') as AttendanceStatus,
      })),
    );
    await manager.insert(MinutesEntity, {
      meetingId: meeting.id,
      status: 'DRAFT',
      content: `Minutes of the meeting held on ${formatLongDate(date)}. ${demo.summary}`,
    });
    for (const [index, item] of demo.items.entries()) {
      const agendaItemId = items[index]?.id;
      if (!agendaItemId) throw new Error(`Demo agenda item ${item.title} was not saved`);
      if (item.notes) {
        await manager.insert(MinutesEntryEntity, {
          agendaItemId,
          meetingId: meeting.id,
          notes: item.notes,
        });
      }
      if (item.decision) {
        await manager.insert(DecisionEntity, {
          meetingId: meeting.id,
          agendaItemId,
          text: item.decision,
        });
      }
      if (item.action) {
        await manager.insert(MeetingActionEntity, {
          meetingId: meeting.id,
          agendaItemId,
          description: item.action.description,
          ownerId: personId(item.action.ownerEmail),
          dueOn: addDays(today, item.action.dueInDays),
          status: item.action.done ? 'DONE' : 'OPEN',
        });
      }
    }
  }
  // The minutes move on once every meeting exists: approval names a later meeting.
  for (const demo of DEMO_MEETINGS) {
    if (!demo.minutes || demo.minutes === 'DRAFT') continue;
    const meetingId = ids.get(demo.title);
    const held = await manager.findOneByOrFail(MeetingEntity, { id: meetingId });
    const approvedAtMeetingId = demo.approvedAt ? ids.get(demo.approvedAt) : undefined;
    const approving = approvedAtMeetingId
      ? await manager.findOneByOrFail(MeetingEntity, { id: approvedAtMeetingId })
      : null;
    const approved = demo.minutes === 'APPROVED' || demo.minutes === 'PUBLISHED';
    if (approved !== Boolean(approving)) {
      throw new Error(
        `Demo minutes of ${demo.title}: approvedAt must name a meeting when approved`,
      );
    }
    await manager.update(
      MinutesEntity,
      { meetingId },
      {
        status: demo.minutes,
        // Circulated two days after the meeting.
        circulatedAt: new Date(held.endsAt.getTime() + 2 * 86_400_000),
        approvedAt: approving?.endsAt ?? null,
        approvedAtMeetingId: approving?.id ?? null,
        publishedAt: demo.minutes === 'PUBLISHED' ? (approving?.endsAt ?? null) : null,
      },
    );
  }
  // The demo meetings count as announced already: editing one tells members what changed.
  await markMeetingsTold(manager);
  return DEMO_MEETINGS.length;
}

/**
 * Records every meeting as its members were last told of it (`meeting_notice`), for meetings
 * loaded without the notices that scheduling them would have sent.
 */
export async function markMeetingsTold(manager: EntityManager): Promise<void> {
  await manager.query(`
    INSERT INTO meeting_notice (meeting_id, version, told)
    SELECT id, version, jsonb_build_object(
             'title', title,
             'startsAt', to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
             'endsAt', to_char(ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
             'location', location, 'onlineLink', online_link, 'status', status)
      FROM meeting
    ON CONFLICT (meeting_id) DO NOTHING`);
}
