import {
  CrossSeatRulesDocument,
  CrossSeatingDashboardDocument,
  SetCrossSeatRuleDocument,
  type CrossSeatingDashboardQuery,
} from '@boards/web/api-client';
import { errorReply, type Reply } from '../testing/stand-in-api';
import { routeHarness, thrown } from '../testing/route-harness';
import { EBE, EBE_ID, EVIDENCE, EVIDENCE_ID } from '../testing/membership-fixtures';

type Dashboard = typeof import('./secretariat.cross-seating._index');
type Rule = typeof import('./secretariat.cross-seating.rules.$id');

const RULE = {
  id: 'rule-1',
  minSeats: 2,
  maxSeats: 2,
  removedFrom: null,
  // As the API says on 24 November 2026, before the web server's day: the 1 December change is
  // still due.
  history: [
    { effectiveFrom: '2021-04-14', minSeats: 2, maxSeats: 2, standing: 'CURRENT' as const },
    { effectiveFrom: '2026-12-01', minSeats: 1, maxSeats: 3, standing: 'FUTURE' as const },
    { effectiveFrom: '2099-01-01', minSeats: 3, maxSeats: 3, standing: 'FUTURE' as const },
  ],
  targetBody: EVIDENCE,
  fromBody: EBE,
};

const DASHBOARD: Reply<CrossSeatingDashboardQuery> = {
  data: {
    bodies: [
      {
        ...EVIDENCE,
        memberships: { totalCount: 4 },
        crossSeatCompliance: [
          {
            status: 'VACANCY',
            held: 1,
            since: '2026-11-23',
            rule: { id: 'rule-1' },
            holders: [
              {
                startsOn: '2021-04-14',
                endsOn: null,
                person: { id: 'p', displayName: 'Jordan Ellis' },
              },
            ],
          },
        ],
        crossSeatTimeline: [
          {
            status: 'VACANCY',
            from: '2026-11-23',
            to: null,
            held: 1,
            rule: { id: 'rule-1', minSeats: 2, maxSeats: 2 },
          },
        ],
      },
    ],
    crossSeatRules: [RULE],
  },
};

describe('the cross-seating pages', () => {
  const harness = routeHarness();
  let dashboard: Dashboard;
  let rule: Rule;

  beforeAll(async () => {
    dashboard = await import('./secretariat.cross-seating._index');
    rule = await import('./secretariat.cross-seating.rules.$id');
  });

  const load = (query: string) =>
    dashboard.loader({
      request: harness.get(`http://localhost/secretariat/cross-seating${query}`),
      params: {},
      context: {},
    });

  it('puts today’s status and the periods not met beside each rule', async () => {
    harness.api.reply(CrossSeatingDashboardDocument, DASHBOARD);
    const data = await load('?from-day=1&from-month=1&from-year=2026');
    expect(harness.api.received[0]?.variables).toEqual({ from: '2026-01-01', to: null });
    expect(data.rules).toHaveLength(1);
    expect(data.rules[0]).toMatchObject({
      id: 'rule-1',
      today: { status: 'VACANCY', held: 1, since: '2026-11-23' },
      periods: [{ status: 'VACANCY', from: '2026-11-23', to: null }],
    });
    expect(data.errors).toEqual([]);
  });

  it('lists the changes due as the API says on its day, not by the web server’s day', async () => {
    harness.api.reply(CrossSeatingDashboardDocument, DASHBOARD);
    const data = await load('');
    expect(data.rules[0]?.changesDue).toEqual([
      { effectiveFrom: '2026-12-01', text: '1 to 3 seats (due)', due: true },
      { effectiveFrom: '2099-01-01', text: '3 seats (due)', due: true },
    ]);
  });

  it('starts the change form from the API’s day, not the web server’s', async () => {
    harness.api.reply(CrossSeatRulesDocument, {
      data: { people: { totalCount: 13 }, crossSeatRules: [RULE], today: '2026-11-24' },
    });
    const data = await rule.loader({
      request: harness.get('http://localhost/secretariat/cross-seating/rules/rule-1'),
      params: { id: 'rule-1' },
      context: {},
    });
    expect(data).toMatchObject({ rule: { id: 'rule-1' }, today: '2026-11-24' });
  });

  it('shows a range that is not one as errors, and everything else without the range', async () => {
    harness.api.reply(CrossSeatingDashboardDocument, DASHBOARD);
    const data = await load('?from-day=31&from-month=2&from-year=2026');
    expect(harness.api.received[0]?.variables).toEqual({ from: null, to: null });
    expect(data.errors).toEqual([
      { field: 'from-day', message: 'The first day to show must be a real date' },
      { field: 'from-month', message: 'The first day to show must be a real date' },
      { field: 'from-year', message: 'The first day to show must be a real date' },
    ]);
    expect(data.values).toEqual({ 'from-day': '31', 'from-month': '2', 'from-year': '2026' });
  });

  it('changes a rule’s fewest and most seats', async () => {
    harness.api.reply(CrossSeatRulesDocument, {
      data: { people: { totalCount: 13 }, crossSeatRules: [RULE] },
    });
    harness.api.reply(SetCrossSeatRuleDocument, {
      data: { setCrossSeatRule: { id: 'rule-1', minSeats: 1, maxSeats: 3 } },
    });
    const response = await rule.action({
      request: harness.post('http://localhost/secretariat/cross-seating/rules/rule-1', {
        minSeats: '1',
        maxSeats: '3',
        'effectiveFrom-day': '1',
        'effectiveFrom-month': '4',
        'effectiveFrom-year': '2027',
      }),
      params: { id: 'rule-1' },
      context: {},
    });
    expect(harness.api.received[1]?.variables).toEqual({
      input: {
        targetBodyId: EVIDENCE_ID,
        fromBodyId: EBE_ID,
        minSeats: 1,
        maxSeats: 3,
        effectiveFrom: '2027-04-01',
      },
    });
    expect(response.headers.get('Location')).toBe('/secretariat/cross-seating');
    expect((await harness.readFlash(response)).notice).toBe(
      'From 1 April 2027, Evidence Group has 1 to 3 seats for members of the Experts by Experience Board',
    );
  });

  it('puts the API’s refusal against the field, and answers 404 for an unknown rule', async () => {
    harness.api.reply(CrossSeatRulesDocument, {
      data: { people: { totalCount: 13 }, crossSeatRules: [RULE] },
    });
    harness.api.reply(
      SetCrossSeatRuleDocument,
      errorReply('BAD_USER_INPUT', 'Most number of seats must be a whole number, 20 or fewer', {
        field: 'maxSeats',
      }),
    );
    const post = (id: string) =>
      rule.action({
        request: harness.post(`http://localhost/secretariat/cross-seating/rules/${id}`, {
          minSeats: '1',
          maxSeats: '3',
          'effectiveFrom-day': '1',
          'effectiveFrom-month': '4',
          'effectiveFrom-year': '2027',
        }),
        params: { id },
        context: {},
      });
    expect((await harness.readFlash(await post('rule-1'))).form?.errors).toEqual([
      { field: 'maxSeats', message: 'Most number of seats must be a whole number, 20 or fewer' },
    ]);
    expect((await thrown(post('rule-9'))).status).toBe(404);
  });
});
