import {
  ApproveMinutesDocument,
  CirculateMinutesDocument,
  MinutesEditorDocument,
  SaveMinutesDocument,
  type MinutesEditorQuery,
} from '@boards/web/api-client';
import { StandInApi, cookieOf, errorReply, formPost, type Reply } from '../testing/stand-in-api';

type Action = typeof import('./secretariat.meetings.$id.minutes').action;

const MEETING_ID = '3c9d1e2f-0000-4000-8000-000000000001';
const WELCOME = '3c9d1e2f-0000-4000-8000-0000000000a1';
const PRIVATE = '3c9d1e2f-0000-4000-8000-0000000000a2';
const LATER = '3c9d1e2f-0000-4000-8000-000000000002';
const PAGE = `http://localhost/secretariat/meetings/${MEETING_ID}/minutes`;

const MEETING: Reply<MinutesEditorQuery> = {
  data: {
    meeting: {
      id: MEETING_ID,
      title: 'Evidence review',
      status: 'HELD',
      startsAt: '2023-03-07T10:00:00.000Z',
      date: '2023-03-07',
      when: 'Tuesday 7 March 2023, 10am to midday',
      bodies: [{ id: 'b1', slug: 'evidence-group', name: 'Evidence Group' }],
      agenda: [
        { id: WELCOME, position: 1, title: 'Welcome', isPublic: true },
        { id: PRIVATE, position: 2, title: 'A private matter', isPublic: false },
      ],
      expectedMembers: [],
      attendance: [],
      minutes: null,
      decisions: [],
      actions: [],
    },
  },
};

const FIELDS = {
  intent: 'save',
  expectedVersion: '2',
  content: 'Present: all members.',
  [`notes-${WELCOME}`]: 'The chair welcomed everyone.',
  [`notes-${PRIVATE}`]: 'Confidential notes.',
};

/** What the action answers when a save does not go through: the page itself (ADR 0004). */
interface Unsaved {
  data: {
    errors: { field: string; message: string }[];
    values: Record<string, string>;
    conflict: boolean;
  };
  init: { status: number };
}

describe('the minutes editor’s action', () => {
  const api = new StandInApi();
  let action: Action;
  let signedIn: string;
  let readFlash: (response: Response) => Promise<{ notice?: string; form?: unknown }>;

  beforeAll(async () => {
    await api.start();
    ({ action } = await import('./secretariat.meetings.$id.minutes'));
    const { flashStorage, sessionStorage } = await import('../session.server');
    const session = await sessionStorage.getSession();
    session.set('token', 'secretariat-token');
    signedIn = (await sessionStorage.commitSession(session)).split(';')[0];
    readFlash = async (response) => {
      const flash = await flashStorage.getSession(cookieOf(response, 'boards_flash'));
      return { notice: flash.get('notice'), form: flash.get('form') };
    };
  });

  afterAll(() => api.stop());
  beforeEach(() => {
    api.reset();
    api.reply(MinutesEditorDocument, MEETING);
  });

  const run = (fields: Record<string, string>) =>
    action({
      request: formPost(PAGE, fields, signedIn),
      params: { id: MEETING_ID },
      context: {},
    });
  const sent = (operationName: string) =>
    api.received.filter((r) => r.operationName === operationName).map((r) => r.variables);

  it('saves the opening and every item’s notes from the version loaded', async () => {
    api.reply(SaveMinutesDocument, { data: { saveMinutes: { version: 3 } } });
    const response = (await run(FIELDS)) as Response;
    expect(sent('SaveMinutes')).toEqual([
      {
        meetingId: MEETING_ID,
        expectedVersion: 2,
        input: {
          content: 'Present: all members.',
          entries: [
            { agendaItemId: WELCOME, notes: 'The chair welcomed everyone.' },
            { agendaItemId: PRIVATE, notes: 'Confidential notes.' },
          ],
        },
      },
    ]);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(new URL(PAGE).pathname);
    expect((await readFlash(response)).notice).toBe('The minutes have been saved');
  });

  it('on a conflict answers with the page, keeping every character typed beside theirs', async () => {
    api.reply(
      SaveMinutesDocument,
      errorReply('CONFLICT', 'Someone else changed these minutes', { currentVersion: 3 }),
    );
    const long = 'What was said. '.repeat(3_000);
    const result = (await run({ ...FIELDS, [`notes-${WELCOME}`]: long })) as unknown as Unsaved;
    expect(result.init.status).toBe(409);
    expect(result.data.conflict).toBe(true);
    expect(result.data.errors).toEqual([
      { field: 'content', message: expect.stringMatching(/^Someone else saved these minutes/) },
    ]);
    expect(result.data.values[`notes-${WELCOME}`]).toBe(long);
  });

  it('keeps what was typed when the minutes were circulated meanwhile', async () => {
    api.reply(
      SaveMinutesDocument,
      errorReply(
        'INVALID_TRANSITION',
        'These minutes are out for comment. Withdraw them from circulation to change them',
      ),
    );
    const result = (await run(FIELDS)) as unknown as Unsaved;
    expect(result.init.status).toBe(409);
    expect(result.data.errors[0]?.message).toMatch(/^These minutes are out for comment/);
    expect(result.data.values['content']).toBe(FIELDS.content);
  });

  it('puts the API’s refusal against the item it names', async () => {
    api.reply(
      SaveMinutesDocument,
      errorReply('BAD_USER_INPUT', 'Notes must be 50000 characters or fewer', {
        field: 'entries.1.notes',
      }),
    );
    const result = (await run(FIELDS)) as unknown as Unsaved;
    expect(result.init.status).toBe(400);
    expect(result.data.errors).toEqual([
      { field: `notes-${PRIVATE}`, message: 'Notes must be 50000 characters or fewer' },
    ]);
  });

  it('records approval at the meeting chosen, and asks for one when none is', async () => {
    api.reply(ApproveMinutesDocument, { data: { approveMinutes: { version: 5 } } });
    const approved = (await run({
      intent: 'approve',
      expectedVersion: '4',
      approvedAtMeetingId: LATER,
    })) as Response;
    expect(sent('ApproveMinutes')).toEqual([
      { meetingId: MEETING_ID, expectedVersion: 4, approvedAtMeetingId: LATER },
    ]);
    expect((await readFlash(approved)).notice).toBe('The minutes have been recorded as approved');

    const none = (await run({ intent: 'approve', expectedVersion: '4' })) as Response;
    expect(none.status).toBe(303);
    expect((await readFlash(none)).form).toMatchObject({
      errors: [
        {
          field: 'approvedAtMeetingId',
          message: 'Choose the meeting at which the minutes were approved',
        },
      ],
    });
    expect(sent('ApproveMinutes')).toHaveLength(1);
  });

  it('shows a refused workflow step against the workflow', async () => {
    api.reply(
      CirculateMinutesDocument,
      errorReply(
        'INVALID_TRANSITION',
        'Minutes can be circulated once the meeting has been marked as held',
      ),
    );
    const response = (await run({ intent: 'circulate', expectedVersion: '1' })) as Response;
    expect((await readFlash(response)).form).toMatchObject({
      errors: [
        {
          field: 'workflow',
          message: 'Minutes can be circulated once the meeting has been marked as held',
        },
      ],
    });
  });

  it('refuses a post from another site before asking the API anything', async () => {
    const request = new Request(PAGE, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        'Sec-Fetch-Site': 'cross-site',
        Cookie: signedIn,
      },
      body: new URLSearchParams(FIELDS),
    });
    const thrown = await action({ request, params: { id: MEETING_ID }, context: {} }).catch(
      (error: unknown) => error,
    );
    expect((thrown as Response).status).toBe(403);
    expect(api.received).toEqual([]);
  });
});
