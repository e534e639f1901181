import {
  complianceWording,
  crossSeatsHeldElsewhere,
  memberEntries,
  namesAndOthers,
  pastGaps,
  seatRange,
  type ComplianceFacts,
  type PublicMember,
} from './public-members';

const EBE = { slug: 'experts-by-experience-board', name: 'Experts by Experience Board' };

function member(overrides: Partial<PublicMember> & { name?: string | null } = {}): PublicMember {
  const { name = 'Owen Lloyd', ...rest } = overrides;
  return {
    person: { visibility: 'NAMED', displayName: name, affiliation: 'A university' },
    role: 'MEMBER',
    seat: 'ORDINARY',
    fromBody: null,
    startsOn: '2021-04-14',
    endsOn: null,
    ...rest,
  };
}

const anonymous = (displayName = 'A member with lived experience'): PublicMember =>
  member({
    person: { visibility: 'ANONYMOUS', displayName, affiliation: 'Should never show' },
    seat: 'CROSS_SEAT',
    fromBody: EBE,
  });

const hidden = (): PublicMember =>
  member({ person: { visibility: 'HIDDEN', displayName: null, affiliation: null } });

describe('memberEntries', () => {
  it('words each member: name, role label, organisation and where a cross-seat comes from', () => {
    expect(
      memberEntries([
        member({ name: 'Helen Marsh', role: 'CHAIR' }),
        member({ name: 'Jordan E.', seat: 'CROSS_SEAT', fromBody: EBE, role: 'VICE_CHAIR' }),
      ]),
    ).toEqual([
      {
        name: 'Helen Marsh',
        named: true,
        role: 'Chair',
        affiliation: 'A university',
        crossSeatFrom: null,
        startsOn: '2021-04-14',
        endsOn: null,
      },
      {
        name: 'Jordan E.',
        named: true,
        role: 'Vice-chair',
        affiliation: 'A university',
        crossSeatFrom: 'Experts by Experience Board',
        startsOn: '2021-04-14',
        endsOn: null,
      },
    ]);
  });

  it('leaves out anyone hidden, and shows no organisation for people not named', () => {
    const entries = memberEntries([hidden(), anonymous(), member()]);
    expect(entries.map((entry) => [entry.name, entry.named, entry.affiliation])).toEqual([
      ['A member with lived experience', false, null],
      ['Owen Lloyd', true, 'A university'],
    ]);
  });
});

describe('complianceWording', () => {
  const facts = (overrides: Partial<ComplianceFacts>): ComplianceFacts => ({
    status: 'COMPLIANT',
    held: 2,
    since: '2021-04-14',
    rule: { minSeats: 2, maxSeats: 2, fromBody: EBE },
    ...overrides,
  });

  it.each<[string, Partial<ComplianceFacts>, string, string]>([
    [
      'all seats filled',
      {},
      'Filled',
      '2 of 2 seats for members of the Experts by Experience Board are filled.',
    ],
    [
      'one seat of one filled',
      { held: 1, rule: { minSeats: 1, maxSeats: 1, fromBody: EBE } },
      'Filled',
      '1 of 1 seat for members of the Experts by Experience Board is filled.',
    ],
    [
      'a range of seats',
      { held: 2, rule: { minSeats: 1, maxSeats: 3, fromBody: EBE } },
      'Filled',
      '2 seats for members of the Experts by Experience Board are filled. This group needs 1 to 3.',
    ],
    [
      'one seat vacant',
      { status: 'VACANCY', held: 1, since: '2024-07-01' },
      'Vacancy',
      '1 of 2 seats for members of the Experts by Experience Board has been vacant since 1 July 2024.',
    ],
    [
      'both seats vacant',
      { status: 'VACANCY', held: 0, since: '2024-07-01' },
      'Vacancy',
      '2 of 2 seats for members of the Experts by Experience Board have been vacant since 1 July 2024.',
    ],
    [
      'a vacancy without a start',
      { status: 'VACANCY', held: 1, since: null },
      'Vacancy',
      '1 of 2 seats for members of the Experts by Experience Board is vacant.',
    ],
    [
      'too many',
      { status: 'OVER', held: 3, since: '2024-07-01' },
      'Too many',
      '3 members of the Experts by Experience Board sit on this group. There should be no more than 2. It has been like this since 1 July 2024.',
    ],
    [
      'a body not running',
      { status: 'NOT_IN_FORCE', held: 0, since: null },
      'Not in use',
      'This group is not running today, so its seats for members of the Experts by Experience Board do not need to be filled.',
    ],
  ])('says %s', (_case, overrides, tag, sentence) => {
    expect(complianceWording(facts(overrides), 'GROUP')).toMatchObject({ tag, sentence });
  });

  it('says "board" for a board', () => {
    expect(
      complianceWording(facts({ status: 'OVER', held: 3, since: null }), 'BOARD').sentence,
    ).toBe(
      '3 members of the Experts by Experience Board sit on this board. There should be no more than 2.',
    );
  });
});

describe('pastGaps', () => {
  const rule = { minSeats: 2, maxSeats: 2, fromBody: EBE };

  it('words the periods that have ended, most recent first, and leaves out one still running', () => {
    expect(
      pastGaps([
        { status: 'VACANCY', held: 1, from: '2021-04-21', to: '2021-06-08', rule },
        { status: 'VACANCY', held: 0, from: '2024-07-01', to: null, rule },
        { status: 'OVER', held: 3, from: '2022-12-01', to: '2023-01-31', rule },
        { status: 'VACANCY', held: 0, from: '2023-05-02', to: '2023-05-02', rule },
      ]),
    ).toEqual([
      'On 2 May 2023, 2 of 2 seats for members of the Experts by Experience Board were vacant.',
      'From 1 December 2022 to 31 January 2023, 3 members of the Experts by Experience Board held these seats. That was more than the 2 allowed.',
      'From 21 April to 8 June 2021, 1 of 2 seats for members of the Experts by Experience Board was vacant.',
    ]);
  });
});

describe('crossSeatsHeldElsewhere', () => {
  const bodies = [
    { ...EBE, members: [member({ name: 'Jordan E.' }), anonymous(), hidden()] },
    {
      slug: 'evidence-group',
      name: 'Evidence Group',
      members: [
        member({ name: 'Helen Marsh' }),
        member({ name: 'Jordan E.', seat: 'CROSS_SEAT', fromBody: EBE }),
        anonymous(),
        { ...hidden(), seat: 'CROSS_SEAT' as const, fromBody: EBE },
      ],
    },
    {
      slug: 'design-group',
      name: 'Design Group',
      members: [anonymous('A member'), anonymous()],
    },
    { slug: 'other-group', name: 'Other Group', members: [member()] },
  ];

  it('names the named members of the body on each other body, and counts the rest', () => {
    expect(crossSeatsHeldElsewhere(EBE.slug, bodies)).toEqual([
      {
        body: { slug: 'evidence-group', name: 'Evidence Group' },
        named: ['Jordan E.'],
        notNamed: 1,
      },
      { body: { slug: 'design-group', name: 'Design Group' }, named: [], notNamed: 2 },
    ]);
  });

  it('is empty for a body whose members hold no cross-seats', () => {
    expect(crossSeatsHeldElsewhere('evidence-group', bodies)).toEqual([]);
  });
});

describe('namesAndOthers', () => {
  it.each<[string[], number, string]>([
    [['Jordan E.'], 1, 'Jordan E. and 1 member not named'],
    [['Sam Adeyemi', 'Ali R.'], 2, 'Sam Adeyemi, Ali R. and 2 members not named'],
    [['Sam Adeyemi', 'Ali R.'], 0, 'Sam Adeyemi and Ali R.'],
    [[], 2, '2 members not named'],
    [['Jordan E.'], 0, 'Jordan E.'],
  ])('words %p and %p more as %p', (named, notNamed, expected) => {
    expect(namesAndOthers(named, notNamed)).toBe(expected);
  });
});

describe('seatRange', () => {
  it('says one number when the rule asks for exactly that many', () => {
    expect(seatRange({ minSeats: 2, maxSeats: 2 })).toBe('2');
    expect(seatRange({ minSeats: 1, maxSeats: 3 })).toBe('1 to 3');
  });
});
