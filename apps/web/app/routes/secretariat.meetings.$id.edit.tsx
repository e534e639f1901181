import {
  MeetingFormOptionsDocument,
  SecretariatMeetingDocument,
  UpdateMeetingDocument,
} from '@boards/web/api-client';
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
import { londonClockTime } from '../dates';
import { formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { MeetingFields } from '../meetings/meeting-fields';
import {
  MEETING_FIELD_IDS,
  meetingFormValues,
  readMeetingForm,
  WARNINGS_SEEN,
} from '../meetings/meeting-form';
import { shownWarnings, warningsFor } from '../meetings/meeting-form.server';
import {
  hasWarnings,
  MeetingWarningsPanel,
  warningsFingerprint,
} from '../meetings/meeting-warnings';
import type { RouteHandle } from '../route-handle';
import { readWholeNumber } from '../secretariat/form-reading';
import { redirectWithValues } from '../secretariat/flash-values.server';
import { MEETINGS_BREADCRUMBS, meetingPath } from '../secretariat/meeting-breadcrumbs';
import { flashNotice } from '../session.server';
import { idParam } from '../id-param';

export const handle: RouteHandle = { breadcrumbs: MEETINGS_BREADCRUMBS };

export const meta: MetaFunction = (args) => [{ title: formPageTitle('Change a meeting', args) }];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const id = idParam(args.params);
  const [{ meeting }, { bodies }] = await Promise.all([
    apiRequest(args, SecretariatMeetingDocument, { id }),
    apiRequest(args, MeetingFormOptionsDocument),
  ]);
  if (!meeting) throw new Response(null, { status: 404 });
  // A meeting with no change of status left (held or cancelled) is final: its details are fixed.
  if (!meeting.allowedActions?.length) throw redirect(meetingPath(id));
  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      version: meeting.version,
      status: meeting.status,
    },
    current: meetingFormValues({
      bodyIds: meeting.bodies.map((body) => body.id),
      title: meeting.title,
      summary: meeting.summary,
      date: meeting.date,
      startTime: londonClockTime(meeting.startsAt),
      endTime: londonClockTime(meeting.endsAt),
      location: meeting.location,
      onlineLink: meeting.onlineLink ?? null,
      support: meeting.support ?? null,
    }),
    bodies: bodies
      .filter((body) => body.stillExists || meeting.bodies.some((b) => b.id === body.id))
      .map(({ id: bodyId, name }) => ({ id: bodyId, name })),
    shown: await shownWarnings(args, id),
  };
}

/** As scheduling: check, warn once, then save. Someone else's change first is CONFLICT. */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const id = idParam(args.params);
  const path = meetingPath(id, 'edit');
  const posted = await readForm(request);
  const expectedVersion = readWholeNumber(posted, 'expectedVersion');
  const form = readMeetingForm(posted);
  if (!form.ok) return redirectWithErrors(request, form.errors, form.values);
  const warnings = await warningsFor(args, form.input, id);
  if (
    warnings &&
    hasWarnings(warnings) &&
    formString(posted, WARNINGS_SEEN) !== warningsFingerprint(warnings)
  ) {
    return redirectWithValues(request, path, form.values);
  }
  const outcome = await apiAttempt(
    args,
    ['BAD_USER_INPUT', 'CONFLICT', 'INVALID_TRANSITION'],
    UpdateMeetingDocument,
    {
      id,
      expectedVersion,
      input: form.input,
    },
  );
  if (!outcome.ok) {
    return redirectWithErrors(
      request,
      fieldErrorsFromApi(outcome.error, MEETING_FIELD_IDS, 'title'),
      form.values,
    );
  }
  return redirect(meetingPath(id), {
    status: 303,
    headers: { 'Set-Cookie': await flashNotice(request, 'The meeting has been changed') },
  });
}

export default function EditMeeting() {
  const { meeting, current, bodies, shown } = useLoaderData<typeof loader>();
  const { errors, values: posted } = useFormState();
  const values = Object.keys(posted).length ? posted : current;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{meeting.title}</span>
        <h1 className="govuk-heading-l">Change the meeting’s details</h1>
        {meeting.status === 'POSTPONED' ? (
          <p className="govuk-body">Give the meeting a new date or time to reschedule it.</p>
        ) : null}
        {shown ? <MeetingWarningsPanel warnings={shown.warnings} /> : null}
        <form method="post" noValidate>
          <input type="hidden" name="expectedVersion" value={meeting.version} />
          {shown ? <input type="hidden" name={WARNINGS_SEEN} value={shown.fingerprint} /> : null}
          <MeetingFields bodies={bodies} values={values} errors={errors} />
          <Button>{shown ? 'Save the changes anyway' : 'Save the changes'}</Button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={meetingPath(meeting.id)}>
            Cancel and go back to the meeting
          </a>
        </p>
      </div>
    </div>
  );
}
