import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { isUuid } from '@boards/shared/contracts';

/** Loads many keys at once; the result has one entry per key, in the same order. */
export type BatchLoad<K, V> = (keys: readonly K[]) => Promise<ReadonlyArray<V | Error>>;

/** A typed name for one kind of loader; features declare these next to the service that batches. */
export interface LoaderKey<K, V> {
  readonly name: string;
  /** Phantom field carrying the key and value types. */
  readonly __types?: [K, V];
}

export function loaderKey<K, V>(name: string): LoaderKey<K, V> {
  return { name };
}

/**
 * A singleton that holds each feature's batch function and makes a fresh set of loaders
 * for every request, so caching never crosses requests or callers.
 */
@Injectable()
export class DataLoaderFactory {
  private readonly batches = new Map<string, BatchLoad<unknown, unknown>>();

  register<K, V>(key: LoaderKey<K, V>, batch: BatchLoad<K, V>): void {
    if (this.batches.has(key.name))
      throw new Error(`A loader named ${key.name} is already registered`);
    this.batches.set(key.name, batch as BatchLoad<unknown, unknown>);
  }

  forRequest(): RequestLoaders {
    return new RequestLoaders(this.batches);
  }
}

export class RequestLoaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  constructor(private readonly batches: ReadonlyMap<string, BatchLoad<unknown, unknown>>) {}

  get<K, V>(key: LoaderKey<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key.name);
    if (!loader) {
      const batch = this.batches.get(key.name);
      if (!batch) throw new Error(`No loader named ${key.name} is registered`);
      loader = new DataLoader(batch, { maxBatchSize: 1000 });
      this.loaders.set(key.name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Each key's rows, in the keys' order (a batch function's answer), by the key `keyOf` gives. */
export function groupByKeys<K, V>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
): V[][] {
  const byKey = new Map<K, V[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = byKey.get(key);
    if (group) group.push(row);
    else byKey.set(key, [row]);
  }
  return keys.map((key) => byKey.get(key) ?? []);
}

/**
 * The batch answer for keys that are ids: `read` is asked once for the distinct ids that are
 * UUIDs (not at all when none is), and each key gets the rows `idOf` says are its own.
 */
export async function rowsForIds<V>(
  ids: readonly string[],
  read: (ids: string[]) => Promise<readonly V[]>,
  idOf: (row: V) => string,
): Promise<V[][]> {
  const valid = [...new Set(ids.filter(isUuid))];
  return groupByKeys(ids, valid.length ? await read(valid) : [], idOf);
}
