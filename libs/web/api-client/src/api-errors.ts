import { isErrorCode, type ErrorCode } from '@boards/shared/contracts';

/** One entry of a GraphQL response's `errors` list, as far as this client relies on it. */
export interface GraphQLErrorEntry {
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: Readonly<Record<string, unknown>>;
}

/**
 * The API answered, but with GraphQL errors. `code` is the first error's `extensions.code` when it
 * is one of the portal's error codes, and `INTERNAL_SERVER_ERROR` otherwise. The message is the
 * server's own, for logs; show people `ERROR_MESSAGES[code]` instead.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly code: ErrorCode;
  readonly errors: readonly GraphQLErrorEntry[];

  constructor(errors: readonly GraphQLErrorEntry[]) {
    const [first] = errors;
    super(first?.message ?? 'The API returned no data');
    const code = first?.extensions?.['code'];
    this.code = isErrorCode(code) ? code : 'INTERNAL_SERVER_ERROR';
    this.errors = errors;
  }
}

/** The API could not be reached, timed out, or answered with something that is not GraphQL. */
export class ApiUnavailableError extends Error {
  override readonly name = 'ApiUnavailableError';
}
