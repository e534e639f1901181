import request from 'supertest';
import ICAL from 'ical.js';
import { JobQueue, OutboxSender } from '@boards/api/notifications';
import {
  headerLines,
  startSmtpTestServer,
  type SmtpTestServer,
} from '@boards/api/notifications/testing';
import { NoticesWorker } from '@boards/api/notices';
import { dataOf, outcomeOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

const SCHEDULE = `mutation ($input: MeetingInput!) { scheduleMeeting(input: $input) { id version } }`;
const UPDATE = `mutation ($id: ID!, $version: Int!, $input: MeetingInput!) {
  updateMeeting(id: $id, expectedVersion: $version, input: $input) { id version }
}`;
const CANCEL = `mutation ($id: ID!, $version: Int!) {
  cancelMeeting(id: $id, expectedVersion: $version, reason: "Too few members can come") { version }
}`;
const CREATE_PAPER = `mutation ($input: NewPaperInput!) { createPaper(input: $input) { id } }`;
const ACT = `mutation ($meetingId: ID!, $input: MeetingActionInput!) { recordAction(meetingId: $meetingId, input: $input) { id } }`;
const CIRCULATE = `mutation ($meetingId: ID!, $expectedVersion: Int!) {
  circulateMinutes(meetingId: $meetingId, expectedVersion: $expectedVersion) { status }
}`;
const CHOICES = `{ me { emailChoices { topics reminderDays } } }`;
const SET_CHOICES = `mutation ($input: EmailChoicesInput!) { setMyEmailChoices(input: $input) { topics reminderDays } }`;
const UNSUBSCRIBE = `mutation ($key: String!, $topic: NoticeTopic!) { unsubscribe(key: $key, topic: $topic) }`;

const LINK = 'https://meet.example.org/evidence-room';
const ALL_TOPICS = ['MEETING_CHANGES', 'PAPERS', 'MINUTES', 'ACTIONS', 'REMINDERS'];

interface OutboxRow {
  kind: string;
  to_address: string;
  person_id: string | null;
  subject: string;
  body_text: string;
  body_html: string | null;
  headers: Record<string, string>;
  attachments: { filename: string; contentType: string; content: string }[];
}

/** METHOD, and the one event's UID, SEQUENCE and start (UTC), as ical.js reads the file. */
function readInvitation(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    const timezone = new ICAL.Timezone(zone);
    ICAL.TimezoneService.register(timezone, timezone.tzid);
  }
  const [component] = calendar.getAllSubcomponents('vevent');
  const event = new ICAL.Event(component);
  return {
    method: String(calendar.getFirstPropertyValue('method')),
    uid: event.uid,
    sequence: event.sequence,
    start: event.startDate.toJSDate().toISOString(),
    status: String(component?.getFirstPropertyValue('status')),
    attendee: String(component?.getFirstPropertyValue('attendee')),
  };
}

describe('notices: emails to members about their meetings (real PostgreSQL and job queue)', () => {
  let api: ApiHarness;
  let smtp: SmtpTestServer;
  let staff: string;
  let member: string;
  let evidence: string;
  let board: string;
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);
  const runJobs = () => api.app.get(NoticesWorker).runDue();

  /** The messages queued since the last call, in order. */
  let seen = 0;
  async function newMessages(): Promise<OutboxRow[]> {
    const rows = (await sql(
      `SELECT kind, to_address, person_id, subject, body_text, body_html, headers, attachments
         FROM outbox_message ORDER BY created_at, id OFFSET $1`,
      [seen],
    )) as OutboxRow[];
    seen += rows.length;
    return rows;
  }

  /** Who sits on a body on a day, by a query of its own (not the rule under test). */
  async function sittingOn(bodyIds: string[], day: string): Promise<string[]> {
    const rows = await sql(
      `SELECT DISTINCT p.email FROM membership m JOIN person p ON p.id = m.person_id
        WHERE m.body_id = ANY($1::uuid[]) AND m.starts_on <= $2::date
          AND (m.ends_on IS NULL OR m.ends_on >= $2::date) AND p.email IS NOT NULL`,
      [bodyIds, day],
    );
    return rows.map((row: { email: string }) => row.email).sort();
  }

  const bodyId = async (slug: string): Promise<string> =>
    (await sql(`SELECT id FROM body WHERE slug = $1`, [slug]))[0].id;
  const personId = async (email: string): Promise<string> =>
    (await sql(`SELECT id FROM person WHERE email = $1`, [email]))[0].id;

  const meetingInput = (overrides: Record<string, unknown>) => ({
    bodyIds: [evidence],
    title: 'Evidence on placements',
    summary: 'What the research says about placement moves',
    date: '2027-03-24',
    startTime: '10:00',
    endTime: '12:00',
    location: 'Room 4, 1 Horse Guards Road',
    onlineLink: LINK,
    support: '',
    ...overrides,
  });

  beforeAll(async () => {
    smtp = await startSmtpTestServer();
    api = await startApi({ MAIL_TRANSPORT: 'smtp', SMTP_URL: smtp.url });
    staff = await api.signIn('secretariat@example.org');
    member = await api.signIn('member@example.org');
    evidence = await bodyId('evidence-group');
    board = await bodyId('experts-by-experience-board');
    await newMessages();
  }, 60_000);

  afterAll(async () => {
    await api?.close();
    await smtp?.close();
  });

  describe('a meeting scheduled, moved across the clock change, and cancelled', () => {
    let id: string;
    let version: number;

    it('tells exactly the members of its body on its day, cross-seats included, with a REQUEST', async () => {
      const scheduled = dataOf(
        await api.graphql(SCHEDULE, { input: meetingInput({}) }, staff),
      ).scheduleMeeting;
      id = scheduled.id;
      version = scheduled.version;
      // Nothing is sent until the job runs; the job exists because the change committed.
      expect(await newMessages()).toEqual([]);
      expect(await runJobs()).toBeGreaterThanOrEqual(1);
      const messages = await newMessages();
      const expected = await sittingOn([evidence], '2027-03-24');
      expect(messages.map((message) => message.to_address).sort()).toEqual(expected);
      expect(expected).toContain('member@example.org');
      expect(expected).not.toContain('chair@example.org');
      for (const message of messages) {
        expect(message.kind).toBe('meeting.scheduled');
        expect(message.subject).toBe(
          'New meeting: Evidence on placements, Wednesday 24 March 2027',
        );
        expect(message.body_text).toContain('When: Wednesday 24 March 2027, 10am to midday');
        expect(message.body_text).toContain(`Join online: ${LINK}`);
        expect(message.body_html).toContain('Evidence Group');
        expect(message.headers['List-Unsubscribe']).toMatch(
          /^<http:\/\/localhost:3000\/unsubscribe\/[0-9a-f]{64}\/meeting-changes>$/,
        );
        expect(message.headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
        const [attachment] = message.attachments;
        expect(attachment?.contentType).toBe('text/calendar; method=REQUEST; charset=UTF-8');
        const invitation = readInvitation(attachment?.content ?? '');
        expect(invitation).toMatchObject({
          method: 'REQUEST',
          uid: `meeting-${id}@localhost`,
          sequence: 0,
          start: '2027-03-24T10:00:00.000Z',
          status: 'CONFIRMED',
        });
        expect(invitation.attendee.toLowerCase()).toBe(`mailto:${message.to_address}`);
      }
      // Running the queue again sends nothing more.
      expect(await runJobs()).toBe(0);
      expect(await newMessages()).toEqual([]);
    });

    it('moved across the start of BST: one update each, with the new UTC time and a higher SEQUENCE', async () => {
      version = dataOf(
        await api.graphql(
          UPDATE,
          { id, version, input: meetingInput({ date: '2027-03-31' }) },
          staff,
        ),
      ).updateMeeting.version;
      await runJobs();
      const messages = await newMessages();
      expect(messages.map((message) => message.to_address).sort()).toEqual(
        await sittingOn([evidence], '2027-03-31'),
      );
      for (const message of messages) {
        expect(message.kind).toBe('meeting.moved');
        expect(message.subject).toBe(
          'Meeting moved: Evidence on placements is now on Wednesday 31 March 2027',
        );
        expect(message.body_text).toContain('It was Wednesday 24 March 2027, 10am to midday.');
        const invitation = readInvitation(message.attachments[0]?.content ?? '');
        // 10am in London is 10:00Z in GMT and 09:00Z in BST.
        expect(invitation).toMatchObject({
          method: 'REQUEST',
          uid: `meeting-${id}@localhost`,
          sequence: 1,
          start: '2027-03-31T09:00:00.000Z',
        });
      }
    });

    it('a job run again after a crash sends nothing twice', async () => {
      // The same meeting's job, put in the queue again as if the first run had died after its
      // emails were queued: the notice records the version told, so nothing is sent.
      await api.db.dataSource.transaction((manager) =>
        api.app.get(JobQueue).add(manager, 'notice-meeting', { meetingId: id }),
      );
      expect(await runJobs()).toBe(1);
      expect(await newMessages()).toEqual([]);
    });

    it('a change refused (CONFLICT) puts no job in the queue', async () => {
      expect(
        outcomeOf(
          await api.graphql(
            UPDATE,
            { id, version: version - 1, input: meetingInput({ date: '2027-04-07' }) },
            staff,
          ),
        ),
      ).toBe('CONFLICT');
      expect(await runJobs()).toBe(0);
      expect(await newMessages()).toEqual([]);
    });

    it('a change of summary alone sends nothing', async () => {
      version = dataOf(
        await api.graphql(
          UPDATE,
          { id, version, input: meetingInput({ date: '2027-03-31', summary: 'Reworded' }) },
          staff,
        ),
      ).updateMeeting.version;
      await runJobs();
      expect(await newMessages()).toEqual([]);
    });

    it('cancelled: a CANCEL with the reason', async () => {
      dataOf(await api.graphql(CANCEL, { id, version }, staff));
      await runJobs();
      const messages = await newMessages();
      expect(messages.length).toBeGreaterThan(0);
      for (const message of messages) {
        expect(message.kind).toBe('meeting.cancelled');
        expect(message.body_text).toContain('Too few members can come');
        expect(message.attachments[0]?.contentType).toBe(
          'text/calendar; method=CANCEL; charset=UTF-8',
        );
        expect(readInvitation(message.attachments[0]?.content ?? '')).toMatchObject({
          method: 'CANCEL',
          status: 'CANCELLED',
          sequence: 3,
        });
      }
    });
  });

  it('two workers at once (as two replicas would be) send each notice once', async () => {
    const id = dataOf(
      await api.graphql(
        SCHEDULE,
        { input: meetingInput({ title: 'Evidence on advocacy', date: '2027-04-21' }) },
        staff,
      ),
    ).scheduleMeeting.id as string;
    // The same meeting's job twice more, as if two changes had been made at once.
    for (let i = 0; i < 2; i += 1) {
      await api.db.dataSource.transaction((manager) =>
        api.app.get(JobQueue).add(manager, 'notice-meeting', { meetingId: id }),
      );
    }
    const ran = await Promise.all([runJobs(), runJobs()]);
    expect(ran[0] + ran[1]).toBe(3);
    const messages = await newMessages();
    const expected = await sittingOn([evidence], '2027-04-21');
    expect(messages.map((message) => message.to_address).sort()).toEqual(expected);
  });

  describe('papers, minutes and actions', () => {
    let meetingId: string;
    const named = 'evidence@example.org';

    beforeAll(async () => {
      meetingId = dataOf(
        await api.graphql(
          SCHEDULE,
          { input: meetingInput({ title: 'Evidence on kinship care', date: '2027-05-12' }) },
          staff,
        ),
      ).scheduleMeeting.id;
      await runJobs();
      await newMessages();
    });

    const upload = (id: string, name: string) =>
      request(api.app.getHttpServer())
        .post(`/papers/${id}/file`)
        .set({ authorization: `Bearer ${staff}` })
        .attach('file', Buffer.from(`The text of ${name}\n`), { filename: `${name}.txt` });

    const createPaper = async (input: Record<string, unknown>) =>
      dataOf(await api.graphql(CREATE_PAPER, { input: { meetingId, ...input } }, staff)).createPaper
        .id as string;

    it('papers arriving together make one digest each, of the papers each may open only', async () => {
      const open = await createPaper({
        title: 'Kinship care: the evidence',
        visibility: 'MEMBERS',
      });
      const secret = await createPaper({
        title: 'A family’s account (named readers)',
        visibility: 'NAMED',
        namedPersonIds: [await personId(named)],
        contentNote: 'Describes a placement breaking down',
      });
      const unfinished = await createPaper({ title: 'Not yet uploaded', visibility: 'MEMBERS' });
      expect((await upload(open, 'evidence')).status).toBe(201);
      expect((await upload(secret, 'account')).status).toBe(201);
      expect(unfinished).toBeTruthy();
      await runJobs();
      const messages = await newMessages();
      expect(messages.map((message) => message.to_address).sort()).toEqual(
        await sittingOn([evidence], '2027-05-12'),
      );
      for (const message of messages) {
        expect(message.kind).toBe('papers.added');
        expect(message.body_text).toContain('Kinship care: the evidence');
        expect(message.body_text).not.toContain('Not yet uploaded');
        const mayOpenSecret = message.to_address === named;
        expect(message.subject).toBe(
          `${mayOpenSecret ? '2 new papers' : 'A new paper'} for Evidence on kinship care, Wednesday 12 May 2027`,
        );
        // Nobody is told the title of a paper they may not open, in either part.
        expect(message.body_text.includes('A family’s account')).toBe(mayOpenSecret);
        expect((message.body_html ?? '').includes('A family’s account')).toBe(mayOpenSecret);
        if (mayOpenSecret) {
          expect(message.body_text).toContain('Content note: Describes a placement breaking down');
        }
      }
      // Told once: the next run finds nothing new.
      await runJobs();
      expect(await newMessages()).toEqual([]);
    });

    it('someone who turned papers off is not told, and one-click unsubscribe needs no sign-in', async () => {
      expect(dataOf(await api.graphql(CHOICES, {}, member)).me.emailChoices).toEqual({
        topics: ALL_TOPICS,
        reminderDays: 2,
      });
      expect(
        dataOf(
          await api.graphql(
            SET_CHOICES,
            { input: { topics: ['MEETING_CHANGES', 'MINUTES', 'ACTIONS'], reminderDays: 7 } },
            member,
          ),
        ).setMyEmailChoices,
      ).toEqual({ topics: ['MEETING_CHANGES', 'MINUTES', 'ACTIONS'], reminderDays: 7 });
      expect(
        outcomeOf(
          await api.graphql(
            SET_CHOICES,
            { input: { topics: ['PAPERS'], reminderDays: 5 } },
            member,
          ),
        ),
      ).toBe('BAD_USER_INPUT');
      const paper = await createPaper({ title: 'Late paper', visibility: 'MEMBERS' });
      await upload(paper, 'late');
      await runJobs();
      const messages = await newMessages();
      expect(messages.length).toBeGreaterThan(0);
      expect(messages.map((message) => message.to_address)).not.toContain('member@example.org');

      // The link in an email turns a topic off for its owner, without signing in.
      const [key] = (
        await sql(
          `SELECT unsubscribe_key FROM notice_choice c JOIN person p ON p.id = c.person_id
            WHERE p.email = $1`,
          [named],
        )
      ).map((row: { unsubscribe_key: string }) => row.unsubscribe_key);
      expect(dataOf(await api.graphql(UNSUBSCRIBE, { key, topic: 'MINUTES' })).unsubscribe).toBe(
        true,
      );
      expect(dataOf(await api.graphql(UNSUBSCRIBE, { key, topic: 'MINUTES' })).unsubscribe).toBe(
        true,
      );
      expect(
        outcomeOf(await api.graphql(UNSUBSCRIBE, { key: 'f'.repeat(64), topic: 'MINUTES' })),
      ).toBe('NOT_FOUND');
      expect(outcomeOf(await api.graphql(UNSUBSCRIBE, { key: 'nope', topic: 'MINUTES' }))).toBe(
        'NOT_FOUND',
      );
      const evidenceToken = await api.signIn(named);
      expect(
        dataOf(await api.graphql(CHOICES, {}, evidenceToken)).me.emailChoices.topics,
      ).not.toContain('MINUTES');
      // Put back for the tests that follow.
      dataOf(
        await api.graphql(SET_CHOICES, { input: { topics: ALL_TOPICS, reminderDays: 2 } }, member),
      );
      dataOf(
        await api.graphql(
          SET_CHOICES,
          { input: { topics: ALL_TOPICS, reminderDays: 2 } },
          evidenceToken,
        ),
      );
    });

    it('an action given to a member tells them; one given to someone off the body tells nobody', async () => {
      const owner = await personId('member@example.org');
      const outsider = await personId('chair@example.org');
      dataOf(
        await api.graphql(
          ACT,
          {
            meetingId,
            input: {
              description: 'Summarise the kinship studies',
              ownerId: owner,
              dueOn: '2027-05-20',
            },
          },
          staff,
        ),
      );
      dataOf(
        await api.graphql(
          ACT,
          {
            meetingId,
            input: { description: 'Not for the board', ownerId: outsider, dueOn: null },
          },
          staff,
        ),
      );
      await runJobs();
      const messages = await newMessages();
      expect(messages.map((message) => [message.kind, message.to_address])).toEqual([
        ['action.assigned', 'member@example.org'],
      ]);
      expect(messages[0]?.body_text).toContain('Summarise the kinship studies');
      expect(messages[0]?.body_text).toContain('Due: Thursday 20 May 2027');
    });

    it('reminders: each member once, within the days they chose; actions two days before they are due', async () => {
      const worker = api.app.get(NoticesWorker);
      const sweepAt = async (now: string) => {
        await api.db.dataSource.transaction((manager) =>
          api.app.get(JobQueue).add(manager, 'notice-sweep', {}),
        );
        await worker.runDue(new Date(now));
        return newMessages();
      };
      // Three days before: nobody has chosen that many (all have 2).
      expect(await sweepAt('2027-05-09T10:00:00Z')).toEqual([]);
      const reminded = await sweepAt('2027-05-10T11:00:00Z');
      expect(reminded.map((message) => message.to_address).sort()).toEqual(
        await sittingOn([evidence], '2027-05-12'),
      );
      for (const message of reminded) {
        expect(message.kind).toBe('meeting.reminder');
        expect(message.subject).toBe(
          'Reminder: Evidence on kinship care, Wednesday 12 May 2027, 10am to midday',
        );
        expect(message.body_text.includes('A family’s account')).toBe(message.to_address === named);
      }
      expect(await sweepAt('2027-05-11T11:00:00Z')).toEqual([]);
      const due = await sweepAt('2027-05-18T08:00:00Z');
      expect(due.map((message) => [message.kind, message.to_address])).toEqual([
        ['action.due', 'member@example.org'],
      ]);
      expect(await sweepAt('2027-05-19T08:00:00Z')).toEqual([]);
    });

    it('minutes circulated: the members of the body on the meeting day', async () => {
      const [held] = await sql(
        `SELECT m.id, mi.version FROM meeting m JOIN minutes mi ON mi.meeting_id = m.id
          JOIN meeting_body mb ON mb.meeting_id = m.id
         WHERE mi.status = 'DRAFT' AND m.status = 'HELD' ORDER BY m.starts_at LIMIT 1`,
      );
      expect(held).toBeTruthy();
      dataOf(
        await api.graphql(CIRCULATE, { meetingId: held.id, expectedVersion: held.version }, staff),
      );
      await runJobs();
      const messages = await newMessages();
      const [meeting] = await sql(
        `SELECT (starts_at AT TIME ZONE 'Europe/London')::date::text AS day,
                array_agg(mb.body_id) AS bodies
           FROM meeting m JOIN meeting_body mb ON mb.meeting_id = m.id WHERE m.id = $1
          GROUP BY m.id`,
        [held.id],
      );
      expect(messages.map((message) => message.to_address).sort()).toEqual(
        await sittingOn(meeting.bodies, meeting.day),
      );
      for (const message of messages) expect(message.kind).toBe('minutes.circulated');
    });
  });

  it('the board-only chair was never told of an Evidence Group meeting', async () => {
    const toChair = await sql(
      `SELECT kind FROM outbox_message WHERE to_address = 'chair@example.org'
          AND kind <> 'invitation'`,
    );
    expect(toChair).toEqual([]);
    expect(board).toBeTruthy();
  });

  it('delivered over SMTP: text and HTML, the invitation, and List-Unsubscribe, as a mail client reads them', async () => {
    const before = smtp.received.length;
    const sender = api.app.get(OutboxSender);
    let sent = 0;
    for (;;) {
      const report = await sender.deliverPending();
      if (report.sent + report.failed === 0) break;
      expect(report.failed).toBe(0);
      sent += report.sent;
    }
    const received = await smtp.waitFor(before + sent);
    const moved = received.find((mail) =>
      mail.parsed.subject?.startsWith('Meeting moved: Evidence on placements'),
    );
    expect(moved).toBeDefined();
    const parsed = moved?.parsed as Json;
    expect(parsed.text).toContain('When: Wednesday 31 March 2027, 10am to midday');
    expect(parsed.html).toContain('<strong>When:</strong> Wednesday 31 March 2027');
    expect(headerLines(moved?.parsed as Json, 'List-Unsubscribe-Post')).toEqual([
      'List-Unsubscribe=One-Click',
    ]);
    expect(headerLines(moved?.parsed as Json, 'List-Unsubscribe')[0]).toMatch(
      /^<http:\/\/localhost:3000\/unsubscribe\/[0-9a-f]{64}\/meeting-changes>$/,
    );
    const calendar = parsed.attachments.find(
      (attachment: Json) => attachment.contentType === 'text/calendar',
    );
    expect(calendar).toBeDefined();
    expect(readInvitation(calendar.content.toString('utf8'))).toMatchObject({
      method: 'REQUEST',
      sequence: 1,
      start: '2027-03-31T09:00:00.000Z',
    });
  });
});
