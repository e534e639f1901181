import { MeetingFormOptionsDocument, ScheduleMeetingDocument } from '@boards/web/api-client';
import { Button } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt, apiRequest } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { MeetingFields } from '../meetings/meeting-fields';
import { MEETING_FIELD_IDS, readMeetingForm, WARNINGS_SEEN } from '../meetings/meeting-form';
import { shownWarnings, warningsFor } from '../meetings/meeting-form.server';
import {
  hasWarnings,
  MeetingWarningsPanel,
  warningsFingerprint,
} from '../meetings/meeting-warnings';
import type { RouteHandle } from '../route-handle';
import { MEETINGS_BREADCRUMBS, meetingPath } from '../secretariat/meeting-breadcrumbs';
import { redirectWithValues } from '../secretariat/flash-values.server';
import { flashNotice } from '../session.server';

const PATH = '/secretariat/meetings/new';

export const handle: RouteHandle = { breadcrumbs: MEETINGS_BREADCRUMBS };

export const meta: MetaFunction = (args) => [{ title: formPageTitle('Schedule a meeting', args) }];

/**
 * The bodies to choose from (those that exist today or on a later day, as the API says: a body
 * being wound down can still meet until its last day); and the warnings, once the form has been
 * checked.
 */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const { bodies } = await apiRequest(args, MeetingFormOptionsDocument);
  return {
    bodies: bodies.filter((body) => body.stillExists).map(({ id, name }) => ({ id, name })),
    shown: await shownWarnings(args, null),
  };
}

/**
 * Checks the form as the API will, then asks the API for warnings (people double-booked, fewer
 * meetings than the terms of reference say). With warnings not yet seen, the form comes back
 * with them; once seen (and unchanged), or with none, the meeting is scheduled.
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const posted = await readForm(request);
  const form = readMeetingForm(posted);
  if (!form.ok) return redirectWithErrors(request, form.errors, form.values);
  const warnings = await warningsFor(args, form.input, null);
  if (
    warnings &&
    hasWarnings(warnings) &&
    formString(posted, WARNINGS_SEEN) !== warningsFingerprint(warnings)
  ) {
    return redirectWithValues(request, PATH, form.values);
  }
  const outcome = await apiAttempt(args, ['BAD_USER_INPUT'], ScheduleMeetingDocument, {
    input: form.input,
  });
  if (!outcome.ok) {
    return redirectWithErrors(
      request,
      fieldErrorsFromApi(outcome.error, MEETING_FIELD_IDS, 'title'),
      form.values,
    );
  }
  const meeting = outcome.data.scheduleMeeting;
  return redirect(meetingPath(meeting.id), {
    status: 303,
    headers: { 'Set-Cookie': await flashNotice(request, `${meeting.title} has been scheduled`) },
  });
}

export default function ScheduleMeeting() {
  const { bodies, shown } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">Meetings</span>
        <h1 className="govuk-heading-l">Schedule a meeting</h1>
        {shown ? <MeetingWarningsPanel warnings={shown.warnings} /> : null}
        <form method="post" action={PATH} noValidate>
          {shown ? <input type="hidden" name={WARNINGS_SEEN} value={shown.fingerprint} /> : null}
          <MeetingFields bodies={bodies} values={values} errors={errors} />
          <Button>{shown ? 'Schedule the meeting anyway' : 'Schedule the meeting'}</Button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href="/secretariat/meetings">
            Cancel and go back to meetings
          </a>
        </p>
      </div>
    </div>
  );
}
