import { membershipsCsv, membershipsCsvRecords } from './memberships-csv';
import type { PublishedBody, PublishedMembership } from './published-membership';

const BODIES: PublishedBody[] = [
  { slug: 'board', name: 'Board', kind: 'BOARD', establishedOn: '2021-01-01', dissolvedOn: null },
  { slug: 'group', name: 'Group', kind: 'GROUP', establishedOn: '2021-01-01', dissolvedOn: null },
];

const base: PublishedMembership = {
  id: 'm',
  bodySlug: 'group',
  role: 'CO_OPTED',
  seat: 'ORDINARY',
  fromBodySlug: null,
  startsOn: '2021-02-01',
  endsOn: null,
  person: { visibility: 'NAMED', id: 'p', name: 'Amara Okafor' },
};

describe('membershipsCsvRecords', () => {
  it.each([
    [
      'a named person, ordinary seat, open-ended',
      base,
      'Group|Amara Okafor|Co-opted member|Ordinary||2021-02-01|',
    ],
    [
      'someone not named: the person left blank',
      { ...base, person: { visibility: 'ANONYMOUS', id: 'person-x' } },
      'Group||Co-opted member|Ordinary||2021-02-01|',
    ],
    [
      'a cross-seat that ended',
      { ...base, seat: 'CROSS_SEAT', fromBodySlug: 'board', endsOn: '2022-03-31', role: 'MEMBER' },
      'Group|Amara Okafor|Member|Cross-seat|Board|2021-02-01|2022-03-31',
    ],
  ] as [string, PublishedMembership, string][])('%s', (_case, membership, expected) => {
    const [record] = membershipsCsvRecords(BODIES, [membership]);
    expect(Object.values(record).join('|')).toBe(expected);
  });
});

describe('membershipsCsv', () => {
  it('writes a header line, CRLF line ends, and quotes fields that need it', () => {
    const records = membershipsCsvRecords(BODIES, [
      { ...base, person: { visibility: 'NAMED', id: 'p', name: 'Rosalind "Roz" Achterberg, MBE' } },
    ]);
    expect(membershipsCsv(records)).toBe(
      'body,person,role,seat,cross_seat_from,start_date,end_date\r\n' +
        'Group,"Rosalind ""Roz"" Achterberg, MBE",Co-opted member,Ordinary,,2021-02-01,\r\n',
    );
  });

  it('writes the header alone when there is nobody', () => {
    expect(membershipsCsv([])).toBe(
      'body,person,role,seat,cross_seat_from,start_date,end_date\r\n',
    );
  });
});
