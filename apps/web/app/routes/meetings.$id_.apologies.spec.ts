import { GiveApologiesDocument, WithdrawApologiesDocument } from '@boards/web/api-client';
import { errorReply } from '../testing/stand-in-api';
import { routeHarness, thrown } from '../testing/route-harness';

type Route = typeof import('./meetings.$id_.apologies');

const MEETING_ID = '6a1b2c3d-0000-4000-8000-000000000001';
const URL = `http://localhost/meetings/${MEETING_ID}/apologies`;
const PAGE = `/meetings/${MEETING_ID}`;

describe('a member’s apologies, from the meeting’s page', () => {
  const harness = routeHarness();
  let route: Route;

  beforeAll(async () => {
    route = await import('./meetings.$id_.apologies');
  });

  const run = (fields: Record<string, string>, cookie?: string) =>
    route.action({
      request: harness.post(URL, fields, cookie),
      params: { id: MEETING_ID },
      context: {},
    }) as Promise<Response>;
  const sent = (operationName: string) =>
    harness.api.received.filter((r) => r.operationName === operationName).map((r) => r.variables);

  it('sends apologies with the note trimmed, and comes back with a confirmation', async () => {
    harness.api.reply(GiveApologiesDocument, { data: { giveApologies: { id: MEETING_ID } } });
    const response = await run({ intent: 'give', note: '  A hospital appointment ' });
    expect(sent('GiveApologies')).toEqual([
      { meetingId: MEETING_ID, note: 'A hospital appointment' },
    ]);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`${PAGE}#apologies`);
    expect((await harness.readFlash(response)).notice).toBe(
      'Your apologies have been sent to the secretariat',
    );
  });

  it('sends apologies with no note as none', async () => {
    harness.api.reply(GiveApologiesDocument, { data: { giveApologies: { id: MEETING_ID } } });
    await run({ intent: 'give', note: '   ' });
    expect(sent('GiveApologies')).toEqual([{ meetingId: MEETING_ID, note: null }]);
  });

  it('sends a note that is too long back to the page with the error, without asking the API', async () => {
    const note = 'x'.repeat(501);
    const response = await run({ intent: 'give', note });
    expect(response.headers.get('Location')).toBe(PAGE);
    expect((await harness.readFlash(response)).form).toEqual({
      path: PAGE,
      errors: [{ field: 'apologiesNote', message: 'Your note must be 500 characters or fewer' }],
      values: { apologiesNote: expect.stringMatching(/^x+$/) },
    });
    expect(harness.api.received).toEqual([]);
  });

  it('shows the API’s refusal in the error summary, against the note', async () => {
    harness.api.reply(
      GiveApologiesDocument,
      errorReply(
        'INVALID_TRANSITION',
        'This meeting has started: contact the secretariat about your attendance',
      ),
    );
    const response = await run({ intent: 'give', note: 'Sorry' });
    expect((await harness.readFlash(response)).form).toEqual({
      path: PAGE,
      errors: [
        {
          field: 'apologiesNote',
          message: 'This meeting has started: contact the secretariat about your attendance',
        },
      ],
      values: { apologiesNote: 'Sorry' },
    });
  });

  it('withdraws apologies, and shows a refusal against the button', async () => {
    harness.api.reply(WithdrawApologiesDocument, {
      data: { withdrawApologies: { id: MEETING_ID } },
    });
    const done = await run({ intent: 'withdraw' });
    expect(sent('WithdrawApologies')).toEqual([{ meetingId: MEETING_ID }]);
    expect((await harness.readFlash(done)).notice).toBe('Your apologies have been withdrawn');

    harness.api.reply(
      WithdrawApologiesDocument,
      errorReply('INVALID_TRANSITION', 'You have not sent apologies for this meeting'),
    );
    const refused = await run({ intent: 'withdraw' });
    expect((await harness.readFlash(refused)).form?.errors).toEqual([
      { field: 'apologiesWithdraw', message: 'You have not sent apologies for this meeting' },
    ]);
  });

  it('refuses an unknown intent, and sends someone signed out to sign in', async () => {
    expect((await thrown(run({ intent: 'something-else' }))).status).toBe(400);
    const signedOut = await thrown(run({ intent: 'give' }, ''));
    expect(signedOut.status).toBe(302);
    expect(signedOut.headers.get('Location')).toMatch(/^\/sign-in/);
    expect(harness.api.received).toEqual([]);
  });

  it('has no page of its own: a visit goes to the meeting', () => {
    const response = route.loader({
      request: harness.get(URL),
      params: { id: MEETING_ID },
      context: {},
    });
    expect(response.headers.get('Location')).toBe(PAGE);
  });
});
