/**
 * The one list of error codes the portal uses. The API puts one of these in every
 * GraphQL error's `extensions.code`; the web app maps them to GOV.UK error messages.
 */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'CROSS_SEAT_RULE',
  'MEMBERSHIP_OVERLAP',
  'INVALID_TRANSITION',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** Plain-English messages shown to people when the server's own message is not suitable. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  BAD_USER_INPUT: 'Some of the information you gave is not valid',
  UNAUTHENTICATED: 'You need to sign in to do that',
  FORBIDDEN: 'You do not have permission to do that',
  NOT_FOUND: 'We could not find what you asked for',
  CONFLICT: 'Someone else changed this while you were editing it',
  CROSS_SEAT_RULE: 'This would break the cross-seating rule',
  MEMBERSHIP_OVERLAP: 'This person already has a membership of this body for those dates',
  INVALID_TRANSITION: 'That change is not allowed at this stage',
  QUERY_TOO_COMPLEX: 'The request was too large or too deeply nested',
  TOO_MANY_REQUESTS: 'Too many attempts. Wait a few minutes and try again',
  INTERNAL_SERVER_ERROR: 'Sorry, there is a problem with the service',
};
