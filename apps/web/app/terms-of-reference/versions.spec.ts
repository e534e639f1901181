import {
  dayBefore,
  inForce,
  secretariatTermsOfReferencePaths,
  termsOfReferencePaths,
  versionNumberOf,
} from './versions';

describe('inForce', () => {
  const history = [
    { number: 3, effectiveFrom: '2099-01-01' },
    { number: 2, effectiveFrom: '2024-09-01' },
    { number: 1, effectiveFrom: '2021-04-14' },
  ];
  const TODAY = '2026-11-23';

  it.each([
    [1, { kind: 'PAST', text: 'In force from 14 April 2021 to 31 August 2024' }],
    [2, { kind: 'CURRENT', text: 'In force since 1 September 2024' }],
    [3, { kind: 'FUTURE', text: 'Comes into force on 1 January 2099' }],
  ])('says when version %i is in force', (number, expected) => {
    const version = history.find((v) => v.number === number);
    expect(inForce(version as (typeof history)[number], history, TODAY)).toEqual(expected);
  });

  it('calls a version current on the day it comes into force, and past the day the next one does', () => {
    expect(inForce(history[1], history, '2024-09-01').kind).toBe('CURRENT');
    expect(inForce(history[2], history, '2024-09-01').kind).toBe('PAST');
    expect(inForce(history[2], history, '2024-08-31').kind).toBe('CURRENT');
  });

  it('says a draft is not published yet', () => {
    expect(inForce({ number: 4, effectiveFrom: null }, history, TODAY)).toEqual({
      kind: 'UNPUBLISHED',
      text: 'Not published yet',
    });
  });
});

describe('dayBefore', () => {
  it.each([
    ['2024-03-01', '2024-02-29'],
    ['2025-01-01', '2024-12-31'],
    ['2024-10-28', '2024-10-27'],
  ])('the day before %s is %s', (day, before) => {
    expect(dayBefore(day)).toBe(before);
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
