import {
  inForce,
  inForceLines,
  secretariatTermsOfReferencePaths,
  termsOfReferencePaths,
  versionNumberOf,
} from './versions';

describe('inForce', () => {
  it.each([
    [
      { standing: 'PAST', effectiveFrom: '2021-04-14', inForceTo: '2024-08-31' },
      { kind: 'PAST', text: 'In force from 14 April 2021 to 31 August 2024' },
    ],
    // Current with a later version waiting for its day: still "since".
    [
      { standing: 'CURRENT', effectiveFrom: '2024-09-01', inForceTo: '2098-12-31' },
      { kind: 'CURRENT', text: 'In force since 1 September 2024' },
    ],
    [
      { standing: 'FUTURE', effectiveFrom: '2099-01-01', inForceTo: null },
      { kind: 'FUTURE', text: 'Comes into force on 1 January 2099' },
    ],
    [
      { standing: 'DRAFT', effectiveFrom: null, inForceTo: null },
      { kind: 'DRAFT', text: 'Not published yet' },
    ],
  ] as const)('puts %o in words as %o', (version, expected) => {
    expect(inForce(version)).toEqual(expected);
  });

  it('puts the days the API gives in words, working none out', () => {
    // Whatever the dates, the standing is the API's.
    expect(
      inForce({ standing: 'PAST', effectiveFrom: '2030-01-01', inForceTo: '2030-06-30' }).kind,
    ).toBe('PAST');
    expect(inForce({ standing: 'PAST', effectiveFrom: '2024-01-01', inForceTo: null }).text).toBe(
      'Never in force: replaced on 1 January 2024',
    );
  });
});

describe('inForceLines', () => {
  const v = (
    number: number,
    standing: 'CURRENT' | 'FUTURE' | 'PAST',
    effectiveFrom: string,
    inForceTo: string | null = null,
  ) => ({ number, standing, effectiveFrom, inForceTo });

  it('names the version in force and the one waiting for its day', () => {
    const history = [
      v(3, 'FUTURE', '2099-01-01'),
      v(2, 'CURRENT', '2024-09-01', '2098-12-31'),
      v(1, 'PAST', '2021-04-14', '2024-08-31'),
    ];
    expect(inForceLines(history[1], history)).toEqual([
      'Version 2, in force since 1 September 2024',
      'Version 3, comes into force on 1 January 2099',
    ]);
    expect(inForceLines(history[1], history.slice(1))).toEqual([
      'Version 2, in force since 1 September 2024',
    ]);
  });

  // The overview said "None published" when the only version published waits for its day.
  it('names a version published ahead of its day when none is in force yet', () => {
    expect(inForceLines(null, [v(1, 'FUTURE', '2099-01-01')])).toEqual([
      'Version 1, comes into force on 1 January 2099',
    ]);
    expect(inForceLines(null, [])).toEqual([]);
  });
});

describe('versionNumberOf', () => {
  it.each([
    ['1', 1],
    ['12', 12],
    ['0', null],
    ['01', null],
    ['-1', null],
    ['1.5', null],
    ['one', null],
    ['', null],
    [null, null],
    ['9999999999', null],
  ])('%p is %p', (value, number) => {
    expect(versionNumberOf(value)).toBe(number);
  });
});

it('builds the public and secretariat addresses of a body’s terms of reference', () => {
  const paths = termsOfReferencePaths('evidence-group');
  expect(paths.history).toBe('/bodies/evidence-group/terms-of-reference');
  expect(paths.version(2)).toBe('/bodies/evidence-group/terms-of-reference/2');
  expect(paths.compare(1, 2)).toBe('/bodies/evidence-group/terms-of-reference/compare?from=1&to=2');
  expect(secretariatTermsOfReferencePaths('evidence-group')).toEqual({
    overview: '/secretariat/bodies/evidence-group/terms-of-reference',
    draft: '/secretariat/bodies/evidence-group/terms-of-reference/draft',
    preview: '/secretariat/bodies/evidence-group/terms-of-reference/draft/preview',
    publish: '/secretariat/bodies/evidence-group/terms-of-reference/draft/publish',
    discard: '/secretariat/bodies/evidence-group/terms-of-reference/draft/discard',
  });
});
