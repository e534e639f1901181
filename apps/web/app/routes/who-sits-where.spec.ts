import {
  WhoSitsWhereDocument,
  type WhoSitsWhereQuery,
  type PersonVisibility,
} from '@boards/web/api-client';
import { StandInApi, type Reply, type PartialResult } from '../testing/stand-in-api';

type Loader = typeof import('./who-sits-where').loader;

const EBE = { slug: 'experts-by-experience-board', name: 'Experts by Experience Board' };
const JORDAN = '143df000-29fd-4f5e-9b73-dd14ed6ebfd3';

type Member = PartialResult<WhoSitsWhereQuery['bodies'][number]['members'][number]>;

const seat = (
  person: { id: string | null; visibility: PersonVisibility; displayName: string | null },
  extra: Member = {},
): Member => ({
  person: { affiliation: null, ...person },
  role: 'MEMBER',
  seat: 'ORDINARY',
  fromBody: null,
  startsOn: '2021-04-14',
  endsOn: null,
  ...extra,
});

const jordan = { id: JORDAN, visibility: 'NAMED' as const, displayName: 'Jordan E.' };
const anonymous = { id: null, visibility: 'ANONYMOUS' as const, displayName: 'A member' };

const REPLY: Reply<WhoSitsWhereQuery> = {
  data: {
    bodies: [
      {
        ...EBE,
        kind: 'BOARD',
        existsToday: true,
        members: [seat(jordan), seat(anonymous), seat(anonymous)],
      },
      {
        slug: 'evidence-group',
        name: 'Evidence Group',
        kind: 'GROUP',
        existsToday: true,
        members: [
          seat(jordan, { seat: 'CROSS_SEAT', fromBody: EBE }),
          seat(anonymous, { seat: 'CROSS_SEAT', fromBody: EBE }),
        ],
      },
    ],
    crossSeatRules: [
      {
        id: 'rule-1',
        minSeats: 2,
        maxSeats: 2,
        fromBody: EBE,
        targetBody: { slug: 'evidence-group', name: 'Evidence Group', kind: 'GROUP' },
      },
    ],
  },
};

describe('the "Who sits where" loader', () => {
  const api = new StandInApi();
  let loader: Loader;

  beforeAll(async () => {
    await api.start();
    ({ loader } = await import('./who-sits-where'));
  });

  afterAll(() => api.stop());
  beforeEach(() => api.reset());

  const load = () =>
    loader({ params: {}, request: new Request('http://localhost/who-sits-where'), context: {} });

  it('gives a row a named person and counts the people not named per body, with no ids', async () => {
    api.reply(WhoSitsWhereDocument, REPLY);
    const loaded = await load();
    expect(api.received.map((operation) => operation.operationName)).toEqual(['WhoSitsWhere']);
    expect(loaded.table).toEqual({
      bodies: [EBE, { slug: 'evidence-group', name: 'Evidence Group' }],
      rows: [
        {
          name: 'Jordan E.',
          seats: [
            { role: 'Member', crossSeat: false, fromBody: null },
            { role: 'Member', crossSeat: true, fromBody: EBE.name },
          ],
        },
      ],
      notNamed: [
        { ...EBE, count: 2 },
        { slug: 'evidence-group', name: 'Evidence Group', count: 1 },
      ],
    });
    expect(loaded.rules).toEqual([
      {
        seats: '2',
        fromBody: EBE,
        targetBody: { slug: 'evidence-group', name: 'Evidence Group' },
      },
    ]);
    expect(JSON.stringify(loaded)).not.toContain(JORDAN);
  });

  it('asks as the person, so that members see the colleagues the API names to them', async () => {
    api.reply(WhoSitsWhereDocument, REPLY);
    const { sessionStorage } = await import('../session.server');
    const session = await sessionStorage.getSession();
    session.set('token', 'member-token');
    const cookie = (await sessionStorage.commitSession(session)).split(';')[0];
    await loader({
      params: {},
      request: new Request('http://localhost/who-sits-where', { headers: { Cookie: cookie } }),
      context: {},
    });
    expect(api.received[0].authorization).toBe('Bearer member-token');
  });
});
