import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import { GraphQLError, validate } from 'graphql';
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

/**
 * Refuses an operation that is too deep or too costly once it is parsed and resolved,
 * before any resolver runs, so no SQL is sent for it.
 */
export function queryLimitsPlugin(limits: QueryLimits): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          const depthErrors = validate(schema, document, [depthLimit(limits.maxDepth)]);
          if (depthErrors.length > 0) {
            throw tooComplex(
              `The query is nested too deeply: at most ${limits.maxDepth} levels are allowed`,
              {
                maxDepth: limits.maxDepth,
              },
            );
          }
          const complexity = getComplexity({
            schema,
            query: document,
            variables: request.variables ?? {},
            ...(request.operationName ? { operationName: request.operationName } : {}),
            estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
          });
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
