import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { GraphQLError, validate, type DocumentNode } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';

export interface QueryLimits {
  /** Deepest selection allowed (introspection fields are not counted). */
  maxDepth: number;
  /** Highest cost allowed: each field costs 1 unless its `complexity` extension says otherwise. */
  maxComplexity: number;
}

function tooComplex(message: string, details: Record<string, number>): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'QUERY_TOO_COMPLEX', details, http: { status: 400 } },
  });
}

/** How many variable sets' costs are kept per document before they are forgotten. */
const COSTS_PER_DOCUMENT = 64;

interface Measured {
  tooDeep: boolean;
  /** Cost by operation name and variables (the cost of a list depends on its `first`). */
  costs: Map<string, number>;
}

/**
 * Refuses an operation that is too deep or too costly once it is parsed and resolved,
 * before any resolver runs, so no SQL is sent for it. What was measured is kept with the
 * parsed document (Apollo keeps one per query text), so a query asked again, as every page
 * view asks the same ones, is not walked again: its depth never changes, and its cost only
 * with its variables.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  const measured = new WeakMap<DocumentNode, Measured>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let known = measured.get(document);
          if (!known) {
            const tooDeep = validate(schema, document, [depthLimit(limits.maxDepth)]).length > 0;
            known = { tooDeep, costs: new Map() };
            measured.set(document, known);
          }
          if (known.tooDeep) {
            throw tooComplex(
              `The query is nested too deeply: at most ${limits.maxDepth} levels are allowed`,
              {
                maxDepth: limits.maxDepth,
              },
            );
          }
          const key = JSON.stringify([request.operationName ?? null, request.variables ?? {}]);
          let complexity = known.costs.get(key);
          if (complexity === undefined) {
            complexity = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              ...(request.operationName ? { operationName: request.operationName } : {}),
              estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
            });
            if (known.costs.size >= COSTS_PER_DOCUMENT) known.costs.clear();
            known.costs.set(key, complexity);
          }
          if (complexity > limits.maxComplexity) {
            throw tooComplex(
              `The query costs ${complexity}, more than the ${limits.maxComplexity} allowed`,
              {
                complexity,
                maxComplexity: limits.maxComplexity,
              },
            );
          }
        },
      };
    },
  };
}
