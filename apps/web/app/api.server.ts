import {
  ApiError,
  ApiUnavailableError,
  createApiClient,
  type RequestVariables,
  type TypedDocumentNode,
} from '@boards/web/api-client';
import { config } from './config.server';

/**
 * Runs a GraphQL operation against the portal's API for a loader or action. Failures become
 * responses for the error boundary, carrying a status and nothing else, so no server detail can
 * reach the page: 503 when the API cannot be reached, 404 for NOT_FOUND and 500 for other errors.
 */
export async function apiRequest<TResult, TVariables extends Record<string, unknown>>(
  document: TypedDocumentNode<TResult, TVariables>,
  ...variables: RequestVariables<TVariables>
): Promise<TResult> {
  try {
    return await createApiClient({ url: config.API_URL }).request(document, ...variables);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'NOT_FOUND') {
      throw new Response(null, { status: 404 });
    }
    if (error instanceof ApiUnavailableError) {
      console.error('The API is unavailable:', error.message, error.cause);
      throw new Response(null, { status: 503 });
    }
    if (error instanceof ApiError) {
      console.error(`The API answered with ${error.code}:`, error.errors);
      throw new Response(null, { status: 500 });
    }
    throw error;
  }
}
