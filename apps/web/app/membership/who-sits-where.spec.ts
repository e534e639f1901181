import { whoSitsWhere, type BodyMembersToday } from './who-sits-where';

type Member = BodyMembersToday['members'][number];

const EBE = { slug: 'experts-by-experience-board', name: 'Experts by Experience Board' };
const JORDAN = '143df000-29fd-4f5e-9b73-dd14ed6ebfd3';
const HELEN = 'b0057f38-4d79-44f7-8757-143693e8ce1d';
const DANIEL = 'a854ce12-a14f-4afd-95aa-319f7a6ac4c1';

function named(id: string, name: string, extra: Partial<Member> = {}): Member {
  return {
    person: { id, visibility: 'NAMED', displayName: name, affiliation: null },
    role: 'MEMBER',
    seat: 'ORDINARY',
    fromBody: null,
    startsOn: '2021-04-14',
    endsOn: null,
    ...extra,
  };
}

function notNamed(extra: Partial<Member> = {}): Member {
  return {
    person: {
      id: null,
      visibility: 'ANONYMOUS',
      displayName: 'A member with lived experience',
      affiliation: null,
    },
    role: 'MEMBER',
    seat: 'ORDINARY',
    fromBody: null,
    startsOn: '2021-04-14',
    endsOn: null,
    ...extra,
  };
}

const hidden: Member = {
  ...notNamed(),
  person: { id: null, visibility: 'HIDDEN', displayName: null, affiliation: null },
};

const body = (
  slug: string,
  name: string,
  members: Member[],
  existsToday = true,
): BodyMembersToday => ({
  slug,
  name,
  kind: slug === EBE.slug ? 'BOARD' : 'GROUP',
  existsToday,
  members,
});

const BODIES = [
  body(EBE.slug, EBE.name, [
    named(DANIEL, 'Daniel Osei', { role: 'CHAIR' }),
    named(JORDAN, 'Jordan E.'),
    notNamed(),
    notNamed(),
    hidden,
  ]),
  body('evidence-group', 'Evidence Group', [
    named(HELEN, 'Helen Marsh', { role: 'CHAIR' }),
    named(JORDAN, 'Jordan E.', { seat: 'CROSS_SEAT', fromBody: EBE }),
    notNamed({ seat: 'CROSS_SEAT', fromBody: EBE }),
  ]),
];

describe('whoSitsWhere', () => {
  it('gives each named person one row, with their seat on each body', () => {
    const { bodies, rows } = whoSitsWhere(BODIES);
    expect(bodies).toEqual([EBE, { slug: 'evidence-group', name: 'Evidence Group' }]);
    expect(rows).toEqual([
      { name: 'Daniel Osei', seats: [{ role: 'Chair', crossSeat: false, fromBody: null }, null] },
      { name: 'Helen Marsh', seats: [null, { role: 'Chair', crossSeat: false, fromBody: null }] },
      {
        name: 'Jordan E.',
        seats: [
          { role: 'Member', crossSeat: false, fromBody: null },
          { role: 'Member', crossSeat: true, fromBody: EBE.name },
        ],
      },
    ]);
  });

  it('counts people not named per body, never joining them, and leaves out anyone hidden', () => {
    const { rows, notNamed: counts } = whoSitsWhere(BODIES);
    expect(counts).toEqual([
      { ...EBE, count: 2 },
      { slug: 'evidence-group', name: 'Evidence Group', count: 1 },
    ]);
    expect(JSON.stringify(rows)).not.toContain('A member');
  });

  it('carries no ids', () => {
    const text = JSON.stringify(whoSitsWhere(BODIES));
    for (const id of [JORDAN, HELEN, DANIEL]) expect(text).not.toContain(id);
  });

  it('treats a person the API names without an id as not named', () => {
    const odd = body('design-group', 'Design Group', [
      { ...named(DANIEL, 'Someone'), person: { ...named(DANIEL, 'Someone').person, id: null } },
    ]);
    expect(whoSitsWhere([odd])).toEqual({
      bodies: [{ slug: 'design-group', name: 'Design Group' }],
      rows: [],
      notNamed: [{ slug: 'design-group', name: 'Design Group', count: 1 }],
    });
  });

  it('leaves out the bodies the API says do not exist today (dissolved, or not yet established)', () => {
    const bodies = [
      body('gone-group', 'Gone Group', [named(HELEN, 'Helen Marsh')], false),
      body('closing-group', 'Closing Group', [named(HELEN, 'Helen Marsh')]),
    ];
    expect(whoSitsWhere(bodies).bodies).toEqual([{ slug: 'closing-group', name: 'Closing Group' }]);
  });
});
