import { CommentOnMinutesDocument, UpdateActionStatusDocument } from '@boards/web/api-client';
import { errorReply } from '../testing/stand-in-api';
import { routeHarness } from '../testing/route-harness';

type Route = typeof import('./meetings.$id_.minutes');

const MEETING_ID = '6a1b2c3d-0000-4000-8000-000000000001';
const ACTION_ID = '6a1b2c3d-0000-4000-8000-0000000000c1';
const ITEM_ID = '6a1b2c3d-0000-4000-8000-0000000000a1';
const URL = `http://localhost/meetings/${MEETING_ID}/minutes`;

describe('the forms of a meeting’s record, for members', () => {
  const harness = routeHarness();
  let route: Route;

  beforeAll(async () => {
    route = await import('./meetings.$id_.minutes');
  });

  const run = (fields: Record<string, string>) =>
    route.action({
      request: harness.post(URL, fields),
      params: { id: MEETING_ID },
      context: {},
    }) as Promise<Response>;
  const sent = (operationName: string) =>
    harness.api.received.filter((r) => r.operationName === operationName).map((r) => r.variables);

  it('sends a comment on an item, and goes back to the minutes on the meeting’s page', async () => {
    harness.api.reply(CommentOnMinutesDocument, { data: { commentOnMinutes: { id: 'c1' } } });
    const response = await run({
      intent: 'comment',
      commentAgendaItemId: ITEM_ID,
      commentText: 'Please add my apologies.',
    });
    expect(sent('CommentOnMinutes')).toEqual([
      { meetingId: MEETING_ID, input: { agendaItemId: ITEM_ID, text: 'Please add my apologies.' } },
    ]);
    expect(response.headers.get('Location')).toBe(`/meetings/${MEETING_ID}#minutes`);
    expect((await harness.readFlash(response)).notice).toBe(
      'Your comment has been sent to the secretariat',
    );
  });

  it('sends an empty comment back to the meeting’s page with the error, without asking the API', async () => {
    const response = await run({ intent: 'comment', commentText: '  ' });
    expect(response.headers.get('Location')).toBe(`/meetings/${MEETING_ID}#meeting-record`);
    expect((await harness.readFlash(response)).form).toEqual({
      path: `/meetings/${MEETING_ID}`,
      errors: [{ field: 'commentText', message: 'Enter your comment' }],
      values: { commentAgendaItemId: '', commentText: '  ' },
    });
    expect(harness.api.received).toEqual([]);
  });

  it('moves an action on from the version loaded, and shows a refusal against that action', async () => {
    harness.api.reply(UpdateActionStatusDocument, {
      data: { updateActionStatus: { id: ACTION_ID, status: 'DONE' } },
    });
    const done = await run({
      intent: 'action-status',
      actionId: ACTION_ID,
      expectedVersion: '3',
      status: 'DONE',
      note: 'Sent to members',
    });
    expect(sent('UpdateActionStatus')).toEqual([
      { id: ACTION_ID, expectedVersion: 3, status: 'DONE', note: 'Sent to members' },
    ]);
    expect(done.headers.get('Location')).toBe(`/meetings/${MEETING_ID}#actions`);

    harness.api.reply(
      UpdateActionStatusDocument,
      errorReply('CONFLICT', 'Someone else changed this action while you were working on it'),
    );
    const refused = await run({
      intent: 'action-status',
      actionId: ACTION_ID,
      expectedVersion: '3',
      status: 'DONE',
    });
    expect((await harness.readFlash(refused)).form).toMatchObject({
      errors: [
        {
          field: `status-${ACTION_ID}`,
          message: 'Someone else changed this action while you were working on it',
        },
      ],
    });
  });

  it('has no page of its own: a visit goes to the meeting', async () => {
    const response = route.loader({
      request: harness.get(URL),
      params: { id: MEETING_ID },
      context: {},
    });
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe(`/meetings/${MEETING_ID}`);
  });
});
