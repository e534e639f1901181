import type { ErrorCode } from '@boards/shared/contracts';
import type { ApiError } from '@boards/web/api-client';
import { redirect } from '@remix-run/node';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { redirectWithErrors } from '../form-state.server';
import { flashNotice } from '../session.server';

/**
 * The API's refusals of a change to a membership that the form shows: its own checks, a stale
 * `expectedVersion` (CONFLICT: someone else changed it first, and nothing was written), a change
 * that is not possible from where the membership stands, and the membership and cross-seat
 * rules checked again.
 */
export const MEMBERSHIP_CHANGE_ERRORS: readonly ErrorCode[] = [
  'BAD_USER_INPUT',
  'CONFLICT',
  'INVALID_TRANSITION',
  'CROSS_SEAT_RULE',
  'MEMBERSHIP_OVERLAP',
];

/**
 * Back to the form with the API's refusal against the field it names (or `fallback`). After a
 * CONFLICT the page loads the membership as it now is, with its new version.
 */
export function refusedChange(
  request: Request,
  error: ApiError,
  fieldIds: Readonly<Record<string, string>>,
  fallback: string,
  values: Readonly<Record<string, string>>,
): Promise<Response> {
  return redirectWithErrors(request, fieldErrorsFromApi(error, fieldIds, fallback), values);
}

/** A 303 to `to` with a success message. */
export async function doneWith(request: Request, to: string, notice: string): Promise<Response> {
  return redirect(to, {
    status: 303,
    headers: { 'Set-Cookie': await flashNotice(request, notice) },
  });
}
