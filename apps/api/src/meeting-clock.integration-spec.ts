import { FixedClock } from '@boards/api/graphql';
import { dataOf, outcomeOf, startApi, type ApiHarness } from './testing/api-harness';

/**
 * What the meetings library says about "now" comes from the API's clock, not the machine's: with
 * the clock fixed at midday (London) on 12 March 2030, a meeting that morning has started and one
 * that afternoon has not, and an action due the day before is overdue. The machine's own clock
 * is years earlier, so none of this would hold if the library read it. Over HTTP, against a real
 * PostgreSQL with the demo data.
 */
const NOON = '2030-03-12T12:00:00Z';
const DAY = 24 * 60 * 60 * 1000;

const SCHEDULE = `mutation ($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }`;
const ALLOWED = `query ($id: ID!) { meeting(id: $id) { allowedActions } }`;
const HELD = `mutation ($id: ID!) { markMeetingHeld(id: $id, expectedVersion: 1) { status } }`;
const RECORD = `mutation ($meetingId: ID!, $entries: [AttendanceEntryInput!]!) {
  recordAttendance(meetingId: $meetingId, entries: $entries) { id }
}`;
const MINE = `query ($id: ID!) { meeting(id: $id) { myAttendance { canGiveApologies } } }`;
const GIVE = `mutation ($meetingId: ID!) { giveApologies(meetingId: $meetingId) { id } }`;
const ACTION = `mutation ($meetingId: ID!, $input: MeetingActionInput!) {
  recordAction(meetingId: $meetingId, input: $input) { id overdue }
}`;
const ACTIONS = `query ($id: ID!) { meeting(id: $id) { actions { id overdue } } }`;

describe('the meetings library follows the API clock (real PostgreSQL)', () => {
  const clock = new FixedClock(NOON);
  let api: ApiHarness;
  let staff: string;
  /** Helen sits on the Evidence Group. */
  let helen: string;
  let helenId: string;
  let evidenceGroup: string;
  const run = async (query: string, variables: Record<string, unknown>, token = staff) =>
    dataOf(await api.graphql(query, variables, token));

  /** An Evidence Group meeting on 12 March 2030 (London time, GMT then). */
  async function meeting(startTime: string, endTime: string): Promise<string> {
    const input = {
      bodyIds: [evidenceGroup],
      title: `Evidence Group, ${startTime}`,
      date: '2030-03-12',
      startTime,
      endTime,
      location: 'Sanctuary Buildings, London',
    };
    return (await run(SCHEDULE, { input })).scheduleMeeting.id;
  }

  beforeAll(async () => {
    api = await startApi({}, { clock });
    [staff, helen] = await Promise.all([
      api.signIn('secretariat@example.org'),
      api.signIn('evidence@example.org'),
    ]);
    const sql = (text: string) => api.db.dataSource.query(text);
    [{ id: evidenceGroup }] = await sql(`SELECT id FROM body WHERE slug = 'evidence-group'`);
    [{ id: helenId }] = await sql(`SELECT id FROM person WHERE email = 'evidence@example.org'`);
  });
  afterAll(() => api?.close());

  it('offers and allows marking a meeting held once it has started by the clock', async () => {
    const morning = await meeting('10:00', '11:00');
    const afternoon = await meeting('14:00', '15:00');
    expect((await run(ALLOWED, { id: morning })).meeting.allowedActions).toContain('MARK_HELD');
    expect((await run(ALLOWED, { id: afternoon })).meeting.allowedActions).not.toContain(
      'MARK_HELD',
    );
    expect(outcomeOf(await api.graphql(HELD, { id: afternoon }, staff))).toBe('INVALID_TRANSITION');
    expect((await run(HELD, { id: morning })).markMeetingHeld.status).toBe('HELD');
  });

  it('records who was there only once the meeting has started, and apologies only before', async () => {
    const morning = await meeting('09:00', '10:00');
    const afternoon = await meeting('15:00', '16:00');
    const present = [{ personId: helenId, status: 'PRESENT' }];
    expect(
      outcomeOf(await api.graphql(RECORD, { meetingId: morning, entries: present }, staff)),
    ).toBe('ok');
    expect(
      outcomeOf(await api.graphql(RECORD, { meetingId: afternoon, entries: present }, staff)),
    ).toBe('INVALID_TRANSITION');

    expect((await run(MINE, { id: morning }, helen)).meeting.myAttendance.canGiveApologies).toBe(
      false,
    );
    expect((await run(MINE, { id: afternoon }, helen)).meeting.myAttendance.canGiveApologies).toBe(
      true,
    );
    expect(outcomeOf(await api.graphql(GIVE, { meetingId: morning }, helen))).toBe(
      'INVALID_TRANSITION',
    );
    expect(outcomeOf(await api.graphql(GIVE, { meetingId: afternoon }, helen))).toBe('ok');
  });

  it('counts an action overdue from the day after it was due, by the clock’s London day', async () => {
    const meetingId = await meeting('08:00', '09:00');
    const record = async (dueOn: string) =>
      (
        await run(ACTION, {
          meetingId,
          input: { description: `Due on ${dueOn}`, ownerId: helenId, dueOn },
        })
      ).recordAction;
    const yesterday = await record('2030-03-11');
    const today = await record('2030-03-12');
    expect([yesterday.overdue, today.overdue]).toEqual([true, false]);

    // A day later by the clock, the action due "today" is overdue too.
    clock.advance(DAY);
    staff = await api.signIn('secretariat@example.org');
    const { actions } = (await run(ACTIONS, { id: meetingId })).meeting;
    expect(actions).toEqual([
      { id: yesterday.id, overdue: true },
      { id: today.id, overdue: true },
    ]);
  });
});
