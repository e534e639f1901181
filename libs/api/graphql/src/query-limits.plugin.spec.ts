import { ApolloServer } from '@apollo/server';
import {
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
} from 'graphql';
import { queryLimitsPlugin } from './query-limits.plugin';
import { formatGraphqlError } from './errors';

// A self-referencing schema, so that depth can grow without limit.
const typeDefs = `
  type Person { name: String! friends: [Person!]! }
  type Query { me: Person! }
`;

describe('queryLimitsPlugin', () => {
  let resolved: number;
  const resolvers = {
    Query: { me: () => ((resolved += 1), { name: 'A' }) },
    Person: { friends: () => ((resolved += 1), [{ name: 'B' }]) },
  };
  const server = new ApolloServer({
    typeDefs,
    resolvers,
    formatError: formatGraphqlError,
    plugins: [queryLimitsPlugin({ maxDepth: 3, maxComplexity: 10 })],
  });

  beforeAll(() => server.start());
  afterAll(() => server.stop());
  beforeEach(() => (resolved = 0));

  const nested = (depth: number) =>
    `{ me { ${'friends { '.repeat(depth)}name${' }'.repeat(depth)} } }`;

  async function run(query: string) {
    const response = await server.executeOperation({ query });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return { http: response.http.status, result: response.body.singleResult };
  }

  it.each([0, 1, 2])('lets through a query nested %i levels below me', async (depth) => {
    const { result } = await run(nested(depth));
    expect(result.errors).toBeUndefined();
  });

  it.each([3, 4, 12])(
    'refuses %i levels with QUERY_TOO_COMPLEX and resolves nothing',
    async (depth) => {
      const { http, result } = await run(nested(depth));
      expect(http).toBe(400);
      expect(result.errors?.[0]?.extensions).toEqual({
        code: 'QUERY_TOO_COMPLEX',
        details: { maxDepth: 3 },
      });
      expect(result.data).toBeUndefined();
      expect(resolved).toBe(0);
    },
  );

  it('counts cost across aliases and refuses above the limit', async () => {
    const cheap = await run(
      `{ ${Array.from({ length: 5 }, (_, i) => `a${i}: me { name }`).join(' ')} }`,
    );
    expect(cheap.result.errors).toBeUndefined();
    const costly = await run(
      `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: me { name }`).join(' ')} }`,
    );
    expect(costly.result.errors?.[0]?.extensions).toEqual({
      code: 'QUERY_TOO_COMPLEX',
      details: { complexity: 12, maxComplexity: 10 },
    });
    expect(resolved).toBe(5);
  });

  it('does not count introspection towards depth', async () => {
    const { result } = await run(
      '{ __schema { types { fields { type { ofType { ofType { name } } } } } } }',
    );
    expect(result.errors?.[0]?.extensions?.['code']).not.toBe('QUERY_TOO_COMPLEX');
  });

  it('refuses a query asked again as it did the first time', async () => {
    for (let i = 0; i < 3; i += 1) {
      const { result } = await run(nested(4));
      expect(result.errors?.[0]?.extensions?.['code']).toBe('QUERY_TOO_COMPLEX');
    }
    expect(resolved).toBe(0);
  });
});

describe('queryLimitsPlugin with costs that depend on variables', () => {
  // `items(first:)` costs `first` times its selection, as the portal's paged lists do.
  const item = new GraphQLObjectType({ name: 'Item', fields: { name: { type: GraphQLString } } });
  const schema = new GraphQLSchema({
    query: new GraphQLObjectType({
      name: 'Query',
      fields: {
        items: {
          type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(item))),
          args: { first: { type: new GraphQLNonNull(GraphQLInt) } },
          extensions: {
            complexity: ({
              args,
              childComplexity,
            }: {
              args: { first: number };
              childComplexity: number;
            }) => args.first * childComplexity,
          },
          resolve: (_: unknown, { first }: { first: number }) =>
            Array.from({ length: Math.min(first, 3) }, (_, i) => ({ name: `item ${i}` })),
        },
      },
    }),
  });
  const server = new ApolloServer({
    schema,
    formatError: formatGraphqlError,
    plugins: [queryLimitsPlugin({ maxDepth: 3, maxComplexity: 10 })],
  });
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  const QUERY = 'query ($first: Int!) { items(first: $first) { name } }';
  async function code(first: number) {
    const response = await server.executeOperation({ query: QUERY, variables: { first } });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult.errors?.[0]?.extensions?.['code'] ?? 'ok';
  }

  it('measures the same query text again for other variables', async () => {
    // Cheap, costly, cheap again and costly again: a cost kept for one set of variables is
    // never the answer for another.
    expect([await code(2), await code(20), await code(2), await code(20), await code(10)]).toEqual([
      'ok',
      'QUERY_TOO_COMPLEX',
      'ok',
      'QUERY_TOO_COMPLEX',
      'ok',
    ]);
  });
});
