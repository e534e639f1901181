import { DataLoaderFactory, groupByKeys, loaderKey, rowsForIds } from './data-loader.factory';

describe('DataLoaderFactory', () => {
  const SQUARE = loaderKey<number, number>('square');

  it('batches the loads of one tick into one call', async () => {
    const factory = new DataLoaderFactory();
    const batch = jest.fn(async (keys: readonly number[]) => keys.map((k) => k * k));
    factory.register(SQUARE, batch);
    const loaders = factory.forRequest();
    await expect(
      Promise.all([1, 2, 3, 2].map((k) => loaders.get(SQUARE).load(k))),
    ).resolves.toEqual([1, 4, 9, 4]);
    expect(batch).toHaveBeenCalledTimes(1);
    expect(batch).toHaveBeenCalledWith([1, 2, 3]);
  });

  it('never shares a cache between requests', async () => {
    const factory = new DataLoaderFactory();
    const batch = jest.fn(async (keys: readonly number[]) => keys.map((k) => k * k));
    factory.register(SQUARE, batch);
    await factory.forRequest().get(SQUARE).load(2);
    await factory.forRequest().get(SQUARE).load(2);
    expect(batch).toHaveBeenCalledTimes(2);
  });

  it('refuses a second loader of the same name and an unregistered one', () => {
    const factory = new DataLoaderFactory();
    factory.register(SQUARE, async (keys) => [...keys]);
    expect(() => factory.register(SQUARE, async (keys) => [...keys])).toThrow('already registered');
    expect(() => factory.forRequest().get(loaderKey('missing'))).toThrow('No loader named missing');
  });
});

describe('groupByKeys and rowsForIds', () => {
  const A = '3f1c2b4a-0000-4000-8000-00000000000a';
  const B = '3f1c2b4a-0000-4000-8000-00000000000b';
  const rows = [
    { of: B, n: 1 },
    { of: A, n: 2 },
    { of: B, n: 3 },
  ];

  it.each([
    ['each key its rows, in row order', [A, B], [[{ of: A, n: 2 }], [rows[0], rows[2]]]],
    [
      'a key asked twice gets its rows twice',
      [B, B],
      [
        [rows[0], rows[2]],
        [rows[0], rows[2]],
      ],
    ],
    ['a key with no rows gets none', ['other', A], [[], [{ of: A, n: 2 }]]],
    ['no keys, no groups', [], []],
  ])('groupByKeys: %s', (_label, keys, expected) => {
    expect(groupByKeys(keys, rows, (row) => row.of)).toEqual(expected);
  });

  it('reads once, for the distinct ids that are UUIDs, and not at all when there are none', async () => {
    const read = jest.fn(async (ids: string[]) => rows.filter((row) => ids.includes(row.of)));
    expect(await rowsForIds([A, 'not-an-id', A, B], read, (row) => row.of)).toEqual([
      [{ of: A, n: 2 }],
      [],
      [{ of: A, n: 2 }],
      [rows[0], rows[2]],
    ]);
    expect(read).toHaveBeenCalledTimes(1);
    expect(read).toHaveBeenCalledWith([A, B]);
    read.mockClear();
    expect(await rowsForIds(['nope'], read, (row) => row.of)).toEqual([[]]);
    expect(read).not.toHaveBeenCalled();
  });
});
