import { SqlStatementCounter } from '@boards/api/database/testing';
import { dataOf, outcomeOf, startApi, type ApiHarness, type Json } from './testing/api-harness';

/**
 * What the secretariat's pages are told they may do, from the domain's rules, and that the API
 * then does exactly that: a meeting's status changes (`allowedActions`), whether its record
 * (`recordOpen`) and its minutes (`minutesEditable`) may change, and where its minutes may be
 * approved (`Minutes.approvalCandidates`). Nobody but the staff is told any of it. Over HTTP,
 * against a real PostgreSQL with the demo data.
 */
const SCHEDULE = `mutation ($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const STEPS = `query ($id: ID!) { meeting(id: $id) {
  status version allowedActions recordOpen minutesEditable
  minutes { status version allowedActions approvalCandidates { id title startsAt status } }
} }`;
const POSTPONE = `mutation ($id: ID!, $expectedVersion: Int!) {
  postponeMeeting(id: $id, expectedVersion: $expectedVersion, reason: "Too few can come") { status }
}`;
const CANCEL = `mutation ($id: ID!, $expectedVersion: Int!) {
  cancelMeeting(id: $id, expectedVersion: $expectedVersion, reason: "No longer needed") { status }
}`;
const HELD = `mutation ($id: ID!, $expectedVersion: Int!) {
  markMeetingHeld(id: $id, expectedVersion: $expectedVersion) { status }
}`;
const UPDATE = `mutation ($id: ID!, $expectedVersion: Int!, $input: MeetingInput!) {
  updateMeeting(id: $id, expectedVersion: $expectedVersion, input: $input) { status }
}`;
const ADD_ITEM = `mutation ($meetingId: ID!) {
  addAgendaItem(meetingId: $meetingId, input: { title: "Any other business", isPublic: true }) { id }
}`;
const DECIDE = `mutation ($meetingId: ID!) {
  recordDecision(meetingId: $meetingId, input: { text: "Agreed" }) { id }
}`;
const SAVE = `mutation ($meetingId: ID!, $expectedVersion: Int!) {
  saveMinutes(meetingId: $meetingId, expectedVersion: $expectedVersion,
              input: { content: "Present: all", entries: [] }) { version }
}`;
const CIRCULATE = `mutation ($meetingId: ID!, $expectedVersion: Int!) {
  circulateMinutes(meetingId: $meetingId, expectedVersion: $expectedVersion) { version }
}`;
const APPROVE = `mutation ($meetingId: ID!, $expectedVersion: Int!, $at: ID!) {
  approveMinutes(meetingId: $meetingId, expectedVersion: $expectedVersion, approvedAtMeetingId: $at) { version }
}`;

const STATUS_MUTATIONS = { POSTPONE, CANCEL, MARK_HELD: HELD } as const;

describe('the steps the API offers the secretariat, and keeps to (real PostgreSQL)', () => {
  const counter = new SqlStatementCounter();
  let api: ApiHarness;
  let staff: string;
  /** A member of the Evidence Group (cross-seated), one of it alone, and one of neither. */
  let member: string;
  let evidence: string;
  let chair: string;
  const body: Record<string, string> = {};
  const sql = (text: string, params: unknown[] = []) => api.db.dataSource.query(text, params);
  const run = async (query: string, variables: Record<string, unknown>, token?: string) =>
    dataOf(await api.graphql(query, variables, token));
  const steps = async (id: string): Promise<Json> => (await run(STEPS, { id }, staff)).meeting;

  /** A meeting of the Evidence Group (or `slug`) on `date`, 10am to midday, London time. */
  async function meeting(
    date: string,
    { slug = 'evidence-group', title = `Meeting on ${date}` } = {},
  ): Promise<string> {
    return (
      await run(
        SCHEDULE,
        {
          input: {
            bodyIds: [body[slug]],
            title,
            date,
            startTime: '10:00',
            endTime: '12:00',
            location: 'Sanctuary Buildings, London',
          },
        },
        staff,
      )
    ).scheduleMeeting.id;
  }

  /** Each status the domain allows (past: the meeting has started; future: it has not). */
  async function meetingIn(state: string): Promise<string> {
    const past = state.startsWith('past');
    const id = await meeting(past ? '2025-01-14' : '2031-01-14');
    if (state.endsWith('postponed')) await run(POSTPONE, { id, expectedVersion: 1 }, staff);
    if (state.endsWith('cancelled')) await run(CANCEL, { id, expectedVersion: 1 }, staff);
    if (state.endsWith('held')) await run(HELD, { id, expectedVersion: 1 }, staff);
    return id;
  }

  beforeAll(async () => {
    api = await startApi({}, { sqlLogger: counter });
    [staff, member, evidence, chair] = await Promise.all([
      api.signIn('secretariat@example.org'),
      api.signIn('member@example.org'),
      api.signIn('evidence@example.org'),
      api.signIn('chair@example.org'),
    ]);
    for (const { id, slug } of await sql(`SELECT id, slug FROM body`)) body[slug] = id;
  });
  afterAll(() => api?.close());

  describe('Meeting.allowedActions', () => {
    it.each([
      ['future scheduled', ['POSTPONE', 'CANCEL']],
      ['past scheduled', ['POSTPONE', 'CANCEL', 'MARK_HELD']],
      ['future postponed', ['RESCHEDULE', 'CANCEL']],
      ['past postponed', ['RESCHEDULE', 'CANCEL']],
      ['past held', []],
      ['future cancelled', []],
    ])(
      'a %s meeting allows %j, and each status mutation succeeds exactly when offered',
      async (state, allowed) => {
        const first = await steps(await meetingIn(state));
        expect(first.allowedActions).toEqual(allowed);
        for (const [action, mutation] of Object.entries(STATUS_MUTATIONS)) {
          // A meeting of its own for each attempt: one that succeeds changes the status.
          const id = await meetingIn(state);
          const { version } = await steps(id);
          const outcome = outcomeOf(
            await api.graphql(mutation, { id, expectedVersion: version }, staff),
          );
          expect([action, outcome]).toEqual([
            action,
            allowed.includes(action) ? 'ok' : 'INVALID_TRANSITION',
          ]);
        }
      },
    );

    it('offers RESCHEDULE for a postponed meeting, and new times schedule it again', async () => {
      const id = await meetingIn('future postponed');
      expect((await steps(id)).allowedActions).toContain('RESCHEDULE');
      const { updateMeeting } = await run(
        UPDATE,
        {
          id,
          expectedVersion: 2,
          input: {
            bodyIds: [body['evidence-group']],
            title: 'Rescheduled',
            date: '2031-02-11',
            startTime: '10:00',
            endTime: '12:00',
            location: 'Sanctuary Buildings, London',
          },
        },
        staff,
      );
      expect(updateMeeting.status).toBe('SCHEDULED');
      expect((await steps(id)).allowedActions).toEqual(['POSTPONE', 'CANCEL']);
    });
  });

  describe('Meeting.recordOpen and minutesEditable', () => {
    it('follow the meeting and its minutes, and the writers agree with them at every stage', async () => {
      const id = await meetingIn('past held');
      const approving = await meeting('2025-02-11');
      await run(HELD, { id: approving, expectedVersion: 1 }, staff);
      /** Whether adding an item and recording a decision succeed, as the field says. */
      const writable = async (expected: boolean) => {
        const outcome = expected ? 'ok' : 'INVALID_TRANSITION';
        expect(outcomeOf(await api.graphql(ADD_ITEM, { meetingId: id }, staff))).toBe(outcome);
        expect(outcomeOf(await api.graphql(DECIDE, { meetingId: id }, staff))).toBe(outcome);
      };

      // No minutes yet: the record is open, and the minutes may be written.
      expect(await steps(id)).toMatchObject({ recordOpen: true, minutesEditable: true });
      await writable(true);
      await run(SAVE, { meetingId: id, expectedVersion: 0 }, staff);
      expect(await steps(id)).toMatchObject({
        recordOpen: true,
        minutesEditable: true,
        minutes: { status: 'DRAFT' },
      });
      // Circulated: the record is still open, but the text of the minutes is not.
      await run(CIRCULATE, { meetingId: id, expectedVersion: 1 }, staff);
      expect(await steps(id)).toMatchObject({
        recordOpen: true,
        minutesEditable: false,
        minutes: { status: 'CIRCULATED' },
      });
      expect(outcomeOf(await api.graphql(SAVE, { meetingId: id, expectedVersion: 2 }, staff))).toBe(
        'INVALID_TRANSITION',
      );
      await writable(true);
      // Approved: the record is fixed.
      await run(APPROVE, { meetingId: id, expectedVersion: 2, at: approving }, staff);
      expect(await steps(id)).toMatchObject({
        recordOpen: false,
        minutesEditable: false,
        minutes: { status: 'APPROVED' },
      });
      await writable(false);
    });

    it('are false for a cancelled meeting, whose record and minutes are refused', async () => {
      const id = await meetingIn('future cancelled');
      expect(await steps(id)).toMatchObject({ recordOpen: false, minutesEditable: false });
      expect(outcomeOf(await api.graphql(ADD_ITEM, { meetingId: id }, staff))).toBe(
        'INVALID_TRANSITION',
      );
      expect(outcomeOf(await api.graphql(SAVE, { meetingId: id, expectedVersion: 0 }, staff))).toBe(
        'INVALID_TRANSITION',
      );
    });
  });

  describe('Minutes.approvalCandidates', () => {
    it('lists the later meetings of the same body that have started and are going ahead, latest first, each of which approveMinutes accepts', async () => {
      const id = await meeting('2024-03-12', { title: 'Minuted meeting' });
      await run(HELD, { id, expectedVersion: 1 }, staff);
      const earlier = await meeting('2024-02-13', { title: 'Earlier' });
      const april = await meeting('2024-04-09', { title: 'April' });
      await run(HELD, { id: april, expectedVersion: 1 }, staff);
      const may = await meeting('2024-05-14', { title: 'May (still scheduled)' });
      const postponed = await meeting('2024-06-11', { title: 'Postponed' });
      await run(POSTPONE, { id: postponed, expectedVersion: 1 }, staff);
      const cancelled = await meeting('2024-07-09', { title: 'Cancelled' });
      await run(CANCEL, { id: cancelled, expectedVersion: 1 }, staff);
      const otherBody = await meeting('2024-04-16', { slug: 'design-group', title: 'Elsewhere' });
      const future = await meeting('2031-03-11', { title: 'Not started' });

      // A draft cannot be approved: nothing to choose from yet.
      await run(SAVE, { meetingId: id, expectedVersion: 0 }, staff);
      expect((await steps(id)).minutes.approvalCandidates).toEqual([]);
      await run(CIRCULATE, { meetingId: id, expectedVersion: 1 }, staff);

      const { minutes } = await steps(id);
      const candidates: Json[] = minutes.approvalCandidates;
      const ids = candidates.map((candidate) => candidate.id);
      // Ours in order; the demo data's later meetings of the body may stand among them.
      expect(ids.filter((found) => [april, may].includes(found))).toEqual([may, april]);
      for (const excluded of [id, earlier, postponed, cancelled, otherBody, future]) {
        expect(ids).not.toContain(excluded);
      }
      const starts = candidates.map((candidate) => Date.parse(candidate.startsAt));
      expect(starts).toEqual([...starts].sort((a, b) => b - a));
      for (const candidate of candidates) {
        expect(Date.parse(candidate.startsAt)).toBeGreaterThan(Date.parse('2024-03-12T10:00:00Z'));
        expect(Date.parse(candidate.startsAt)).toBeLessThanOrEqual(Date.now());
        expect(['SCHEDULED', 'HELD']).toContain(candidate.status);
      }

      // The API refuses every meeting it did not offer; it accepts one it did.
      for (const at of [earlier, postponed, cancelled, otherBody, future, id]) {
        expect(
          outcomeOf(await api.graphql(APPROVE, { meetingId: id, expectedVersion: 2, at }, staff)),
        ).toBe('BAD_USER_INPUT');
      }
      await run(APPROVE, { meetingId: id, expectedVersion: 2, at: may }, staff);
      expect((await steps(id)).minutes).toMatchObject({
        status: 'APPROVED',
        approvalCandidates: [],
      });
    });
  });

  describe('in a list of meetings', () => {
    it('costs the same number of SQL statements however many meetings there are', async () => {
      const LIST = `{ bodies { meetings {
        id allowedActions recordOpen minutesEditable
        minutes { status approvalCandidates { id title } }
      } } }`;
      /** Some meetings of the Evidence Group, with circulated minutes to approve. */
      const more = async (month: string) => {
        for (const day of ['05', '15', '25']) {
          const id = await meeting(`2025-${month}-${day}`);
          await run(HELD, { id, expectedVersion: 1 }, staff);
          await run(SAVE, { meetingId: id, expectedVersion: 0 }, staff);
          await run(CIRCULATE, { meetingId: id, expectedVersion: 1 }, staff);
        }
      };
      const statements = async () => {
        counter.reset();
        const { bodies } = await run(LIST, {}, staff);
        const meetings = bodies.flatMap((b: Json) => b.meetings);
        return { count: counter.count, meetings: meetings.length };
      };
      await more('06');
      const few = await statements();
      await more('07');
      await more('08');
      const many = await statements();
      expect(many.meetings).toBe(few.meetings + 6);
      expect(many.count).toBe(few.count);
    });
  });

  describe('who is told', () => {
    it('tells only the staff: members of the body, others and the public get FORBIDDEN, and the rest of the meeting still', async () => {
      const id = await meeting('2024-09-10');
      await run(HELD, { id, expectedVersion: 1 }, staff);
      await run(SAVE, { meetingId: id, expectedVersion: 0 }, staff);
      await run(CIRCULATE, { meetingId: id, expectedVersion: 1 }, staff);
      const fields = ['allowedActions', 'recordOpen', 'minutesEditable'];
      for (const token of [member, evidence, chair, undefined]) {
        const result = await api.graphql(STEPS, { id }, token);
        const forbidden = (result.errors ?? [])
          .filter((error) => error.extensions?.code === 'FORBIDDEN')
          .map((error) => error.path?.at(-1));
        // Members of the body read the circulated minutes, but not where they may be approved.
        const sitsOnBody = token === member || token === evidence;
        expect(forbidden.sort()).toEqual(
          [...fields, ...(sitsOnBody ? ['approvalCandidates'] : [])].sort(),
        );
        expect(result.errors?.every((error) => error.extensions?.code === 'FORBIDDEN')).toBe(true);
        const seen = (result.data as Json | undefined)?.meeting;
        expect(seen).toMatchObject({
          status: 'HELD',
          allowedActions: null,
          recordOpen: null,
          minutesEditable: null,
        });
        if (sitsOnBody) {
          expect(seen.minutes).toMatchObject({
            status: 'CIRCULATED',
            approvalCandidates: null,
          });
        } else {
          expect(seen.minutes).toBeNull();
        }
      }
    });
  });
});
