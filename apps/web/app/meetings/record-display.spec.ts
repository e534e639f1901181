import {
  groupByItem,
  itemLabel,
  lowerFirst,
  namesInWords,
  personName,
  quorumInWords,
  quorumTag,
  registerByStatus,
} from './record-display';

describe('quorumInWords', () => {
  it.each([
    [
      { required: 4, votingMembers: 9, present: 5, met: true, shortBy: 0 },
      'Quorum: 4 of 9 voting members must be present. 5 are present: the meeting is quorate.',
    ],
    [
      { required: 4, votingMembers: 9, present: 2, met: false, shortBy: 2 },
      'Quorum: 4 of 9 voting members must be present. 2 are present: short by 2.',
    ],
    [
      { required: 1, votingMembers: 1, present: 1, met: true, shortBy: 0 },
      'Quorum: 1 of 1 voting member must be present. 1 is present: the meeting is quorate.',
    ],
    [
      { required: 3, votingMembers: 7, present: 0, met: false, shortBy: 3 },
      'Quorum: 3 of 7 voting members must be present. No voting members are recorded as present: short by 3.',
    ],
    [
      { required: null, votingMembers: 7, present: 3, met: null, shortBy: null },
      'The terms of reference in force on the day set no quorum. 3 are present.',
    ],
  ])('says %j as “%s”', (quorum, words) => {
    expect(quorumInWords(quorum)).toBe(words);
  });

  it('says only what is needed before the meeting starts, without a tag', () => {
    const quorum = { required: 4, votingMembers: 9, present: 0, met: false, shortBy: 4 };
    expect(quorumInWords(quorum, false)).toBe('Quorum: 4 of 9 voting members must be present.');
    expect(quorumTag(quorum, false)).toBeNull();
    expect(
      quorumInWords(
        { required: null, votingMembers: 9, present: 0, met: null, shortBy: null },
        false,
      ),
    ).toBe('The terms of reference in force on the day set no quorum.');
  });

  it('tags a quorate meeting green and one short of it orange, and no quorum not at all', () => {
    expect(quorumTag({ required: 2, votingMembers: 3, present: 2, met: true })).toEqual({
      text: 'Quorate',
      colour: 'green',
    });
    expect(quorumTag({ required: 2, votingMembers: 3, present: 1, met: false })).toEqual({
      text: 'Not quorate',
      colour: 'orange',
    });
    expect(quorumTag({ required: null, votingMembers: 3, present: 1, met: null })).toBeNull();
  });
});

describe('the record’s parts', () => {
  const agenda = [
    { id: 'a', position: 1, title: 'Welcome' },
    { id: 'b', position: 2, title: 'Budget' },
    { id: 'c', position: 3, title: 'Any other business' },
  ];

  it('labels an item with its number, and no item as the meeting as a whole', () => {
    expect(itemLabel(agenda[1])).toBe('2. Budget');
    expect(itemLabel(null)).toBe('The meeting as a whole');
  });

  it('groups parts under the meeting as a whole first, then the agenda in order, leaving out empty items', () => {
    const parts = [
      { text: 'on c', agendaItem: { id: 'c' } },
      { text: 'whole', agendaItem: null },
      { text: 'on a', agendaItem: { id: 'a' } },
      { text: 'on c again', agendaItem: { id: 'c' } },
    ];
    expect(
      groupByItem(parts, agenda).map((group) => [group.label, group.parts.map((p) => p.text)]),
    ).toEqual([
      ['The meeting as a whole', ['whole']],
      ['1. Welcome', ['on a']],
      ['3. Any other business', ['on c', 'on c again']],
    ]);
  });

  it('names people as the API shows them, with a stand-in for someone hidden', () => {
    expect(personName({ displayName: 'Jordan Ellis' })).toBe('Jordan Ellis');
    expect(personName({ displayName: null })).toBe('Someone not named');
  });

  it('lists the register by status, present first', () => {
    expect(
      registerByStatus([
        { status: 'APOLOGIES', person: { displayName: 'B' } },
        { status: 'PRESENT', person: { displayName: 'A' } },
        { status: 'PRESENT', person: { displayName: 'C' } },
        { status: 'OBSERVER', person: { displayName: 'D' } },
      ]),
    ).toEqual([
      { status: 'PRESENT', names: ['A', 'C'] },
      { status: 'APOLOGIES', names: ['B'] },
      { status: 'OBSERVER', names: ['D'] },
    ]);
  });

  it('writes what follows a colon in lower case', () => {
    expect(lowerFirst('At least 4 voting members')).toBe('at least 4 voting members');
    expect(lowerFirst('')).toBe('');
  });

  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('joins %j as “%s”', (names, words) => {
    expect(namesInWords(names)).toBe(words);
  });
});
