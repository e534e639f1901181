import { UpdateActionStatusDocument } from '@boards/web/api-client';
import { errorReply } from '../testing/stand-in-api';
import { routeHarness, thrown } from '../testing/route-harness';

type Route = typeof import('./actions');

const ACTION_ID = '6a1b2c3d-0000-4000-8000-0000000000c1';

describe('members move their own actions on from the actions list', () => {
  const harness = routeHarness();
  let route: Route;

  beforeAll(async () => {
    route = await import('./actions');
  });

  const run = (url: string, fields: Record<string, string>) =>
    route.action({
      request: harness.post(url, fields),
      params: {},
      context: {},
    }) as Promise<Response>;
  const sent = () =>
    harness.api.received
      .filter((r) => r.operationName === 'UpdateActionStatus')
      .map((r) => r.variables);

  it('moves an action on from the version loaded, and comes back to the same list at that action', async () => {
    harness.api.reply(UpdateActionStatusDocument, {
      data: { updateActionStatus: { id: ACTION_ID, status: 'IN_PROGRESS' } },
    });
    const response = await run('http://localhost/actions?whose=mine&status=OPEN', {
      intent: 'action-status',
      actionId: ACTION_ID,
      expectedVersion: '2',
      status: 'IN_PROGRESS',
      note: ' Drafted the survey ',
    });
    expect(sent()).toEqual([
      { id: ACTION_ID, expectedVersion: 2, status: 'IN_PROGRESS', note: 'Drafted the survey' },
    ]);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(
      `/actions?status=OPEN&whose=mine#action-${ACTION_ID}`,
    );
    expect((await harness.readFlash(response)).notice).toBe('The action has been updated');
  });

  it('shows CONFLICT in the error summary against that action’s form, with the note kept', async () => {
    harness.api.reply(
      UpdateActionStatusDocument,
      errorReply('CONFLICT', 'Someone else changed this action while you were working on it'),
    );
    const response = await run('http://localhost/actions', {
      intent: 'action-status',
      actionId: ACTION_ID,
      expectedVersion: '1',
      status: 'DONE',
      note: 'Sent',
    });
    expect(response.headers.get('Location')).toBe('/actions');
    expect((await harness.readFlash(response)).form).toEqual({
      path: '/actions',
      errors: [
        {
          field: `status-${ACTION_ID}`,
          message: 'Someone else changed this action while you were working on it',
        },
      ],
      values: { [`status-${ACTION_ID}`]: 'DONE', [`note-${ACTION_ID}`]: 'Sent' },
    });
  });

  it('asks for a status before asking the API', async () => {
    const response = await run('http://localhost/actions', {
      intent: 'action-status',
      actionId: ACTION_ID,
      expectedVersion: '1',
    });
    expect((await harness.readFlash(response)).form?.errors).toEqual([
      { field: `status-${ACTION_ID}`, message: 'Choose what has happened to the action' },
    ]);
    expect(harness.api.received).toEqual([]);
  });

  it('refuses a post that is not an action’s form', async () => {
    expect(
      (await thrown(run('http://localhost/actions', { intent: 'other', actionId: ACTION_ID })))
        .status,
    ).toBe(400);
    expect(
      (await thrown(run('http://localhost/actions', { intent: 'action-status', actionId: 'x' })))
        .status,
    ).toBe(400);
  });
});
