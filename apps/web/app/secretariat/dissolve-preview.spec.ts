import { dissolveEffect, previousDay } from './dissolve-preview';

const person = (
  fullName: string,
  memberships: {
    id: string;
    body: string;
    from: string | null;
    startsOn: string;
    endsOn: string | null;
  }[] = [],
) => ({
  id: fullName,
  fullName,
  memberships: memberships.map((m) => ({
    id: m.id,
    seat: m.from ? 'CROSS_SEAT' : 'ORDINARY',
    startsOn: m.startsOn,
    endsOn: m.endsOn,
    body: { id: m.body, name: m.body },
    fromBody: m.from ? { id: m.from } : null,
  })),
});

describe('previousDay', () => {
  it.each([
    ['2027-04-01', '2027-03-31'],
    ['2027-01-01', '2026-12-31'],
    ['2024-03-01', '2024-02-29'],
  ])('before %s is %s', (day, before) => {
    expect(previousDay(day)).toBe(before);
  });
});

describe('dissolveEffect', () => {
  it('ends running memberships, removes later ones, and follows cross-seats resting on them', () => {
    const effect = dissolveEffect(
      'ebe',
      [
        {
          id: 'm1',
          role: 'MEMBER',
          startsOn: '2021-03-15',
          endsOn: null,
          person: person('Kayla Brooks', [
            { id: 'x1', body: 'Evidence Group', from: 'ebe', startsOn: '2021-04-14', endsOn: null },
            { id: 'x2', body: 'Design Group', from: 'ebe', startsOn: '2027-06-01', endsOn: null },
            {
              id: 'x3',
              body: 'Design Group',
              from: 'ebe',
              startsOn: '2021-04-14',
              endsOn: '2022-01-01',
            },
          ]),
        },
        {
          id: 'm2',
          role: 'CHAIR',
          startsOn: '2021-03-15',
          endsOn: '2026-01-01',
          person: person('Already Gone'),
        },
        {
          id: 'm3',
          role: 'OBSERVER',
          startsOn: '2027-05-01',
          endsOn: null,
          person: person('Not Yet'),
        },
      ],
      '2027-04-01',
    );
    expect(effect).toEqual({
      lastDay: '2027-03-31',
      ending: [
        { membershipId: 'm1', personName: 'Kayla Brooks', role: 'MEMBER', startsOn: '2021-03-15' },
      ],
      cancelled: [
        { membershipId: 'm3', personName: 'Not Yet', role: 'OBSERVER', startsOn: '2027-05-01' },
      ],
      crossSeatsEnding: [
        {
          membershipId: 'x1',
          personName: 'Kayla Brooks',
          bodyName: 'Evidence Group',
          startsOn: '2021-04-14',
        },
      ],
      crossSeatsCancelled: [
        {
          membershipId: 'x2',
          personName: 'Kayla Brooks',
          bodyName: 'Design Group',
          startsOn: '2027-06-01',
        },
      ],
    });
  });
});
