import { describePlanned, planOf, rowsOfPlan } from './membership-import.plan';

const JANE = '11111111-1111-4111-8111-111111111111';
const EVIDENCE = '22222222-2222-4222-8222-222222222222';
const BOARD = '33333333-3333-4333-8333-333333333333';
const names = {
  personNameById: new Map([[JANE, 'Jane Doe']]),
  bodyNameById: new Map([
    [EVIDENCE, 'Evidence Group'],
    [BOARD, 'Experts by Experience Board'],
  ]),
};
const board = {
  line: 3,
  appointment: {
    personId: JANE,
    bodyId: BOARD,
    role: 'VICE_CHAIR' as const,
    startsOn: '2027-01-01',
    endsOn: null,
    fromBodyId: null,
  },
};
const crossSeat = {
  line: 2,
  appointment: {
    personId: JANE,
    bodyId: EVIDENCE,
    role: 'MEMBER' as const,
    startsOn: '2027-01-01',
    endsOn: '2028-03-31',
    fromBodyId: BOARD,
  },
};

describe('the plan of a checked import', () => {
  it('lists the lines in file order with their names, and gives the lines back', () => {
    const plan = planOf([board, crossSeat], names);
    expect(plan.map((item) => [item.line, item.bodyName, item.fromBodyName])).toEqual([
      [2, 'Evidence Group', 'Experts by Experience Board'],
      [3, 'Experts by Experience Board', null],
    ]);
    expect(rowsOfPlan(plan)).toEqual([crossSeat, board]);
  });

  it.each([
    [
      board,
      'Appoint Jane Doe to the Experts by Experience Board as Vice-chair from 1 January 2027',
    ],
    [
      crossSeat,
      'Appoint Jane Doe to the Evidence Group as Member from 1 January 2027 to 31 March 2028, on a cross-seat from the Experts by Experience Board',
    ],
  ])('says what line %#’s appointment will do', (row, words) => {
    const [item] = planOf([row], names);
    expect(describePlanned(item)).toBe(words);
  });
});
