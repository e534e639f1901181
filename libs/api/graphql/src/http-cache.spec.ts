import { entityTag, ifNoneMatchHits } from './http-cache';

describe('entityTag', () => {
  it('is a quoted hash of the bytes: the same for the same body, different otherwise', () => {
    expect(entityTag('a')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(entityTag('a')).toBe(entityTag(Buffer.from('a')));
    expect(entityTag('a')).not.toBe(entityTag('b'));
  });
});

describe('ifNoneMatchHits', () => {
  const etag = '"abc"';
  it.each([
    ['no header', undefined, false],
    ['the same tag', '"abc"', true],
    ['the weak form of it', 'W/"abc"', true],
    ['in a list', '"x", W/"y" ,"abc"', true],
    ['any', '*', true],
    ['another tag', '"abd"', false],
    ['a longer tag', '"abcd"', false],
    ['unquoted', 'abc', false],
    ['empty', '', false],
  ])('%s', (_case, header, expected) => {
    expect(ifNoneMatchHits(header, etag)).toBe(expected);
  });
});
