import { openDataMeta } from './open-data-licence';
import { toPopolo } from './popolo';
import type { PublishedBody, PublishedMembership } from './published-membership';

const BODIES: PublishedBody[] = [
  {
    slug: 'board',
    name: 'Experts by Experience Board',
    kind: 'BOARD',
    establishedOn: '2021-03-15',
    dissolvedOn: null,
  },
  {
    slug: 'group',
    name: 'Evidence Group',
    kind: 'GROUP',
    establishedOn: '2021-04-14',
    dissolvedOn: '2025-01-01',
  },
];

const membership = (over: Partial<PublishedMembership>): PublishedMembership => ({
  id: 'membership-1',
  bodySlug: 'board',
  role: 'MEMBER',
  seat: 'ORDINARY',
  fromBodySlug: null,
  startsOn: '2021-03-15',
  endsOn: null,
  person: { visibility: 'NAMED', id: 'p1', name: 'Amara O.' },
  ...over,
});

const meta = openDataMeta('Members', 'All of them', '2026-12-07');

describe('toPopolo', () => {
  it('maps bodies to organizations, a dissolved one with its date', () => {
    expect(toPopolo(meta, BODIES, []).organizations).toEqual([
      {
        id: 'board',
        name: 'Experts by Experience Board',
        classification: 'board',
        founding_date: '2021-03-15',
      },
      {
        id: 'group',
        name: 'Evidence Group',
        classification: 'group',
        founding_date: '2021-04-14',
        dissolution_date: '2025-01-01',
      },
    ]);
  });

  it.each([
    [
      'an ordinary seat, open-ended',
      membership({ role: 'CHAIR' }),
      {
        post_id: 'board/chair',
        role: 'Chair',
        label: 'Chair, Experts by Experience Board',
        start_date: '2021-03-15',
      },
    ],
    [
      'a past membership with its end',
      membership({ role: 'VICE_CHAIR', endsOn: '2022-01-31' }),
      { post_id: 'board/vice-chair', role: 'Vice-chair', end_date: '2022-01-31' },
    ],
    [
      'a cross-seat: a membership of the target, on behalf of the body it comes from',
      membership({ bodySlug: 'group', seat: 'CROSS_SEAT', fromBodySlug: 'board' }),
      {
        organization_id: 'group',
        on_behalf_of_id: 'board',
        post_id: 'group/cross-seat-from-board/member',
        label: 'Member, Evidence Group (cross-seat from the Experts by Experience Board)',
      },
    ],
  ])('%s', (_case, input, expected) => {
    const [out] = toPopolo(meta, BODIES, [input]).memberships;
    expect(out).toMatchObject({ id: 'membership-1', person_id: 'p1', ...expected });
    if (input.endsOn === null) expect(out).not.toHaveProperty('end_date');
    if (input.fromBodySlug === null) expect(out).not.toHaveProperty('on_behalf_of_id');
  });

  it('names a named person as they chose, and someone not named only as “A member”', () => {
    const out = toPopolo(meta, BODIES, [
      membership({ id: 'm1', person: { visibility: 'ANONYMOUS', id: 'person-x' } }),
      membership({ id: 'm2', person: { visibility: 'NAMED', id: 'p2', name: 'Zoë B.' } }),
      membership({ id: 'm3', bodySlug: 'group' }),
    ]);
    expect(out.persons).toEqual([
      { id: 'p1', name: 'Amara O.' },
      { id: 'p2', name: 'Zoë B.' },
      { id: 'person-x', name: 'A member' },
    ]);
    expect(out.posts.map((post) => post.id)).toEqual(['board/member', 'group/member']);
  });

  it('lists memberships by body, then first day, then role, chair first', () => {
    const out = toPopolo(meta, BODIES, [
      membership({ id: 'a', bodySlug: 'group' }),
      membership({ id: 'b', startsOn: '2022-01-01' }),
      membership({ id: 'c' }),
      membership({ id: 'd', role: 'CHAIR' }),
    ]);
    expect(out.memberships.map((m) => m.id)).toEqual(['d', 'c', 'b', 'a']);
  });

  it('carries the licence', () => {
    expect(toPopolo(meta, BODIES, []).meta.licence.name).toBe('Open Government Licence v3.0');
  });
});
