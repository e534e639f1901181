import { opaqueId, shownAsOf } from './published-membership';

describe('shownAsOf: the day whose consent a membership is shown by', () => {
  it.each([
    ['current, open-ended', '2021-01-01', null, '2026-12-07'],
    ['current, ends later', '2021-01-01', '2027-01-01', '2026-12-07'],
    ['current, its last day today', '2021-01-01', '2026-12-07', '2026-12-07'],
    ['current, its first day today', '2026-12-07', null, '2026-12-07'],
    ['past: its last day', '2021-01-01', '2022-01-31', '2022-01-31'],
    ['past, ended yesterday', '2021-01-01', '2026-12-06', '2026-12-06'],
    ['future: not published', '2026-12-08', null, null],
  ])('%s', (_case, startsOn, endsOn, expected) => {
    expect(shownAsOf({ startsOn, endsOn }, '2026-12-07')).toBe(expected);
  });
});

describe('opaqueId', () => {
  const membership = '6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b';

  it.each([
    ['membership', /^membership-[0-9a-f]{24}$/],
    ['person', /^person-[0-9a-f]{24}$/],
  ] as const)('a %s id: the kind and a hash', (kind, shape) => {
    expect(opaqueId(kind, membership)).toMatch(shape);
  });

  it('is stable, says nothing of the membership id, and differs by kind and by membership', () => {
    expect(opaqueId('person', membership)).toBe(opaqueId('person', membership));
    expect(opaqueId('person', membership)).not.toContain(membership.slice(0, 8));
    expect(opaqueId('person', membership).slice(7)).not.toBe(
      opaqueId('membership', membership).slice(11),
    );
    expect(opaqueId('person', membership)).not.toBe(
      opaqueId('person', '7f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b'),
    );
  });
});
