import { namedPeopleChoices, namedPeopleOf, readPaperForm } from './paper-form';

const MEETING = '0b6f1d8e-1c2a-4e3b-9d4c-5e6f7a8b9c0d';
const ITEM = '1c7a2e9f-2d3b-4f4c-8e5d-6f7a8b9c0d1e';
const PAPER = '2d8b3fa0-3e4c-4a5d-9f6e-7a8b9c0d1e2f';
const JORDAN = '3e9c4ab1-4f5d-4b6e-8a7f-8b9c0d1e2f30';
const HELEN = '4fad5bc2-5a6e-4c7f-9b80-9c0d1e2f3041';

function form(fields: Record<string, string | readonly string[]>) {
  const all = (name: string) => {
    const value = fields[name];
    return value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
  };
  return { get: (name: string) => all(name)[0] ?? null, getAll: all };
}

describe('readPaperForm', () => {
  it('reads a members’ paper for an agenda item, blank choices as none', () => {
    expect(
      readPaperForm(
        form({
          title: '  Members’ stories  ',
          agendaItemId: ITEM,
          visibility: 'MEMBERS',
          contentNote: ' Discusses the deaths of children. ',
          easyReadOf: '',
          supersedes: '',
          namedPersonIds: [JORDAN],
        }),
        MEETING,
      ),
    ).toEqual({
      ok: true,
      input: {
        meetingId: MEETING,
        title: 'Members’ stories',
        agendaItemId: ITEM,
        visibility: 'MEMBERS',
        // Names count only for a paper for named people.
        namedPersonIds: [],
        contentNote: 'Discusses the deaths of children.',
        easyReadOf: null,
        supersedes: null,
      },
      values: {
        title: '  Members’ stories  ',
        agendaItemId: ITEM,
        visibility: 'MEMBERS',
        namedPersonIds: JORDAN,
        contentNote: ' Discusses the deaths of children. ',
        easyReadOf: '',
        supersedes: '',
      },
    });
  });

  it('reads a paper for named people, and what it is a version of or replaces', () => {
    const read = readPaperForm(
      form({
        title: 'Easy read',
        visibility: 'NAMED',
        namedPersonIds: [JORDAN, HELEN, JORDAN],
        easyReadOf: PAPER,
      }),
      MEETING,
    );
    expect(read).toMatchObject({
      ok: true,
      input: {
        agendaItemId: null,
        visibility: 'NAMED',
        namedPersonIds: [JORDAN, HELEN],
        contentNote: null,
        easyReadOf: PAPER,
        supersedes: null,
      },
      values: { namedPersonIds: `${JORDAN},${HELEN},${JORDAN}` },
    });
    expect(namedPeopleOf(read.values)).toEqual(new Set([JORDAN, HELEN]));
  });

  it('lists every problem in the order of the form', () => {
    const read = readPaperForm(
      form({ title: ' ', visibility: 'NAMED', agendaItemId: 'item-1', supersedes: 'x' }),
      MEETING,
    );
    expect(read.ok).toBe(false);
    expect(read.ok ? [] : read.errors).toEqual([
      { field: 'title', message: 'Enter a title for the paper' },
      { field: 'agendaItemId', message: 'Choose an agenda item from the list' },
      { field: 'namedPersonIds', message: 'Choose at least one person who can open the paper' },
      { field: 'supersedes', message: 'Choose the paper this replaces from the list' },
    ]);
  });

  it.each([undefined, '', 'EVERYONE'])(
    'asks who can open the paper when it is %j',
    (visibility) => {
      const read = readPaperForm(
        form({ title: 'A paper', ...(visibility === undefined ? {} : { visibility }) }),
        MEETING,
      );
      expect(read.ok ? [] : read.errors).toEqual([
        { field: 'visibility', message: 'Choose who can open the paper' },
      ]);
    },
  );

  it('refuses a paper that is both an easy read version of a paper and its replacement', () => {
    const read = readPaperForm(
      form({ title: 'A paper', visibility: 'PUBLIC', easyReadOf: PAPER, supersedes: PAPER }),
      MEETING,
    );
    expect(read.ok ? [] : read.errors).toEqual([
      {
        field: 'supersedes',
        message: 'A paper cannot be both an easy read version of a paper and its replacement',
      },
    ]);
  });

  it('refuses a content note over 1,000 characters', () => {
    const read = readPaperForm(
      form({ title: 'A paper', visibility: 'PUBLIC', contentNote: 'x'.repeat(1001) }),
      MEETING,
    );
    expect(read.ok ? [] : read.errors).toEqual([
      { field: 'contentNote', message: 'Content note must be 1000 characters or fewer' },
    ]);
  });
});

describe('namedPeopleChoices', () => {
  it('lists each person once, by name, with the bodies they sit on', () => {
    expect(
      namedPeopleChoices([
        {
          crossSeat: true,
          body: { name: 'Evidence Group' },
          person: { id: JORDAN, displayName: 'Jordan Ellis' },
        },
        {
          crossSeat: false,
          body: { name: 'Evidence Group' },
          person: { id: HELEN, displayName: 'Helen Marsh' },
        },
        {
          crossSeat: false,
          body: { name: 'Experts by Experience Board' },
          person: { id: JORDAN, displayName: 'Jordan Ellis' },
        },
        // Not named to the one asking: cannot be chosen.
        { crossSeat: false, body: null, person: { id: null, displayName: 'A member' } },
      ]),
    ).toEqual([
      { id: HELEN, name: 'Helen Marsh', hint: 'Evidence Group' },
      {
        id: JORDAN,
        name: 'Jordan Ellis',
        hint: 'Evidence Group (cross-seat), Experts by Experience Board',
      },
    ]);
  });
});
