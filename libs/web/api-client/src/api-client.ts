import { getOperationAST, print, type DocumentNode } from 'graphql';
import { ApiError, ApiUnavailableError, type GraphQLErrorEntry } from './api-errors';

export interface ApiClientOptions {
  /** The GraphQL endpoint, e.g. `http://localhost:3333/graphql`. */
  readonly url: string;
  /** A session token, sent as `Authorization: Bearer <token>`. */
  readonly token?: string;
  /**
   * The address of the person the request is made for, sent as `X-Forwarded-For` (the API trusts
   * it from the web server's address only), so that the API can throttle per person.
   */
  readonly forwardedFor?: string;
  /** Defaults to the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Give up on a request after this many milliseconds. Defaults to 10 seconds. */
  readonly timeoutMs?: number;
}

/**
 * A GraphQL document that carries the types of its result and variables, as the generated
 * documents in `./generated` do (the same shape as `@graphql-typed-document-node/core`'s).
 */
export interface TypedDocumentNode<TResult, TVariables> extends DocumentNode {
  readonly __apiType?: (variables: TVariables) => TResult;
}

/** The variables argument of a request: optional for operations without variables. */
export type RequestVariables<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

export interface ApiClient {
  request<TResult, TVariables extends Record<string, unknown>>(
    document: TypedDocumentNode<TResult, TVariables>,
    ...variables: RequestVariables<TVariables>
  ): Promise<TResult>;
}

const DEFAULT_TIMEOUT_MS = 10_000;

const printed = new WeakMap<DocumentNode, { query: string; operationName: string | undefined }>();

function serialise(document: DocumentNode): { query: string; operationName: string | undefined } {
  let entry = printed.get(document);
  if (!entry) {
    entry = { query: print(document), operationName: getOperationAST(document)?.name?.value };
    printed.set(document, entry);
  }
  return entry;
}

interface GraphQLResponse {
  readonly data?: unknown;
  readonly errors?: readonly GraphQLErrorEntry[];
}

function isGraphQLResponse(value: unknown): value is GraphQLResponse {
  if (typeof value !== 'object' || value === null) return false;
  const { data, errors } = value as Record<string, unknown>;
  const errorsValid =
    errors === undefined ||
    (Array.isArray(errors) &&
      errors.every(
        (error) =>
          typeof error === 'object' &&
          error !== null &&
          typeof (error as Record<string, unknown>)['message'] === 'string',
      ));
  return errorsValid && (data !== undefined || errors !== undefined);
}

/**
 * A server-side GraphQL client for the portal's API. It POSTs JSON, forwards the session token,
 * and turns failures into two error types: `ApiError` (the API answered with GraphQL errors) and
 * `ApiUnavailableError` (it could not be reached or did not answer in GraphQL).
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const { url, token, forwardedFor, timeoutMs = DEFAULT_TIMEOUT_MS } = options;
  const fetchImpl = options.fetch ?? fetch;

  const headers: Record<string, string> = {
    accept: 'application/graphql-response+json, application/json',
    'content-type': 'application/json',
  };
  if (token) headers['authorization'] = `Bearer ${token}`;
  if (forwardedFor) headers['x-forwarded-for'] = forwardedFor;

  return {
    async request<TResult, TVariables extends Record<string, unknown>>(
      document: TypedDocumentNode<TResult, TVariables>,
      ...[variables]: RequestVariables<TVariables>
    ): Promise<TResult> {
      const { query, operationName } = serialise(document);
      const label = operationName ?? 'The operation';
      const body = JSON.stringify({ query, operationName, variables: variables ?? {} });

      let payload: unknown;
      let response: Response;
      try {
        response = await fetchImpl(url, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        payload = await response.json();
      } catch (cause) {
        throw new ApiUnavailableError(`${label} got no answer from the API at ${url}`, { cause });
      }

      if (!isGraphQLResponse(payload)) {
        throw new ApiUnavailableError(
          `${label} got HTTP ${response.status} without a GraphQL response from ${url}`,
        );
      }
      if (payload.errors?.length) throw new ApiError(payload.errors);
      if (payload.data === null || payload.data === undefined) throw new ApiError([]);
      return payload.data as TResult;
    },
  };
}
