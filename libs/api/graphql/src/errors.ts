import { Catch, HttpException, Logger, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType, GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError, Kind, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { isDomainError } from '@boards/domain';
import { ERROR_MESSAGES, isErrorCode, type ErrorCode } from '@boards/shared/contracts';

const logger = new Logger('GraphQL');

const HTTP_STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'BAD_USER_INPUT',
  429: 'TOO_MANY_REQUESTS',
};

/** Apollo's own codes for a request that is not a valid operation: all the caller's doing. */
const APOLLO_INPUT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

/**
 * PostgreSQL's refusals of text it cannot store: the NUL character (0x00), which no text column
 * holds, in any string a caller sent. The statement fails and its transaction rolls back, so the
 * caller is told their input is at fault rather than the service.
 */
const UNSTORABLE_TEXT_CODES = new Set(['22021', '22P05']);

function isUnstorableText(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const driverError = (error as { driverError?: { code?: unknown } }).driverError;
  const code = driverError?.code ?? (error as { code?: unknown }).code;
  return typeof code === 'string' && UNSTORABLE_TEXT_CODES.has(code);
}

/**
 * The one mapping from anything thrown while serving GraphQL to an error the caller may see:
 * a code from the shared list and a message that is safe to show. Unexpected errors are
 * logged here, with their stack, and reach the caller only as INTERNAL_SERVER_ERROR.
 */
export function toSafeError(error: unknown): {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
} {
  if (isDomainError(error)) {
    return {
      code: error.code,
      message: error.message,
      ...(error.details ? { details: { ...error.details } } : {}),
    };
  }
  if (isUnstorableText(error)) {
    return { code: 'BAD_USER_INPUT', message: 'Text may not contain the NUL character (0x00)' };
  }
  if (error instanceof HttpException) {
    const code = HTTP_STATUS_CODES[error.getStatus()];
    if (code) return { code, message: error.message };
  }
  if (error instanceof GraphQLError) {
    const code = error.extensions?.['code'];
    // Made by the filter below, which has already logged the cause.
    if (code === 'INTERNAL_SERVER_ERROR')
      return { code, message: ERROR_MESSAGES.INTERNAL_SERVER_ERROR };
    if (isErrorCode(code)) return { code, message: error.message };
    if (typeof code === 'string' && APOLLO_INPUT_CODES.has(code))
      return { code: 'BAD_USER_INPUT', message: error.message };
  }
  logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return { code: 'INTERNAL_SERVER_ERROR', message: ERROR_MESSAGES.INTERNAL_SERVER_ERROR };
}

/** Nest filter: resolver exceptions become GraphQL errors with `extensions.code`; HTTP routes keep Nest's handling. */
@Catch()
export class GraphqlErrorFilter extends BaseExceptionFilter implements GqlExceptionFilter {
  override catch(exception: unknown, host: ArgumentsHost): GraphQLError | void {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    const { code, message, details } = toSafeError(exception);
    return new GraphQLError(message, { extensions: { code, ...(details ? { details } : {}) } });
  }
}

/**
 * A variable that does not fit its declared type (a required input field left out, a string for
 * an Int). graphql-js words some of these in ways Apollo does not recognise, so it leaves them
 * without a code; they are the caller's doing all the same.
 */
function isVariableCoercionError(error: unknown): error is GraphQLError {
  return (
    error instanceof GraphQLError &&
    error.extensions?.['code'] === undefined &&
    error.path === undefined &&
    (error.nodes?.some((node) => node.kind === Kind.VARIABLE_DEFINITION) ?? false)
  );
}

/**
 * Request-level input errors (a variable that does not fit its type, an operation that cannot
 * be resolved) answer 400 like every other input error, not 500: they are coded BAD_USER_INPUT
 * where Apollo left them uncoded, and given their status before Apollo picks one.
 */
export const variableErrorsPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          if (!(error instanceof GraphQLError) || error.path !== undefined) continue;
          const extensions = error.extensions as Record<string, unknown>;
          if (isVariableCoercionError(error)) extensions['code'] = 'BAD_USER_INPUT';
          const code = extensions['code'];
          if (typeof code === 'string' && APOLLO_INPUT_CODES.has(code) && !extensions['http']) {
            extensions['http'] = { status: 400 };
          }
        }
      },
    };
  },
};

/** The error to judge: a coded GraphQL error as it is, else what was thrown inside a resolver. */
function causeOf(error: unknown): unknown {
  const unwrapped = unwrapResolverError(error);
  if (
    unwrapped instanceof GraphQLError &&
    typeof unwrapped.extensions?.['code'] !== 'string' &&
    unwrapped.originalError
  ) {
    return unwrapped.originalError;
  }
  return unwrapped;
}

/**
 * Apollo's last word on every error in a response (parse, validation, limits, resolvers):
 * only the message, locations, path and our code leave the server; never a stack trace.
 */
export function formatGraphqlError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const safe = toSafeError(causeOf(error));
  const details =
    safe.details ?? (formatted.extensions?.['details'] as Record<string, unknown> | undefined);
  return {
    message: safe.message,
    ...(formatted.locations ? { locations: formatted.locations } : {}),
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: safe.code, ...(details ? { details } : {}) },
  };
}
