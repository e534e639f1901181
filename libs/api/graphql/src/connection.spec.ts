import fc from 'fast-check';
import { isDomainError } from '@boards/domain';
import { decodeCursor, encodeCursor, pageOfList, pageSize, toConnection } from './connection';

const codeOf = (action: () => unknown) => {
  try {
    action();
    return 'ok';
  } catch (error) {
    return isDomainError(error) ? error.code : 'other';
  }
};

describe('cursors', () => {
  it('round-trip any key of strings and numbers', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string(), fc.integer()), { minLength: 1, maxLength: 4 }),
        (key) => {
          expect(decodeCursor(encodeCursor(key), key.length)).toEqual(key);
        },
      ),
    );
  });

  it.each([
    ['not base64url', '***'],
    ['not JSON', Buffer.from('nope').toString('base64url')],
    ['the wrong length', encodeCursor(['a'])],
    ['an object inside', Buffer.from('[{"a":1},"b"]').toString('base64url')],
    ['far too long', 'a'.repeat(2_000)],
  ])('refuse a cursor that is %s with BAD_USER_INPUT', (_label, cursor) => {
    expect(codeOf(() => decodeCursor(cursor, 2))).toBe('BAD_USER_INPUT');
  });
});

describe('pageSize', () => {
  it.each([
    [undefined, 50],
    [null, 50],
    [1, 1],
    [100, 100],
  ])('first=%s gives %s', (first, expected) => {
    expect(pageSize(first)).toBe(expected);
  });

  it.each([0, -1, 101, 2.5])('refuses first=%s', (first) => {
    expect(codeOf(() => pageSize(first))).toBe('BAD_USER_INPUT');
  });
});

describe('toConnection', () => {
  const rows = [1, 2, 3].map((n) => ({ id: `id-${n}`, name: `N${n}` }));

  it('uses the extra row only to say there is a next page', () => {
    const page = toConnection(
      rows,
      2,
      7,
      (row) => row.name,
      (row) => [row.name, row.id],
    );
    expect(page.edges.map((edge) => edge.node)).toEqual(['N1', 'N2']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['N2', 'id-2']) });
    expect(page.totalCount).toBe(7);
  });

  it('says there is no next page, and has no end cursor, when empty', () => {
    expect(toConnection([], 5, 0, String, () => ['x']).pageInfo).toEqual({
      hasNextPage: false,
      endCursor: null,
    });
  });
});

describe('pageOfList', () => {
  const items = ['a', 'b', 'c', 'd', 'e'];

  it('pages through a list in memory, cursor by cursor, to the end', () => {
    const first = pageOfList(items, { first: 2 });
    expect(first.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(5);
    const second = pageOfList(items, { first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map((e) => e.node)).toEqual(['c', 'd']);
    const third = pageOfList(items, { first: 2, after: second.pageInfo.endCursor });
    expect(third.edges.map((e) => e.node)).toEqual(['e']);
    expect(third.pageInfo.hasNextPage).toBe(false);
  });

  it.each([
    ['a cursor of another shape', encodeCursor(['x', 'y'])],
    ['a negative position', encodeCursor([-1])],
    ['a fractional position', encodeCursor([1.5])],
    ['a string position', encodeCursor(['1'])],
  ])('refuses %s with BAD_USER_INPUT', (_name, after) => {
    expect(() => pageOfList(items, { after })).toThrow(
      expect.objectContaining({ code: 'BAD_USER_INPUT' }),
    );
  });
});
