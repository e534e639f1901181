import type { ErrorCode } from '@boards/shared/contracts';
import {
  ApiError,
  ApiUnavailableError,
  createApiClient,
  type RequestVariables,
  type TypedDocumentNode,
} from '@boards/web/api-client';
import { redirect, type AppLoadContext } from '@remix-run/node';
import type { DocumentNode } from 'graphql';
import { config } from './config.server';
import './load-context';
import { requestPath, signInPath } from './return-to';
import { destroySession, getSession } from './session.server';

/** What a loader or action receives: the request, and the web server's load context. */
export interface RequestArgs {
  readonly request: Request;
  readonly context?: AppLoadContext;
}

function isDocument(value: unknown): value is DocumentNode {
  return typeof value === 'object' && value !== null && (value as DocumentNode).kind === 'Document';
}

async function send<TResult, TVariables extends Record<string, unknown>>(
  args: RequestArgs | undefined,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: RequestVariables<TVariables>,
): Promise<TResult> {
  const token = args ? (await getSession(args.request)).get('token') : undefined;
  const client = createApiClient({
    url: config.API_URL,
    token,
    forwardedFor: args?.context?.clientAddress,
  });
  return client.request(document, ...variables);
}

/**
 * The response for an API failure that the page cannot handle itself, carrying a status and
 * nothing else, so no server detail can reach the page: a sign-in redirect for UNAUTHENTICATED
 * (the session has ended: its cookie is removed and the person comes back here after signing in),
 * 404 for NOT_FOUND, 403 for FORBIDDEN, 503 when the API cannot be reached, and 500 otherwise.
 */
async function failureResponse(error: unknown, args: RequestArgs | undefined): Promise<unknown> {
  if (error instanceof ApiError) {
    switch (error.code) {
      case 'UNAUTHENTICATED':
        return signInRedirect(args?.request);
      case 'NOT_FOUND':
        return new Response(null, { status: 404 });
      case 'FORBIDDEN':
        return new Response(null, { status: 403 });
      default:
        console.error(`The API answered with ${error.code}:`, error.errors);
        return new Response(null, { status: 500 });
    }
  }
  if (error instanceof ApiUnavailableError) {
    console.error('The API is unavailable:', error.message, error.cause);
    return new Response(null, { status: 503 });
  }
  return error;
}

/**
 * A redirect to the sign-in page that removes the session cookie, asking to come back to the
 * page requested (for a form post, the form's page).
 */
export async function signInRedirect(request: Request | undefined): Promise<Response> {
  if (!request) return redirect(signInPath());
  const session = await getSession(request);
  return redirect(signInPath(requestPath(request)), {
    headers: { 'Set-Cookie': await destroySession(session) },
  });
}

/**
 * Runs a GraphQL operation against the portal's API for a loader or action. Given the loader's
 * or action's arguments first, it acts for the person: it forwards their session token as
 * `Authorization: Bearer` and their address as `X-Forwarded-For`. Without them it asks as nobody
 * in particular (public data only). Failures are thrown as responses (see failureResponse).
 */
export async function apiRequest<TResult, TVariables extends Record<string, unknown>>(
  args: RequestArgs,
  document: TypedDocumentNode<TResult, TVariables>,
  ...variables: RequestVariables<TVariables>
): Promise<TResult>;
export async function apiRequest<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  ...variables: RequestVariables<TVariables>
): Promise<TResult>;
export async function apiRequest(...params: unknown[]): Promise<unknown> {
  const [args, document, ...variables] = isDocument(params[0]) ? [undefined, ...params] : params;
  try {
    return await send(
      args as RequestArgs | undefined,
      document as TypedDocumentNode<unknown, Record<string, unknown>>,
      variables as RequestVariables<Record<string, unknown>>,
    );
  } catch (error) {
    throw await failureResponse(error, args as RequestArgs | undefined);
  }
}

export type ApiOutcome<TResult> =
  { readonly ok: true; readonly data: TResult } | { readonly ok: false; readonly error: ApiError };

/**
 * Like `apiRequest`, for a form's action: the errors listed in `expected` (such as
 * BAD_USER_INPUT) are returned for the form to show; any other failure is thrown as a response.
 */
export async function apiAttempt<TResult, TVariables extends Record<string, unknown>>(
  args: RequestArgs,
  expected: readonly ErrorCode[],
  document: TypedDocumentNode<TResult, TVariables>,
  ...variables: RequestVariables<TVariables>
): Promise<ApiOutcome<TResult>> {
  try {
    return { ok: true, data: await send(args, document, variables) };
  } catch (error) {
    if (error instanceof ApiError && expected.includes(error.code)) return { ok: false, error };
    throw await failureResponse(error, args);
  }
}
