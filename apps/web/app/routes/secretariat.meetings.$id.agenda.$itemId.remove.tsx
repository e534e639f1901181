import { RemoveAgendaItemDocument, SecretariatMeetingDocument } from '@boards/web/api-client';
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
import { readForm } from '../csrf.server';
import { formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { idParam } from '../id-param';
import { AgendaItemTitle } from '../meetings/agenda-item-title';
import type { RouteHandle } from '../route-handle';
import { MEETINGS_BREADCRUMBS, meetingPath } from '../secretariat/meeting-breadcrumbs';
import { flashNotice } from '../session.server';

export const handle: RouteHandle = { breadcrumbs: MEETINGS_BREADCRUMBS };

export const meta: MetaFunction = (args) => [
  { title: formPageTitle('Remove an agenda item', args) },
];

/**
 * The item to remove, from its meeting's agenda (404 for one not on it), while the agenda may
 * change. Staff only (the API decides).
 */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const { meeting } = await apiRequest(args, SecretariatMeetingDocument, {
    id: idParam(args.params),
  });
  const itemId = idParam(args.params, 'itemId');
  const item = meeting?.agenda.find((entry) => entry.id === itemId);
  if (!meeting || !item) throw new Response(null, { status: 404 });
  // Once the record is fixed (cancelled, or minutes approved) nothing may be removed: no question.
  if (!meeting.recordOpen) throw redirect(`${meetingPath(meeting.id)}#agenda`);
  return { meeting: { id: meeting.id, title: meeting.title, when: meeting.when }, item };
}

/**
 * Removes the item once asked: the page is the question, its button the answer. The API refuses
 * an item the record already speaks of (minutes, decisions, actions, declarations, comments),
 * and that refusal is shown here.
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const meetingId = idParam(args.params);
  await readForm(request);
  const outcome = await apiAttempt(
    args,
    ['BAD_USER_INPUT', 'INVALID_TRANSITION', 'CONFLICT', 'NOT_FOUND'],
    RemoveAgendaItemDocument,
    { id: idParam(args.params, 'itemId') },
  );
  if (!outcome.ok) {
    return redirectWithErrors(request, fieldErrorsFromApi(outcome.error, {}, 'remove'));
  }
  return redirect(`${meetingPath(meetingId)}#agenda`, {
    status: 303,
    headers: { 'Set-Cookie': await flashNotice(request, 'The item has been removed') },
  });
}

export default function RemoveAgendaItem() {
  const { meeting, item } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">
          {meeting.title}, {meeting.when}
        </span>
        <h1 className="govuk-heading-l">
          Are you sure you want to remove item {item.position} from the agenda?
        </h1>
        <div className="govuk-inset-text">
          <AgendaItemTitle item={item} withDescription />
        </div>
        <p className="govuk-body">
          The items after it move up. Its papers stay with the meeting, as papers for the whole
          meeting.
        </p>
        <form method="post" noValidate>
          <div id="remove">
            <Button className="govuk-button--warning">Yes, remove the item</Button>
          </div>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={`${meetingPath(meeting.id)}#agenda`}>
            No, go back to the meeting
          </a>
        </p>
      </div>
    </div>
  );
}
