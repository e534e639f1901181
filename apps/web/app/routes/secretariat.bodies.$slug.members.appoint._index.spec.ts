import { AppointmentOptionsDocument } from '@boards/web/api-client';
import { routeHarness, thrown } from '../testing/route-harness';
import { EBE_ID, EVIDENCE_ID, PERSON_ID } from '../testing/membership-fixtures';

type Route = typeof import('./secretariat.bodies.$slug.members.appoint._index');

const FORM = 'http://localhost/secretariat/bodies/evidence-group/members/appoint';

const OPTIONS = {
  data: {
    body: {
      id: EVIDENCE_ID,
      slug: 'evidence-group',
      name: 'Evidence Group',
      establishedOn: '2021-04-14',
      dissolvedOn: null,
      stillExists: true,
    },
    crossSeatRules: [
      {
        id: 'r1',
        minSeats: 2,
        maxSeats: 2,
        targetBody: { id: EVIDENCE_ID },
        fromBody: { id: EBE_ID, name: 'Experts by Experience Board' },
      },
      {
        id: 'r2',
        minSeats: 2,
        maxSeats: 2,
        targetBody: { id: 'elsewhere' },
        fromBody: { id: EBE_ID, name: 'Experts by Experience Board' },
      },
    ],
    people: {
      totalCount: 1,
      edges: [{ node: { id: 'someone', fullName: 'Owen Lloyd', email: null } }],
    },
    person: { id: PERSON_ID, fullName: 'Daniel Osei', email: 'chair@example.org' },
  },
};

describe('the appointment form', () => {
  const harness = routeHarness();
  let route: Route;

  beforeAll(async () => {
    route = await import('./secretariat.bodies.$slug.members.appoint._index');
  });

  it('offers the people found, the person already chosen, and the bodies with a rule here', async () => {
    harness.api.reply(AppointmentOptionsDocument, OPTIONS);
    const data = await route.loader({
      request: harness.get(`${FORM}?search=Owen&personId=${PERSON_ID}&role=CHAIR`),
      params: { slug: 'evidence-group' },
      context: {},
    });
    expect(harness.api.received[0]?.variables).toEqual({
      slug: 'evidence-group',
      search: 'Owen',
      hasPerson: true,
      personId: PERSON_ID,
    });
    expect(data.people.map((person) => person.fullName)).toEqual(['Daniel Osei', 'Owen Lloyd']);
    expect(data.rules.map((rule) => rule.id)).toEqual(['r1']);
    expect(data.answers).toMatchObject({ personId: PERSON_ID, role: 'CHAIR' });
  });

  // A body to be dissolved from a later day exists until then: people can be appointed to it
  // (for terms ending by its last day, which the API checks). The form used to turn them away.
  it('is open while the body still exists, and closed once it does not', async () => {
    const dissolving = (stillExists: boolean) => ({
      data: {
        ...OPTIONS.data,
        body: { ...OPTIONS.data.body, dissolvedOn: '2099-04-01', stillExists },
      },
    });
    const load = () =>
      route.loader({ request: harness.get(FORM), params: { slug: 'evidence-group' }, context: {} });
    harness.api.reply(AppointmentOptionsDocument, dissolving(true));
    expect((await load()).body).toMatchObject({ dissolvedOn: '2099-04-01' });
    harness.api.reply(AppointmentOptionsDocument, dissolving(false));
    const closed = await thrown(load());
    expect(closed.headers.get('Location')).toBe('/secretariat/bodies/evidence-group/members');
  });

  it('goes on to the check with the answers in the address', async () => {
    const response = await route.action({
      request: harness.post(`${FORM}?search=Daniel`, {
        bodyId: EVIDENCE_ID,
        personId: PERSON_ID,
        role: 'MEMBER',
        'startsOn-day': '23',
        'startsOn-month': '11',
        'startsOn-year': '2026',
        seat: EBE_ID,
      }),
      params: { slug: 'evidence-group' },
      context: {},
    });
    expect(harness.api.received).toEqual([]);
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('Location') ?? '', 'http://localhost');
    expect(location.pathname).toBe('/secretariat/bodies/evidence-group/members/appoint/check');
    expect(Object.fromEntries(location.searchParams)).toEqual({
      bodyId: EVIDENCE_ID,
      personId: PERSON_ID,
      role: 'MEMBER',
      startsOn: '2026-11-23',
      fromBodyId: EBE_ID,
    });
  });

  it('sends mistakes back to the form, keeping the search', async () => {
    const response = await route.action({
      request: harness.post(`${FORM}?search=Daniel`, { bodyId: EVIDENCE_ID }),
      params: { slug: 'evidence-group' },
      context: {},
    });
    expect(response.headers.get('Location')).toBe(
      '/secretariat/bodies/evidence-group/members/appoint?search=Daniel',
    );
    const { form } = await harness.readFlash(response);
    expect(form?.errors.map((error) => error.field)).toEqual([
      'personId',
      'role',
      'startsOn-day',
      'startsOn-month',
      'startsOn-year',
      'seat',
    ]);
  });
});
