import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import type { Type } from '@nestjs/common';
import { DomainError } from '@boards/domain';

@ObjectType('PageInfo', { description: 'Where a page of a list ends, for asking for the next' })
export class PageInfo {
  @Field({ description: 'Whether there are more items after this page' })
  hasNextPage!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Pass as `after` for the next page; null on an empty page',
  })
  endCursor!: string | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, {
    nullable: true,
    description: `How many items to return: 1 to ${MAX_PAGE_SIZE}, ${DEFAULT_PAGE_SIZE} if left out`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  after?: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/**
 * A Relay-style connection type for `Node`: `{ edges { cursor node } pageInfo totalCount }`.
 * Call once per node type, at module level.
 */
export function connectionType<T>(Node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field()
    cursor!: string;

    @Field(() => Node)
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items` })
  class ConnectionType {
    @Field(() => [EdgeType])
    edges!: EdgeType[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items match, across every page' })
    totalCount!: number;
  }
  return ConnectionType;
}

/** The page size asked for, checked: BAD_USER_INPUT outside 1..MAX_PAGE_SIZE. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `first must be a whole number from 1 to ${MAX_PAGE_SIZE}`,
      {
        field: 'first',
      },
    );
  }
  return first;
}

/**
 * An opaque cursor for keyset pagination: the sort key values of the last item, as base64url
 * JSON. Opaque to clients; only this module reads it.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The key inside a cursor of `length` strings or numbers; BAD_USER_INPUT when it is not one of ours. */
export function decodeCursor(cursor: string, length: number): (string | number)[] {
  const invalid = () =>
    new DomainError('BAD_USER_INPUT', 'after is not a cursor from this list', { field: 'after' });
  if (cursor.length > 1_000 || !/^[A-Za-z0-9_-]*$/.test(cursor)) throw invalid();
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (
    !Array.isArray(key) ||
    key.length !== length ||
    !key.every((part) => typeof part === 'string' || typeof part === 'number')
  ) {
    throw invalid();
  }
  return key as (string | number)[];
}

/**
 * Builds a connection from rows fetched with LIMIT first + 1 (the extra row only says whether
 * there is a next page).
 */
export function toConnection<R, T>(
  rows: readonly R[],
  first: number,
  totalCount: number,
  toNode: (row: R) => T,
  keyOf: (row: R) => readonly (string | number)[],
): Connection<T> {
  const page = rows.slice(0, first);
  const edges = page.map((row) => ({ cursor: encodeCursor(keyOf(row)), node: toNode(row) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}

/**
 * A page of a list already in memory (short lists that a rule filters after loading, such as
 * a body's members once consent is applied): the cursor is the position after the page.
 */
export function pageOfList<T>(
  items: readonly T[],
  args: { first?: number | null; after?: string | null },
): Connection<T> {
  const first = pageSize(args.first);
  let start = 0;
  if (args.after) {
    const [position] = decodeCursor(args.after, 1);
    if (typeof position !== 'number' || !Number.isInteger(position) || position < 0) {
      throw new DomainError('BAD_USER_INPUT', 'after is not a cursor from this list', {
        field: 'after',
      });
    }
    start = position;
  }
  const rows = items.slice(start, start + first + 1);
  let index = start;
  return toConnection(
    rows,
    first,
    items.length,
    (item) => item,
    () => [++index],
  );
}
