import { CancelMeetingDocument, SecretariatMeetingDocument } from '@boards/web/api-client';
import { Button, WarningText } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { apiAttempt, apiRequest } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { idParam } from '../id-param';
import { CANCEL_REASON_FIELD, CancelReason } from '../meetings/meeting-cancel';
import { bodiesInWords } from '../meetings/meeting-display';
import type { RouteHandle } from '../route-handle';
import { readWholeNumber } from '../secretariat/form-reading';
import { MEETINGS_BREADCRUMBS, meetingPath } from '../secretariat/meeting-breadcrumbs';
import { flashNotice } from '../session.server';

export const handle: RouteHandle = { breadcrumbs: MEETINGS_BREADCRUMBS };

export const meta: MetaFunction = (args) => [{ title: formPageTitle('Cancel the meeting', args) }];

/** The meeting to cancel: what the question names. Staff only (the API decides). */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const { meeting } = await apiRequest(args, SecretariatMeetingDocument, {
    id: idParam(args.params),
  });
  if (!meeting) throw new Response(null, { status: 404 });
  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      when: meeting.when,
      version: meeting.version,
      status: meeting.status,
      bodies: bodiesInWords(meeting.bodies),
    },
  };
}

/**
 * Cancelling cannot be undone, so it is asked first: the reason is checked, then the page asks
 * "Are you sure…?" with the reason as it will be shown; only a post that says yes cancels. The
 * version the meeting page was loaded with travels through both steps (CONFLICT if it changed).
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const id = idParam(args.params);
  const form = await readForm(request);
  const reason = formString(form, CANCEL_REASON_FIELD);
  const values = { [CANCEL_REASON_FIELD]: reason };
  if (!reason.trim()) {
    return redirectWithErrors(
      request,
      [{ field: CANCEL_REASON_FIELD, message: 'Enter why the meeting is cancelled' }],
      values,
    );
  }
  const expectedVersion = readWholeNumber(form, 'expectedVersion');
  if (formString(form, 'confirmed') !== 'yes') {
    return { confirm: { reason: reason.trim(), expectedVersion } };
  }
  const outcome = await apiAttempt(
    args,
    ['BAD_USER_INPUT', 'INVALID_TRANSITION', 'CONFLICT', 'NOT_FOUND'],
    CancelMeetingDocument,
    { id, expectedVersion, reason },
  );
  if (!outcome.ok) {
    return redirectWithErrors(
      request,
      fieldErrorsFromApi(outcome.error, { reason: CANCEL_REASON_FIELD }, CANCEL_REASON_FIELD),
      values,
    );
  }
  return redirect(meetingPath(id), {
    status: 303,
    headers: { 'Set-Cookie': await flashNotice(request, 'The meeting has been cancelled') },
  });
}

export default function CancelMeeting() {
  const { meeting } = useLoaderData<typeof loader>();
  const asked = useActionData<typeof action>();
  const { errors, values } = useFormState();
  const path = meetingPath(meeting.id, 'cancel');
  const back = (
    <p className="govuk-body">
      <a className="govuk-link" href={meetingPath(meeting.id)}>
        No, go back to the meeting
      </a>
    </p>
  );
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{meeting.bodies}</span>
        {asked && 'confirm' in asked ? (
          <>
            <h1 className="govuk-heading-l">
              Are you sure you want to cancel “{meeting.title}” on {meeting.when}?
            </h1>
            <WarningText iconFallbackText="Warning">
              A cancelled meeting cannot be changed again: to meet after all, schedule a new
              meeting.
            </WarningText>
            <p className="govuk-body">Members and the public will see why it was cancelled:</p>
            <div className="govuk-inset-text">{asked.confirm.reason}</div>
            <form method="post" action={path} noValidate>
              <input type="hidden" name={CANCEL_REASON_FIELD} value={asked.confirm.reason} />
              <input type="hidden" name="expectedVersion" value={asked.confirm.expectedVersion} />
              <input type="hidden" name="confirmed" value="yes" />
              <Button className="govuk-button--warning">Yes, cancel the meeting</Button>
            </form>
            {back}
          </>
        ) : (
          <>
            <h1 className="govuk-heading-l">Cancel “{meeting.title}”</h1>
            <p className="govuk-body">The meeting on {meeting.when} (UK time).</p>
            <form method="post" action={path} noValidate>
              <input type="hidden" name="expectedVersion" value={meeting.version} />
              <CancelReason value={values[CANCEL_REASON_FIELD]} error={errors} />
              <Button className="govuk-button--warning">Continue</Button>
            </form>
            {back}
          </>
        )}
      </div>
    </div>
  );
}
