import type { MeetingDetails } from '@boards/shared/contracts';
import { MeetingWarningsDocument } from '@boards/web/api-client';
import { apiAttempt, type RequestArgs } from '../api.server';
import { flashedValues } from '../secretariat/flash-values.server';
import { readMeetingForm } from './meeting-form';
import { hasWarnings, warningsFingerprint, type MeetingWarnings } from './meeting-warnings';

/** The API's warnings for a meeting as entered; null when the API refuses the input itself. */
export async function warningsFor(
  args: RequestArgs,
  input: MeetingDetails,
  meetingId: string | null,
): Promise<MeetingWarnings | null> {
  const outcome = await apiAttempt(args, ['BAD_USER_INPUT'], MeetingWarningsDocument, {
    input,
    meetingId,
  });
  return outcome.ok ? outcome.data.meetingWarnings : null;
}

/**
 * For the form's loader: when the page was reached by `redirectWithValues` after the action
 * found warnings, the warnings for those values (asked again, so they are current) and their
 * fingerprint for the form to carry; otherwise nothing.
 */
export async function shownWarnings(
  args: RequestArgs & { request: Request },
  meetingId: string | null,
): Promise<{ warnings: MeetingWarnings; fingerprint: string } | null> {
  const values = await flashedValues(args.request);
  if (!values) return null;
  const form = readMeetingForm({ get: (name) => values[name] ?? null });
  if (!form.ok) return null;
  const warnings = await warningsFor(args, form.input, meetingId);
  if (!warnings || !hasWarnings(warnings)) return null;
  return { warnings, fingerprint: warningsFingerprint(warnings) };
}
