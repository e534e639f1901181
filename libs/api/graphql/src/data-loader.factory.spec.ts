import { DataLoaderFactory, loaderKey } from './data-loader.factory';

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
