import { AppointMemberDocument, AppointmentCheckDocument } from '@boards/web/api-client';
import { errorReply } from '../testing/stand-in-api';
import { routeHarness, thrown } from '../testing/route-harness';
import { EBE, EBE_ID, EVIDENCE, EVIDENCE_ID, PERSON_ID } from '../testing/membership-fixtures';

type Route = typeof import('./secretariat.bodies.$slug.members.appoint.check');

const QUERY = new URLSearchParams({
  bodyId: EVIDENCE_ID,
  personId: PERSON_ID,
  role: 'MEMBER',
  startsOn: '2026-11-23',
  fromBodyId: EBE_ID,
});
const CHECK = 'http://localhost/secretariat/bodies/evidence-group/members/appoint/check';

const RULE = {
  id: 'rule-1',
  minSeats: 2,
  maxSeats: 2,
  fromBody: { id: EBE_ID, name: EBE.name },
  targetBody: { id: EVIDENCE_ID, name: EVIDENCE.name },
};

const checkReply = (preview: Record<string, unknown>) => ({
  data: {
    body: EVIDENCE,
    person: { id: PERSON_ID, fullName: 'Daniel Osei' },
    bodies: [
      { id: EBE_ID, name: EBE.name },
      { id: EVIDENCE_ID, name: EVIDENCE.name },
    ],
    previewAppointment: { rule: RULE, refusals: [], ...preview },
  },
});

describe('checking an appointment', () => {
  const harness = routeHarness();
  let route: Route;

  beforeAll(async () => {
    route = await import('./secretariat.bodies.$slug.members.appoint.check');
  });

  const params = { slug: 'evidence-group' };
  const load = (query = QUERY) =>
    route.loader({ request: harness.get(`${CHECK}?${query}`), params, context: {} });

  it('asks the API what would happen, and says it in plain English', async () => {
    harness.api.reply(
      AppointmentCheckDocument,
      checkReply({ allowed: true, seatsBefore: 1, seatsAfter: 2 }),
    );
    const data = await load();
    expect(harness.api.received[0]?.variables).toEqual({
      slug: 'evidence-group',
      personId: PERSON_ID,
      input: {
        bodyId: EVIDENCE_ID,
        personId: PERSON_ID,
        role: 'MEMBER',
        startsOn: '2026-11-23',
        endsOn: null,
        fromBodyId: EBE_ID,
      },
    });
    expect(data.refusals).toEqual([]);
    expect(data.fromBody).toEqual({ id: EBE_ID, name: EBE.name });
    expect(data.sentences[0]).toBe(
      'This fills 2 of 2 seats for members of the Experts by Experience Board.',
    );
  });

  it('lists every refusal against the answer it is about', async () => {
    harness.api.reply(
      AppointmentCheckDocument,
      checkReply({
        allowed: false,
        seatsBefore: 2,
        seatsAfter: 3,
        refusals: [
          {
            code: 'CROSS_SEAT_RULE',
            message: 'On 23 November 2026 there are already 2 cross-seats from that body',
            field: 'startsOn',
            on: '2026-11-23',
          },
          {
            code: 'CROSS_SEAT_RULE',
            message: 'There is no cross-seating rule',
            field: 'fromBodyId',
            on: null,
          },
          { code: 'BAD_USER_INPUT', message: 'Something else', field: null, on: null },
        ],
      }),
    );
    const data = await load();
    expect(data.refusals).toEqual([
      {
        field: 'change-startsOn',
        message: 'On 23 November 2026 there are already 2 cross-seats from that body',
      },
      { field: 'change-seat', message: 'There is no cross-seating rule' },
      { field: 'outcome', message: 'Something else' },
    ]);
  });

  it('sends answers the API cannot take back to the form, with its message', async () => {
    harness.api.reply(
      AppointmentCheckDocument,
      errorReply('BAD_USER_INPUT', 'The membership cannot start before the body was established', {
        field: 'startsOn',
      }),
    );
    const response = await thrown(load());
    expect(response.headers.get('Location')).toBe(
      `/secretariat/bodies/evidence-group/members/appoint?${QUERY}`,
    );
    const { form } = await harness.readFlash(response);
    expect(form?.path).toBe('/secretariat/bodies/evidence-group/members/appoint');
    expect(form?.errors).toEqual([
      {
        field: 'startsOn-day',
        message: 'The membership cannot start before the body was established',
      },
    ]);
    expect(form?.values['startsOn-day']).toBe('23');
  });

  it('sends an address that is not a whole appointment back to the form', async () => {
    const response = await thrown(load(new URLSearchParams({ personId: PERSON_ID })));
    expect(response.headers.get('Location')).toBe(
      '/secretariat/bodies/evidence-group/members/appoint',
    );
    expect(harness.api.received).toEqual([]);
  });

  it('answers 404 when the body in the address is not the one in the appointment', async () => {
    harness.api.reply(AppointmentCheckDocument, {
      data: { ...checkReply({ allowed: true, seatsBefore: 0, seatsAfter: 1 }).data, body: EBE },
    });
    expect((await thrown(load())).status).toBe(404);
  });

  const confirm = () =>
    route.action({
      request: harness.post(CHECK, Object.fromEntries(QUERY)),
      params,
      context: {},
    });

  it('appoints on confirming, and says so on the members page', async () => {
    harness.api.reply(AppointMemberDocument, {
      data: {
        appointMember: {
          id: 'new',
          role: 'MEMBER',
          seat: 'CROSS_SEAT',
          startsOn: '2026-11-23',
          person: { id: PERSON_ID, fullName: 'Daniel Osei' },
          body: { id: EVIDENCE_ID, name: EVIDENCE.name },
          fromBody: { id: EBE_ID, name: EBE.name },
        },
      },
    });
    const response = await confirm();
    expect(harness.api.received[0]).toMatchObject({
      operationName: 'AppointMember',
      variables: { input: { personId: PERSON_ID, bodyId: EVIDENCE_ID, fromBodyId: EBE_ID } },
    });
    expect(response.headers.get('Location')).toBe('/secretariat/bodies/evidence-group/members');
    expect((await harness.readFlash(response)).notice).toBe(
      'Daniel Osei has been appointed to the Evidence Group as a member from 23 November 2026, in a cross-seat from the Experts by Experience Board',
    );
  });

  it('if someone filled the seat in the meantime, comes back to the check with the refusal', async () => {
    harness.api.reply(
      AppointMemberDocument,
      errorReply('CROSS_SEAT_RULE', 'On 23 November 2026 there are already 2 cross-seats', {
        field: 'startsOn',
      }),
    );
    const response = await confirm();
    expect(response.headers.get('Location')).toBe(
      `/secretariat/bodies/evidence-group/members/appoint/check?${QUERY}`,
    );
    expect((await harness.readFlash(response)).form?.errors).toEqual([
      { field: 'change-startsOn', message: 'On 23 November 2026 there are already 2 cross-seats' },
    ]);
  });

  it('answers 400 to a confirmation that is not a whole appointment', async () => {
    const response = await thrown(
      route.action({ request: harness.post(CHECK, { personId: PERSON_ID }), params, context: {} }),
    );
    expect(response.status).toBe(400);
  });
});
