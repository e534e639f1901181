import {
  DissolveBodyDocument,
  DissolvePreviewDocument,
  DissolveTargetDocument,
  type DissolvePreviewQuery,
  type MembershipRole,
} from '@boards/web/api-client';
import { errorReply, type PartialResult, type Reply } from '../testing/stand-in-api';
import { routeHarness, thrown } from '../testing/route-harness';
import { EBE, EBE_ID, EVIDENCE_ID } from '../testing/membership-fixtures';

type Confirm = typeof import('./secretariat.bodies.$slug.dissolve.confirm');
type Form = typeof import('./secretariat.bodies.$slug.dissolve._index');

const BASE = `http://localhost/secretariat/bodies/${EBE.slug}/dissolve`;

const TARGET = { data: { body: { ...EBE, dissolvedOn: null } } };

const membership = (
  id: string,
  role: MembershipRole,
  startsOn: string,
  body: { id: string; name: string } = EBE,
) => ({
  id,
  role,
  startsOn,
  person: { id: 'p1', fullName: 'Kayla Brooks' },
  body: { id: body.id, name: body.name },
});
const EVIDENCE = { id: EVIDENCE_ID, name: 'Evidence Group' };

/** The API's plan: the page shows it as it is, and works nothing out itself. */
const PREVIEW: { data: PartialResult<DissolvePreviewQuery> } = {
  data: {
    previewBodyDissolution: {
      lastDay: '2027-03-31',
      ending: [{ endsOn: '2027-03-31', membership: membership('m1', 'MEMBER', '2021-03-15') }],
      cancelled: [membership('m2', 'CHAIR', '2027-06-01')],
      crossSeatsEnding: [
        { endsOn: '2027-03-31', membership: membership('x1', 'MEMBER', '2021-04-14', EVIDENCE) },
      ],
      crossSeatsCancelled: [],
    },
  },
};

describe('dissolving a body', () => {
  const harness = routeHarness();
  let confirm: Confirm;
  let form: Form;

  beforeAll(async () => {
    confirm = await import('./secretariat.bodies.$slug.dissolve.confirm');
    form = await import('./secretariat.bodies.$slug.dissolve._index');
  });

  const params = { slug: EBE.slug };

  /**
   * Answers the form with a date (`YYYY-MM-DD`) and a reason, and opens the check it leads to,
   * the API answering the preview with `preview`: the check's data, or what it threw.
   */
  async function check(date: string, reason: string, preview: Reply<DissolvePreviewQuery>) {
    const [year, month, day] = date.split('-').map(Number);
    const posted = await form.action({
      request: harness.post(BASE, {
        'dissolvedOn-day': String(day),
        'dissolvedOn-month': String(month),
        'dissolvedOn-year': String(year),
        reason,
      }),
      params,
      context: {},
    });
    expect(posted.headers.get('Location')).toBe(`${new URL(BASE).pathname}/confirm`);
    harness.api.reply(DissolveTargetDocument, TARGET);
    harness.api.reply(DissolvePreviewDocument, preview);
    return confirm
      .loader({
        request: harness.get(`${BASE}/confirm`, harness.flashCookie(posted)),
        params,
        context: {},
      })
      .catch((error: unknown) => error);
  }

  it('carries the date and reason to the check, which shows what the API says will end', async () => {
    const data = await check('2027-04-01', 'Its work is done', PREVIEW);
    expect(harness.api.received.map((op) => [op.operationName, op.variables])).toEqual([
      ['DissolveTarget', { slug: EBE.slug }],
      ['DissolvePreview', { bodyId: EBE_ID, dissolvedOn: '2027-04-01' }],
    ]);
    expect(data).toEqual({
      body: { id: EBE_ID, slug: EBE.slug, name: EBE.name },
      dissolvedOn: '2027-04-01',
      reason: 'Its work is done',
      preview: PREVIEW.data.previewBodyDissolution,
    });
  });

  it('goes back to the form with the API’s reason when it will not take the date', async () => {
    const message = 'A body must be dissolved after the day it was established, 15 March 2021';
    const response = (await check(
      '2021-03-15',
      'Set up in error',
      errorReply('BAD_USER_INPUT', message, { field: 'dissolvedOn' }),
    )) as Response;
    expect(response.headers.get('Location')).toBe(new URL(BASE).pathname);
    const flash = await harness.readFlash(response);
    expect(flash.form?.errors).toEqual([{ field: 'dissolvedOn-day', message }]);
    expect(flash.form?.values).toMatchObject({
      'dissolvedOn-day': '15',
      'dissolvedOn-month': '3',
      'dissolvedOn-year': '2021',
      reason: 'Set up in error',
    });
  });

  it('goes to the body once it is dissolved', async () => {
    const response = (await check(
      '2027-04-01',
      'Its work is done',
      errorReply('INVALID_TRANSITION', 'It was already dissolved on 1 January 2027'),
    )) as Response;
    expect(response.headers.get('Location')).toBe(`/secretariat/bodies/${EBE.slug}`);
  });

  it('goes back to the form when there is nothing to check (a reload)', async () => {
    const response = await thrown(
      confirm.loader({ request: harness.get(`${BASE}/confirm`), params, context: {} }),
    );
    expect(response.headers.get('Location')).toBe(new URL(BASE).pathname);
    expect(harness.api.received).toEqual([]);
  });

  const post = (fields: Record<string, string>) =>
    confirm.action({ request: harness.post(`${BASE}/confirm`, fields), params, context: {} });

  it('dissolves on confirming', async () => {
    harness.api.reply(DissolveBodyDocument, {
      data: { dissolveBody: { ...EBE, dissolvedOn: '2027-04-01' } },
    });
    const response = await post({
      intent: 'confirm',
      bodyId: EBE_ID,
      dissolvedOn: '2027-04-01',
      reason: 'Its work is done',
    });
    expect(harness.api.received[0]?.variables).toEqual({
      id: EBE_ID,
      dissolvedOn: '2027-04-01',
      reason: 'Its work is done',
    });
    expect(response.headers.get('Location')).toBe(`/secretariat/bodies/${EBE.slug}`);
    expect((await harness.readFlash(response)).notice).toBe(
      'Experts by Experience Board has been dissolved from 1 April 2027',
    );
  });

  it('goes back to change the answers, or with the API’s refusal', async () => {
    const change = await post({
      intent: 'change',
      bodyId: EBE_ID,
      dissolvedOn: '2027-04-01',
      reason: 'Its work is done',
    });
    expect(change.headers.get('Location')).toBe(new URL(BASE).pathname);
    expect((await harness.readFlash(change)).form?.values).toMatchObject({
      'dissolvedOn-day': '1',
      reason: 'Its work is done',
    });
    harness.api.reply(
      DissolveBodyDocument,
      errorReply('BAD_USER_INPUT', 'A body must be dissolved after the day it was established', {
        field: 'dissolvedOn',
      }),
    );
    const refused = await post({
      intent: 'confirm',
      bodyId: EBE_ID,
      dissolvedOn: '2020-01-01',
      reason: 'Oops',
    });
    expect((await harness.readFlash(refused)).form?.errors).toEqual([
      {
        field: 'dissolvedOn-day',
        message: 'A body must be dissolved after the day it was established',
      },
    ]);
  });
});
