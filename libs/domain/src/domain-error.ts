import type { ErrorCode } from '@boards/shared/contracts';

/**
 * A failure of a governance rule or of the caller's input, with a code from the
 * shared list. The API's error filter turns it into a GraphQL error whose
 * `extensions.code` is `code` and whose message is safe to show to the user.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
