import {
  ruleHistoryLines,
  asRole,
  complianceSentence,
  crossSeatConsequences,
  listText,
  previewSentences,
  seatText,
  seatsRequiredText,
  theBody,
} from './membership-display';

const RULE = {
  minSeats: 2,
  maxSeats: 2,
  fromBody: { name: 'Experts by Experience Board' },
  targetBody: { name: 'Evidence Group' },
};

describe('previewSentences', () => {
  it('says how many of the seats an appointment fills', () => {
    expect(
      previewSentences(
        { allowed: true, seatsBefore: 1, seatsAfter: 2, rule: RULE },
        'Evidence Group',
      ),
    ).toEqual([
      'This fills 2 of 2 seats for members of the Experts by Experience Board.',
      'The Evidence Group then has the seats its rule asks for: the vacancy is filled.',
    ]);
  });

  it('says when the body is still short of seats', () => {
    expect(
      previewSentences(
        { allowed: true, seatsBefore: 0, seatsAfter: 1, rule: { ...RULE, maxSeats: 3 } },
        'Evidence Group',
      ),
    ).toEqual([
      'This fills 1 of 3 seats for members of the Experts by Experience Board.',
      'The Evidence Group will still be 1 seat short of the 2 its rule asks for.',
    ]);
  });

  it('says when every seat is then filled', () => {
    expect(
      previewSentences(
        { allowed: true, seatsBefore: 2, seatsAfter: 3, rule: { ...RULE, maxSeats: 3 } },
        'Evidence Group',
      )[1],
    ).toBe(
      'Every seat for members of the Experts by Experience Board on the Evidence Group is then filled.',
    );
  });

  it('explains a refusal in terms of the seats held', () => {
    expect(
      previewSentences(
        { allowed: false, seatsBefore: 2, seatsAfter: 3, rule: RULE },
        'Evidence Group',
      ),
    ).toEqual([
      'The Evidence Group has 2 of 2 seats for members of the Experts by Experience Board filled on the start date. This appointment cannot be made.',
    ]);
  });

  it('says an ordinary seat answers to no cross-seat rule', () => {
    expect(
      previewSentences(
        { allowed: true, seatsBefore: 0, seatsAfter: 0, rule: null },
        'Design Group',
      ),
    ).toEqual(['This is an ordinary seat on the Design Group: no cross-seat rule applies.']);
  });
});

describe('complianceSentence', () => {
  it.each([
    [
      { status: 'COMPLIANT', held: 2, since: '2021-06-09' },
      '2 of 2 seats filled since 9 June 2021, as the rule asks.',
    ],
    [
      { status: 'VACANCY', held: 1, since: '2026-11-23' },
      '1 of 2 seats filled: 1 seat short since 23 November 2026.',
    ],
    [
      { status: 'OVER', held: 3, since: '2026-01-01' },
      '3 seats held: 1 more than the rule allows since 1 January 2026.',
    ],
    [
      { status: 'NOT_IN_FORCE', held: 0, since: null },
      'The body does not exist on this day, so the rule is not in force.',
    ],
  ] as const)('describes %p', (compliance, sentence) => {
    expect(complianceSentence({ ...compliance, rule: RULE })).toBe(sentence);
  });
});

describe('crossSeatConsequences', () => {
  it('names the cross-seats that ended or were cancelled, and a sign-out', () => {
    expect(
      crossSeatConsequences({
        crossSeatsEnded: [
          { endsOn: '2026-11-22', body: { name: 'Evidence Group' } },
          { endsOn: '2026-11-22', body: { name: 'Design Group' } },
        ],
        crossSeatsCancelled: [{ body: { name: 'The Panel' } }],
        sessionsEnded: 2,
      }),
    ).toEqual([
      'Their cross-seats on the Evidence Group (last day 22 November 2026) and the Design Group (last day 22 November 2026) ended with it.',
      'Their cross-seat on The Panel, not yet begun, was cancelled.',
      'They no longer sit on any body, so they have been signed out.',
    ]);
    expect(crossSeatConsequences({ crossSeatsEnded: [], crossSeatsCancelled: [] })).toEqual([]);
  });
});

describe('words', () => {
  it('names seats, rules, roles and lists', () => {
    expect(seatText('CROSS_SEAT', { name: 'Experts by Experience Board' })).toBe(
      'Cross-seat from the Experts by Experience Board',
    );
    expect(seatText('ORDINARY', null)).toBe('Ordinary');
    expect(seatsRequiredText({ minSeats: 2, maxSeats: 2 })).toBe('2 seats');
    expect(seatsRequiredText({ minSeats: 1, maxSeats: 3 })).toBe('1 to 3 seats');
    expect(seatsRequiredText({ minSeats: 0, maxSeats: 1 })).toBe('up to 1 seat');
    expect(theBody('The Panel')).toBe('The Panel');
    expect(asRole('CHAIR')).toBe('chair');
    expect(asRole('MEMBER')).toBe('a member');
    expect(asRole('OBSERVER')).toBe('an observer');
    expect(listText(['a', 'b', 'c'])).toBe('a, b and c');
  });
});

describe('ruleHistoryLines', () => {
  type Standing = 'PAST' | 'CURRENT' | 'FUTURE';
  const v = (
    effectiveFrom: string,
    minSeats: number | null,
    maxSeats: number | null,
    standing: Standing,
  ) => ({ effectiveFrom, minSeats, maxSeats, standing });

  it('marks the version the API says is in force, and those due', () => {
    expect(
      ruleHistoryLines([
        v('2021-04-14', 2, 2, 'PAST'),
        v('2026-01-01', 1, 3, 'CURRENT'),
        v('2027-01-01', null, null, 'FUTURE'),
        v('2028-01-01', 0, 1, 'FUTURE'),
      ]),
    ).toEqual([
      { effectiveFrom: '2021-04-14', text: '2 seats', due: false },
      { effectiveFrom: '2026-01-01', text: '1 to 3 seats (in force)', due: false },
      {
        effectiveFrom: '2027-01-01',
        text: 'Removed: nothing asked of the seats (due)',
        due: true,
      },
      { effectiveFrom: '2028-01-01', text: 'up to 1 seat (due)', due: true },
    ]);
  });

  it('does not call a removal in force', () => {
    expect(
      ruleHistoryLines([v('2021-04-14', 2, 2, 'PAST'), v('2026-12-07', null, null, 'CURRENT')]),
    ).toEqual([
      { effectiveFrom: '2021-04-14', text: '2 seats', due: false },
      { effectiveFrom: '2026-12-07', text: 'Removed: nothing asked of the seats', due: false },
    ]);
  });
});
