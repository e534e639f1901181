import { EndMembershipDocument, SecretariatMembershipDocument } from '@boards/web/api-client';
import { errorReply } from '../testing/stand-in-api';
import { routeHarness, thrown } from '../testing/route-harness';
import {
  CROSS_SEAT_ID,
  EBE,
  EVIDENCE,
  MEMBERSHIP_ID,
  membershipPath,
  membershipReply,
} from '../testing/membership-fixtures';

type Route = typeof import('./secretariat.bodies.$slug.members.$id.end');

const FIELDS = {
  expectedVersion: '3',
  'endsOn-day': '22',
  'endsOn-month': '11',
  'endsOn-year': '2026',
  reason: 'Stepped down',
};

describe('ending a membership', () => {
  const harness = routeHarness();
  let route: Route;

  beforeAll(async () => {
    route = await import('./secretariat.bodies.$slug.members.$id.end');
  });

  const params = { slug: EBE.slug, id: MEMBERSHIP_ID };
  const run = (fields: Record<string, string>) =>
    route.action({ request: harness.post(membershipPath('end'), fields), params, context: {} });

  const load = () =>
    route.loader({ request: harness.get(membershipPath('end')), params, context: {} });

  it('warns which cross-seats rest on the membership, as the API says', async () => {
    harness.api.reply(SecretariatMembershipDocument, membershipReply());
    expect((await load()).resting.map((seat) => seat.id)).toEqual([CROSS_SEAT_ID]);
  });

  it('warns of none when the API says none rest on it, whatever the web server’s day', async () => {
    // As on 4 January 2027, after their cross-seat ended on 31 December 2026: the API decides.
    harness.api.reply(SecretariatMembershipDocument, membershipReply({ restingCrossSeats: [] }));
    expect((await load()).resting).toEqual([]);
  });

  it('ends it with the version loaded, and the banner names the cross-seat that ended with it', async () => {
    harness.api.reply(SecretariatMembershipDocument, membershipReply());
    harness.api.reply(EndMembershipDocument, {
      data: {
        endMembership: {
          membership: { id: MEMBERSHIP_ID, endsOn: '2026-11-22', status: 'PAST' },
          crossSeatsEnded: [
            { id: CROSS_SEAT_ID, startsOn: '2021-04-14', endsOn: '2026-11-22', body: EVIDENCE },
          ],
          crossSeatsCancelled: [],
          sessionsEnded: 0,
        },
      },
    });
    const response = await run(FIELDS);
    expect(harness.api.received.map((op) => [op.operationName, op.variables])).toEqual([
      ['SecretariatMembership', { id: MEMBERSHIP_ID }],
      [
        'EndMembership',
        {
          id: MEMBERSHIP_ID,
          input: { endsOn: '2026-11-22', reason: 'Stepped down' },
          expectedVersion: 3,
        },
      ],
    ]);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe(`/secretariat/bodies/${EBE.slug}/members`);
    expect((await harness.readFlash(response)).notice).toBe(
      'Kayla Brooks’s membership of the Experts by Experience Board ended on 22 November 2026. Their cross-seat on the Evidence Group (last day 22 November 2026) ended with it.',
    );
  });

  it('says the membership "ends" when the API says its last day has not gone, whatever the web server’s day', async () => {
    // As on 20 November 2026, two days before the last day: the API's day decides the wording.
    harness.api.reply(SecretariatMembershipDocument, membershipReply());
    harness.api.reply(EndMembershipDocument, {
      data: {
        endMembership: {
          membership: { id: MEMBERSHIP_ID, endsOn: '2026-11-22', status: 'CURRENT' },
          crossSeatsEnded: [],
          crossSeatsCancelled: [],
          sessionsEnded: 0,
        },
      },
    });
    expect((await harness.readFlash(await run(FIELDS))).notice).toBe(
      'Kayla Brooks’s membership of the Experts by Experience Board ends on 22 November 2026.',
    );
  });

  it('checks the form before asking the API to change anything', async () => {
    harness.api.reply(SecretariatMembershipDocument, membershipReply());
    const response = await run({ expectedVersion: '3', reason: '' });
    expect(harness.api.received.map((op) => op.operationName)).toEqual(['SecretariatMembership']);
    expect((await harness.readFlash(response)).form?.errors.map((e) => e.field)).toEqual([
      'endsOn-day',
      'endsOn-month',
      'endsOn-year',
      'reason',
    ]);
  });

  it('on a stale version, shows the CONFLICT message and keeps what was typed', async () => {
    harness.api.reply(SecretariatMembershipDocument, membershipReply());
    harness.api.reply(
      EndMembershipDocument,
      errorReply(
        'CONFLICT',
        'Someone else changed this membership while you were looking at it. Check it again and make your change',
      ),
    );
    const response = await run({ ...FIELDS, expectedVersion: '2' });
    expect(response.headers.get('Location')).toBe(
      `/secretariat/bodies/${EBE.slug}/members/${MEMBERSHIP_ID}/end`,
    );
    const { form, notice } = await harness.readFlash(response);
    expect(notice).toBeUndefined();
    expect(form?.errors).toEqual([
      {
        field: 'endsOn-day',
        message: expect.stringMatching(/^Someone else changed this membership/),
      },
    ]);
    expect(form?.values['reason']).toBe('Stepped down');
  });

  it('puts a refusal about the date against the date', async () => {
    harness.api.reply(SecretariatMembershipDocument, membershipReply());
    harness.api.reply(
      EndMembershipDocument,
      errorReply('INVALID_TRANSITION', 'This membership already ends on 1 January 2026.', {
        field: 'endsOn',
      }),
    );
    const { form } = await harness.readFlash(await run(FIELDS));
    expect(form?.errors).toEqual([
      { field: 'endsOn-day', message: 'This membership already ends on 1 January 2026.' },
    ]);
  });

  it('answers 400 to a form without a version, and 404 to a membership that is not there', async () => {
    harness.api.reply(SecretariatMembershipDocument, membershipReply());
    expect((await thrown(run({ ...FIELDS, expectedVersion: 'x' }))).status).toBe(400);
    harness.api.reply(SecretariatMembershipDocument, { data: { membership: null } });
    expect((await thrown(run(FIELDS))).status).toBe(404);
    expect(
      (
        await thrown(
          route.action({
            request: harness.post(membershipPath('end'), FIELDS),
            params: { slug: EBE.slug, id: 'not-an-id' },
            context: {},
          }),
        )
      ).status,
    ).toBe(404);
  });

  it('sends an address with the wrong body to the right one', async () => {
    harness.api.reply(SecretariatMembershipDocument, membershipReply());
    const response = await thrown(
      route.loader({
        request: harness.get(membershipPath('end')),
        params: { slug: 'evidence-group', id: MEMBERSHIP_ID },
        context: {},
      }),
    );
    expect(response.headers.get('Location')).toBe(
      `/secretariat/bodies/${EBE.slug}/members/${MEMBERSHIP_ID}/end`,
    );
  });

  it('shows the API’s FORBIDDEN as a 403', async () => {
    harness.api.reply(SecretariatMembershipDocument, errorReply('FORBIDDEN', 'Staff only'));
    expect((await thrown(run(FIELDS))).status).toBe(403);
  });
});
