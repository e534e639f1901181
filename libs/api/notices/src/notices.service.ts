import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { calendarMeeting, meetingInvitation, meetingPageUrl } from '@boards/api/calendars';
import { Clock } from '@boards/api/graphql';
import { MeetingsService, type MeetingModel } from '@boards/api/meetings';
import {
  addressOf,
  JobQueue,
  NOTIFICATIONS_OPTIONS,
  OutboxService,
  type NotificationsOptions,
  type QueuedJob,
} from '@boards/api/notifications';
import {
  actionReminderDue,
  formatLondonDate,
  formatMeetingTime,
  londonDate,
  mayReadMinutes,
  meetingChange,
  meetingNoticeRecipients,
  meetingReminderDue,
  papersForRecipient,
  wantsNotice,
  type MeetingChange,
  type MeetingSnapshot,
  type NoticeMembership,
} from '@boards/domain';
import type { NoticeTopic, PaperVisibility } from '@boards/shared/contracts';
import { NoticeChoicesService, type StoredNoticeChoices } from './notice-choices.service';
import { renderMail, unsubscribeHeaders, unsubscribeUrl, type MailBlock } from './notice-mail';
import { NOTICES_OPTIONS, type NoticesOptions } from './notices.options';

interface Recipient {
  id: string;
  fullName: string;
  email: string;
}

interface NoticePaper {
  id: string;
  title: string;
  visibility: PaperVisibility;
  namedPersonIds: string[];
  contentNote: string | null;
  withdrawn: boolean;
  isNew: boolean;
}

/** What a meeting's notice needs of it: the meeting, its bodies' names, and who sat on them. */
interface MeetingContext {
  meeting: MeetingModel;
  bodyNames: string;
  memberships: NoticeMembership[];
}

const snapshotOf = (meeting: MeetingModel): MeetingSnapshot => ({
  title: meeting.title,
  startsAt: meeting.startsAt.toISOString(),
  endsAt: meeting.endsAt.toISOString(),
  location: meeting.location,
  onlineLink: meeting.onlineLink,
  status: meeting.status,
});

/** A list of names as English writes it: "A", "A and B", "A, B and C". */
function andList(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The notices: each job of the notice queues becomes emails in the outbox, in one transaction
 * with the job's completion, so a job run twice (after a crash) sends nothing twice. Who is told
 * is decided by the domain's rules (`meetingNoticeRecipients`, `papersForRecipient`,
 * `mayReadMinutes`): only people who sit on one of the meeting's bodies on its day, each told
 * only of papers they may open, each as a member (never as staff). Each person's choices are
 * honoured, and every email carries a one-click unsubscribe from its topic.
 */
@Injectable()
export class NoticesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly meetings: MeetingsService,
    private readonly outbox: OutboxService,
    private readonly jobs: JobQueue,
    private readonly choices: NoticeChoicesService,
    @Inject(NOTICES_OPTIONS) private readonly options: NoticesOptions,
    @Inject(NOTIFICATIONS_OPTIONS) private readonly mail: NotificationsOptions,
    private readonly clock: Clock,
  ) {}

  // ---- Reading what a notice needs ---------------------------------------------------------

  private async meetingContext(
    manager: EntityManager,
    meetingId: string,
  ): Promise<MeetingContext | null> {
    // Holding the meeting's row keeps its notices in order: one job of a meeting at a time.
    const [locked] = await manager.query(`SELECT id FROM meeting WHERE id = $1 FOR NO KEY UPDATE`, [
      meetingId,
    ]);
    if (!locked) return null;
    const [meeting] = await this.meetings.byIds([meetingId]);
    if (!meeting) return null;
    const bodies = (await manager.query(
      `SELECT b.name FROM meeting_body mb JOIN body b ON b.id = mb.body_id
        WHERE mb.meeting_id = $1 ORDER BY mb.position`,
      [meetingId],
    )) as { name: string }[];
    const memberships = (await manager.query(
      `SELECT person_id AS "personId", body_id AS "bodyId",
              starts_on::text AS "startsOn", ends_on::text AS "endsOn"
         FROM membership WHERE body_id = ANY($1::uuid[])`,
      [meeting.bodyIds],
    )) as NoticeMembership[];
    return { meeting, bodyNames: andList(bodies.map((body) => body.name)), memberships };
  }

  /** The people with an email address among those given, in the order given. */
  private async recipients(manager: EntityManager, personIds: readonly string[]) {
    if (personIds.length === 0) return [];
    const rows = (await manager.query(
      `SELECT id, full_name AS "fullName", email FROM person
        WHERE id = ANY($1::uuid[]) AND email IS NOT NULL`,
      [personIds],
    )) as Recipient[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return personIds.flatMap((id) => byId.get(id) ?? []);
  }

  private meetingLine(meeting: MeetingModel): string {
    return formatMeetingTime(meeting.startsAt, meeting.endsAt);
  }

  private meetingFacts(meeting: MeetingModel): MailBlock {
    const rows: [string, string][] = [['When', this.meetingLine(meeting)]];
    if (meeting.location) rows.push(['Where', meeting.location]);
    if (meeting.onlineLink) rows.push(['Join online', meeting.onlineLink]);
    return { kind: 'facts', rows };
  }

  private async send(
    manager: EntityManager,
    kind: string,
    to: Recipient,
    choices: StoredNoticeChoices | undefined,
    topic: NoticeTopic,
    dedupeKey: string,
    subject: string,
    reason: string,
    blocks: MailBlock[],
    attachment?: { method: 'REQUEST' | 'CANCEL'; content: string },
  ): Promise<void> {
    const unsubscribe = choices
      ? unsubscribeUrl(this.options.webOrigin, choices.unsubscribeKey, topic)
      : null;
    const mail = renderMail(subject, to.fullName, blocks, {
      reason,
      topic,
      unsubscribeUrl: unsubscribe,
      choicesUrl: new URL('/account/emails', this.options.webOrigin).toString(),
    });
    await this.outbox.enqueue(manager, {
      kind,
      to: to.email,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      personId: to.id,
      dedupeKey,
      ...(unsubscribe ? { headers: unsubscribeHeaders(unsubscribe) } : {}),
      ...(attachment
        ? {
            attachments: [
              {
                filename: attachment.method === 'CANCEL' ? 'cancelled.ics' : 'invite.ics',
                contentType: `text/calendar; method=${attachment.method}; charset=UTF-8`,
                content: attachment.content,
              },
            ],
          }
        : {}),
    });
  }

  // ---- Meetings scheduled and changed -------------------------------------------------------

  /**
   * Tells the members of a meeting what changed since they were last told, if anything worth an
   * email did (`meetingChange`), with a calendar file: METHOD:REQUEST to add or update it,
   * METHOD:CANCEL when it is cancelled. Someone who sat on its bodies on its old day but not on
   * its new one gets the CANCEL, so it leaves their calendar.
   */
  meetingChanged(job: QueuedJob<'notice-meeting'>): Promise<void> {
    return this.forMeeting(job, (manager, context) => this.tellMeetingChange(manager, context));
  }

  /**
   * Runs a meeting's job: reads what a notice needs of the meeting (holding its row), tells,
   * and completes the job, all in one transaction. A meeting deleted meanwhile tells nobody.
   */
  private forMeeting(
    job: QueuedJob<'notice-meeting' | 'notice-papers' | 'notice-minutes'>,
    tell: (manager: EntityManager, context: MeetingContext) => Promise<void>,
  ): Promise<void> {
    return this.dataSource.transaction(async (manager) => {
      const context = await this.meetingContext(manager, job.data.meetingId);
      if (context) await tell(manager, context);
      await this.jobs.complete(manager, job);
    });
  }

  private async tellMeetingChange(manager: EntityManager, context: MeetingContext) {
    const { meeting, memberships } = context;
    const [notice] = (await manager.query(
      `SELECT version, told FROM meeting_notice WHERE meeting_id = $1`,
      [meeting.id],
    )) as { version: number; told: MeetingSnapshot }[];
    if (notice && notice.version >= meeting.version) return;
    const now = snapshotOf(meeting);
    const change = meetingChange(notice?.told ?? null, now);
    if (change) {
      const toldDay = notice ? londonDate(new Date(notice.told.startsAt)) : meeting.date;
      const current = meetingNoticeRecipients(meeting, memberships);
      const former = meetingNoticeRecipients(
        { bodyIds: meeting.bodyIds, date: toldDay },
        memberships,
      ).filter((id) => !current.includes(id));
      const people = await this.recipients(manager, [...current, ...former]);
      const choices = await this.choices.forPeople(
        manager,
        people.map((person) => person.id),
      );
      for (const person of people) {
        const mine = choices.get(person.id);
        if (mine && !wantsNotice(mine, 'MEETING_CHANGES')) continue;
        const stillMember = current.includes(person.id);
        await this.sendMeetingChange(
          manager,
          context,
          stillMember ? change : 'CANCELLED',
          notice?.told ?? null,
          person,
          mine,
          stillMember,
        );
      }
    }
    await manager.query(
      `INSERT INTO meeting_notice (meeting_id, version, told, told_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (meeting_id) DO UPDATE SET version = $2, told = $3, told_at = now()`,
      [meeting.id, meeting.version, JSON.stringify(now)],
    );
  }

  private async sendMeetingChange(
    manager: EntityManager,
    { meeting, bodyNames }: MeetingContext,
    change: MeetingChange,
    told: MeetingSnapshot | null,
    person: Recipient,
    choices: StoredNoticeChoices | undefined,
    stillMember: boolean,
  ) {
    const day = formatLondonDate(meeting.date);
    const page = meetingPageUrl(this.options.webOrigin, meeting.id);
    const was = told
      ? formatMeetingTime(new Date(told.startsAt), new Date(told.endsAt))
      : this.meetingLine(meeting);
    const words: Record<MeetingChange, { subject: string; lead: string }> = {
      SCHEDULED: {
        subject: `New meeting: ${meeting.title}, ${day}`,
        lead: `A meeting of the ${bodyNames} has been scheduled.`,
      },
      MOVED: {
        subject: `Meeting moved: ${meeting.title} is now on ${day}`,
        lead: `The ${bodyNames} meeting ‘${meeting.title}’ has moved. It was ${was}.`,
      },
      DETAILS_CHANGED: {
        subject: `Meeting changed: ${meeting.title}, ${day}`,
        lead: `The details of the ${bodyNames} meeting ‘${meeting.title}’ have changed.`,
      },
      POSTPONED: {
        subject: `Meeting postponed: ${meeting.title}, ${day}`,
        lead: `The ${bodyNames} meeting ‘${meeting.title}’ on ${day} has been postponed. You will get another email when it has a new date.`,
      },
      CANCELLED: {
        subject: `Meeting cancelled: ${meeting.title}, ${day}`,
        lead: stillMember
          ? `The ${bodyNames} meeting ‘${meeting.title}’ on ${day} has been cancelled.`
          : `The ${bodyNames} meeting ‘${meeting.title}’ has moved to ${day}, when you are not a member, so you no longer need to attend.`,
      },
      RESCHEDULED: {
        subject: `New date: ${meeting.title} is on ${day}`,
        lead: `The postponed ${bodyNames} meeting ‘${meeting.title}’ has a new date.`,
      },
    };
    const reason = meeting.statusReason && (change === 'POSTPONED' || change === 'CANCELLED');
    const blocks: MailBlock[] = [
      { kind: 'paragraph', text: words[change].lead },
      ...(reason ? [{ kind: 'inset' as const, text: meeting.statusReason as string }] : []),
      ...(change === 'CANCELLED' || change === 'POSTPONED' ? [] : [this.meetingFacts(meeting)]),
      { kind: 'link', intro: 'See the agenda, papers and details:', href: page },
      {
        kind: 'paragraph',
        text:
          change === 'CANCELLED'
            ? 'The calendar file attached to this email removes the meeting from your calendar.'
            : 'The calendar file attached to this email adds the meeting to your calendar, or updates it there.',
      },
    ];
    const method = change === 'CANCELLED' ? 'CANCEL' : 'REQUEST';
    const invitation = meetingInvitation(
      calendarMeeting(meeting, stillMember),
      method,
      {
        organizer: { name: this.organizerName(), email: this.organizerEmail() },
        attendee: { name: person.fullName, email: person.email },
      },
      this.options.webOrigin,
    );
    await this.send(
      manager,
      `meeting.${change.toLowerCase()}`,
      person,
      choices,
      'MEETING_CHANGES',
      `meeting:${meeting.id}:${meeting.version}:${person.id}`,
      words[change].subject,
      stillMember
        ? `You get this email because you sit on the ${bodyNames}.`
        : `You get this email because you were told of this meeting as a member of the ${bodyNames}.`,
      blocks,
      { method, content: invitation },
    );
  }

  private organizerEmail(): string {
    return addressOf(this.mail.from);
  }

  private organizerName(): string {
    return this.mail.from.replace(/<[^<>]*>\s*$/, '').trim() || 'Secretariat';
  }

  // ---- Papers ------------------------------------------------------------------------------

  /**
   * One digest of the meeting's papers whose files arrived since members were last told: each
   * member is told only of those they may open (none, no email). Withdrawn papers are left out;
   * papers of a cancelled meeting are marked told without an email.
   */
  papersAdded(job: QueuedJob<'notice-papers'>): Promise<void> {
    return this.forMeeting(job, (manager, context) => this.tellPapers(manager, context, job.id));
  }

  private async tellPapers(manager: EntityManager, context: MeetingContext, jobId: string) {
    const { meeting, memberships, bodyNames } = context;
    const papers = await this.papersWithFiles(manager, meeting.id, 'UNTOLD');
    if (papers.length === 0) return;
    await manager.query(
      `UPDATE paper SET announced_sha256 = file_sha256 WHERE id = ANY($1::uuid[])`,
      [papers.map((paper) => paper.id)],
    );
    if (meeting.status === 'CANCELLED') return;
    const people = await this.recipients(manager, meetingNoticeRecipients(meeting, memberships));
    const choices = await this.choices.forPeople(
      manager,
      people.map((person) => person.id),
    );
    const day = formatLondonDate(meeting.date);
    for (const person of people) {
      const mine = choices.get(person.id);
      if (mine && !wantsNotice(mine, 'PAPERS')) continue;
      const theirs = papersForRecipient(meeting, papers, person.id, memberships).filter(
        (paper) => !paper.withdrawn,
      );
      if (theirs.length === 0) continue;
      const one = theirs.length === 1;
      await this.send(
        manager,
        'papers.added',
        person,
        mine,
        'PAPERS',
        `papers:${jobId}:${person.id}`,
        `${one ? 'A new paper' : `${theirs.length} new papers`} for ${meeting.title}, ${day}`,
        `You get this email because you sit on the ${bodyNames}.`,
        [
          {
            kind: 'paragraph',
            text: `${one ? 'A paper has' : 'Papers have'} been added for the ${bodyNames} meeting ‘${meeting.title}’ on ${day}:`,
          },
          this.paperList(theirs, true),
          {
            kind: 'link',
            intro: 'See all the papers for this meeting:',
            href: meetingPageUrl(this.options.webOrigin, meeting.id),
          },
        ],
      );
    }
  }

  /**
   * The meeting's papers that have a file, with their named readers, in the order their files
   * came; `UNTOLD`: only those whose file members have not been told of, locked until told.
   */
  private async papersWithFiles(
    manager: EntityManager,
    meetingId: string,
    which: 'ALL' | 'UNTOLD',
  ): Promise<NoticePaper[]> {
    const untold = which === 'UNTOLD';
    return (await manager.query(
      `SELECT p.id, p.title, p.visibility, p.content_note AS "contentNote",
              p.withdrawn_at IS NOT NULL AS withdrawn, p.announced_sha256 IS NULL AS "isNew",
              coalesce((SELECT array_agg(r.person_id) FROM paper_reader r WHERE r.paper_id = p.id),
                       '{}') AS "namedPersonIds"
         FROM paper p
        WHERE p.meeting_id = $1 AND p.file_sha256 IS NOT NULL
          ${untold ? 'AND p.file_sha256 IS DISTINCT FROM p.announced_sha256' : ''}
        ORDER BY p.uploaded_at, p.id
        ${untold ? 'FOR UPDATE OF p' : ''}`,
      [meetingId],
    )) as NoticePaper[];
  }

  /** Papers as a list of links, each with its content note; a replaced file said as such. */
  private paperList(papers: readonly NoticePaper[], sayNewVersions: boolean): MailBlock {
    return {
      kind: 'list',
      items: papers.map((paper) => ({
        text: `${paper.title}${sayNewVersions && !paper.isNew ? ' (a new version)' : ''}`,
        href: new URL(`/papers/${encodeURIComponent(paper.id)}`, this.options.webOrigin).toString(),
        ...(paper.contentNote ? { note: `Content note: ${paper.contentNote}` } : {}),
      })),
    };
  }

  // ---- Minutes -----------------------------------------------------------------------------

  /** Tells the members who may read the circulated minutes that they are there to comment on. */
  minutesCirculated(job: QueuedJob<'notice-minutes'>): Promise<void> {
    return this.forMeeting(job, (manager, context) => this.tellMinutes(manager, context));
  }

  private async tellMinutes(manager: EntityManager, context: MeetingContext) {
    const { meeting, memberships, bodyNames } = context;
    const [minutes] = (await manager.query(
      `SELECT status, circulated_at AS "circulatedAt" FROM minutes WHERE meeting_id = $1`,
      [meeting.id],
    )) as { status: 'DRAFT' | 'CIRCULATED' | 'APPROVED' | 'PUBLISHED'; circulatedAt: Date }[];
    // Withdrawn again before the job ran: nothing to tell.
    if (!minutes || minutes.status !== 'CIRCULATED') return;
    const readers = meetingNoticeRecipients(meeting, memberships).filter((id) =>
      mayReadMinutes(meeting, minutes.status, id, memberships),
    );
    const people = await this.recipients(manager, readers);
    const choices = await this.choices.forPeople(
      manager,
      people.map((person) => person.id),
    );
    const day = formatLondonDate(meeting.date);
    for (const person of people) {
      const mine = choices.get(person.id);
      if (mine && !wantsNotice(mine, 'MINUTES')) continue;
      await this.send(
        manager,
        'minutes.circulated',
        person,
        mine,
        'MINUTES',
        `minutes:${meeting.id}:${minutes.circulatedAt.toISOString()}:${person.id}`,
        `Minutes for your comments: ${meeting.title}, ${day}`,
        `You get this email because you sit on the ${bodyNames}.`,
        [
          {
            kind: 'paragraph',
            text: `The draft minutes of the ${bodyNames} meeting ‘${meeting.title}’ on ${day} have been sent round for comments.`,
          },
          {
            kind: 'link',
            intro: 'Read them and comment:',
            href: new URL(
              `/meetings/${encodeURIComponent(meeting.id)}/minutes`,
              this.options.webOrigin,
            ).toString(),
          },
        ],
      );
    }
  }

  // ---- Actions -----------------------------------------------------------------------------

  /** Tells the person an action was given to, if they sit on the meeting's bodies on its day. */
  async actionAssigned(job: QueuedJob<'notice-action'>): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [action] = (await manager.query(
        `SELECT id, meeting_id AS "meetingId", description, owner_id AS "ownerId",
                due_on::text AS "dueOn", status
           FROM meeting_action WHERE id = $1`,
        [job.data.actionId],
      )) as ActionRow[];
      if (action?.ownerId) {
        const context = await this.meetingContext(manager, action.meetingId);
        if (context) await this.tellAction(manager, context, action, 'ASSIGNED');
      }
      await this.jobs.complete(manager, job);
    });
  }

  private async tellAction(
    manager: EntityManager,
    { meeting, memberships, bodyNames }: MeetingContext,
    action: ActionRow,
    why: 'ASSIGNED' | 'DUE',
  ) {
    if (!action.ownerId) return;
    if (!meetingNoticeRecipients(meeting, memberships).includes(action.ownerId)) return;
    const [person] = await this.recipients(manager, [action.ownerId]);
    if (!person) return;
    const mine = (await this.choices.forPeople(manager, [person.id])).get(person.id);
    if (mine && !wantsNotice(mine, 'ACTIONS')) return;
    const due = action.dueOn ? formatLondonDate(action.dueOn) : null;
    const day = formatLondonDate(meeting.date);
    await this.send(
      manager,
      why === 'ASSIGNED' ? 'action.assigned' : 'action.due',
      person,
      mine,
      'ACTIONS',
      why === 'ASSIGNED'
        ? `action:${action.id}:${person.id}`
        : `action-due:${action.id}:${action.dueOn}:${person.id}`,
      why === 'ASSIGNED'
        ? `An action for you from ${meeting.title}`
        : `Action due ${due}: from ${meeting.title}`,
      `You get this email because the action is yours, from a meeting of the ${bodyNames}.`,
      [
        {
          kind: 'paragraph',
          text:
            why === 'ASSIGNED'
              ? `You have been given an action at the ${bodyNames} meeting ‘${meeting.title}’ on ${day}.`
              : `An action of yours from the ${bodyNames} meeting ‘${meeting.title}’ on ${day} is due on ${due}.`,
        },
        { kind: 'inset', text: action.description },
        { kind: 'facts', rows: [['Due', due ?? 'No date set']] },
        {
          kind: 'link',
          intro: 'Mark it in progress or done on your list of actions:',
          href: new URL('/actions?mine=true', this.options.webOrigin).toString(),
        },
      ],
    );
  }

  // ---- Reminders ---------------------------------------------------------------------------

  /**
   * Every few minutes: reminds each member of their meetings that start within the days they
   * chose (2 unless they chose otherwise), and the owners of open actions due within two days.
   * Each reminder is sent once (per meeting time, per due date): the outbox refuses a second.
   */
  async sweep(job: QueuedJob<'notice-sweep'>, now = this.clock.now()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.remindMeetings(manager, now);
      await this.remindActions(manager, now);
      await this.jobs.complete(manager, job);
    });
  }

  private async remindMeetings(manager: EntityManager, now: Date) {
    const ids = (await manager.query(
      `SELECT id FROM meeting WHERE status = 'SCHEDULED'
          AND starts_at > $1 AND starts_at <= $1 + interval '7 days'
        ORDER BY starts_at, id`,
      [now],
    )) as { id: string }[];
    for (const { id } of ids) {
      const context = await this.meetingContext(manager, id);
      if (!context) continue;
      const { meeting, memberships, bodyNames } = context;
      const people = await this.recipients(manager, meetingNoticeRecipients(meeting, memberships));
      const choices = await this.choices.forPeople(
        manager,
        people.map((person) => person.id),
      );
      const papers = await this.papersWithFiles(manager, meeting.id, 'ALL');
      for (const person of people) {
        const mine = choices.get(person.id);
        if (!mine || !wantsNotice(mine, 'REMINDERS')) continue;
        if (!meetingReminderDue(meeting.startsAt, now, mine.reminderDays)) continue;
        const theirs = papersForRecipient(meeting, papers, person.id, memberships).filter(
          (paper) => !paper.withdrawn,
        );
        await this.send(
          manager,
          'meeting.reminder',
          person,
          mine,
          'REMINDERS',
          `reminder:${meeting.id}:${meeting.startsAt.toISOString()}:${person.id}`,
          `Reminder: ${meeting.title}, ${this.meetingLine(meeting)}`,
          `You get this email because you sit on the ${bodyNames}.`,
          [
            {
              kind: 'paragraph',
              text: `This is a reminder of the ${bodyNames} meeting ‘${meeting.title}’.`,
            },
            this.meetingFacts(meeting),
            ...(theirs.length > 0
              ? [
                  { kind: 'paragraph' as const, text: 'Papers to read before the meeting:' },
                  this.paperList(theirs, false),
                ]
              : []),
            {
              kind: 'link',
              intro: 'If you cannot come, give your apologies on the meeting’s page:',
              href: meetingPageUrl(this.options.webOrigin, meeting.id),
            },
          ],
        );
      }
    }
  }

  private async remindActions(manager: EntityManager, now: Date) {
    const today = londonDate(now);
    const actions = (await manager.query(
      `SELECT id, meeting_id AS "meetingId", description, owner_id AS "ownerId",
              due_on::text AS "dueOn", status
         FROM meeting_action
        WHERE owner_id IS NOT NULL AND status IN ('OPEN', 'IN_PROGRESS')
          AND due_on BETWEEN $1::date AND $1::date + 2
        ORDER BY due_on, id`,
      [today],
    )) as ActionRow[];
    for (const action of actions) {
      if (!actionReminderDue(action.dueOn, true, today)) continue;
      const context = await this.meetingContext(manager, action.meetingId);
      if (context) await this.tellAction(manager, context, action, 'DUE');
    }
  }
}

interface ActionRow {
  id: string;
  meetingId: string;
  description: string;
  ownerId: string | null;
  dueOn: string | null;
  status: string;
}
