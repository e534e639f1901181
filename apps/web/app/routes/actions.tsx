import { ACTION_STATUS_LABELS, ACTION_STATUSES, isUuid } from '@boards/shared/contracts';
import { ActionsLogDocument, UpdateActionStatusDocument } from '@boards/web/api-client';
import { Button, Details, Select, Table, Tag } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireMe, requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { formPageTitle, useFormState } from '../form-state';
import { ActionStatusForm } from '../meetings/minutes-section';
import {
  actionNoteFieldId,
  actionStatusFieldId,
  readActionStatusForm,
} from '../meetings/minutes-form';
import { readWholeNumber } from '../secretariat/form-reading';
import { redirectWithValues } from '../secretariat/flash-values.server';
import { flashNotice } from '../session.server';
import { formatLocalDate } from '../dates';
import { bodiesInWords } from '../meetings/meeting-display';
import { ACTION_STATUS_TAGS, personName } from '../meetings/record-display';
import { actionsFilterValues, readActionsFilter } from '../meetings/registers';
import type { RouteHandle } from '../route-handle';
import { ListPaging } from '../secretariat/list-paging';
import { cursorOf, pageHref } from '../secretariat/paging';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

/** "Error: " first when a form to move an action on came back with problems. */
export const meta: MetaFunction = (args) => [{ title: formPageTitle('Actions', args) }];

const PATH = '/actions';
const PAGE_SIZE = 25;

/**
 * The actions log: the signed-in person's actions and those agreed at meetings of the bodies
 * they sat on (every action for the secretariat), newest meeting first, filtered by status.
 */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const query = new URL(args.request.url).searchParams;
  const filter = readActionsFilter(query);
  const after = cursorOf(query);
  const outcome = await apiAttempt(args, ['BAD_USER_INPUT'], ActionsLogDocument, {
    status: filter.status,
    mine: filter.mine || null,
    first: PAGE_SIZE,
    after: after ?? null,
  });
  const values = actionsFilterValues(filter);
  // A cursor that is not from this list (an edited address): start again from the first page.
  if (!outcome.ok) throw redirect(pageHref(PATH, values));
  const me = await requireMe(args.request, outcome.data.me);
  const { actions } = outcome.data;
  return {
    here: pageHref(PATH, values, after),
    personId: me.personId,
    values,
    total: actions.totalCount,
    actions: actions.edges.map((edge) => edge.node),
    first: after ? pageHref(PATH, values) : undefined,
    next:
      actions.pageInfo.hasNextPage && actions.pageInfo.endCursor
        ? pageHref(PATH, values, actions.pageInfo.endCursor)
        : undefined,
  };
}

/** The id of an action's row, to come back to after moving it on. */
const actionRowId = (actionId: string) => `action-${actionId}`;

/**
 * A member moves one of their own actions on from the list (in progress or done, with a note),
 * from the version they loaded: back to the same page of the list with a confirmation, or with
 * the problem (CONFLICT when someone else changed it first) in the error summary.
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const url = new URL(request.url);
  const query = url.searchParams;
  const here = pageHref(PATH, actionsFilterValues(readActionsFilter(query)), cursorOf(query));
  const form = await readForm(request);
  if (formString(form, 'intent') !== 'action-status') throw new Response(null, { status: 400 });
  const actionId = formString(form, 'actionId');
  if (!isUuid(actionId)) throw new Response(null, { status: 400 });
  const change = readActionStatusForm(form, actionId);
  if (!change.ok) return redirectWithValues(request, here, change.values, change.errors);
  const outcome = await apiAttempt(
    args,
    ['BAD_USER_INPUT', 'INVALID_TRANSITION', 'CONFLICT', 'FORBIDDEN', 'NOT_FOUND'],
    UpdateActionStatusDocument,
    {
      id: actionId,
      expectedVersion: readWholeNumber(form, 'expectedVersion'),
      status: change.input.status,
      note: change.input.note,
    },
  );
  if (!outcome.ok) {
    const statusId = actionStatusFieldId(actionId);
    return redirectWithValues(
      request,
      here,
      change.values,
      fieldErrorsFromApi(
        outcome.error,
        { status: statusId, note: actionNoteFieldId(actionId) },
        statusId,
      ),
    );
  }
  return redirect(`${here}#${actionRowId(actionId)}`, {
    status: 303,
    headers: { 'Set-Cookie': await flashNotice(request, 'The action has been updated') },
  });
}

export default function ActionsLog() {
  const { here, personId, values, total, actions, first, next } = useLoaderData<typeof loader>();
  const { errors, values: typed } = useFormState();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <FormErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Actions</h1>
        <p className="govuk-body">
          What was agreed at the meetings of the boards and groups you sit on, and what is yours to
          do. Open and in-progress actions are carried forward to every later meeting until they are
          done. Mark yours in progress or done here, with a note on progress if you like.
        </p>
        <form method="get" action={PATH} noValidate className="govuk-!-margin-bottom-6">
          <div className="govuk-grid-row">
            <div className="govuk-grid-column-one-third">
              <Select
                name="status"
                label="Status"
                labelClassName="govuk-label--s"
                value={values.status}
                items={[
                  { value: '', text: 'Any status' },
                  ...ACTION_STATUSES.map((status) => ({
                    value: status,
                    text: ACTION_STATUS_LABELS[status],
                  })),
                ]}
              />
            </div>
            <div className="govuk-grid-column-one-third">
              <Select
                name="whose"
                label="Whose"
                labelClassName="govuk-label--s"
                value={values.whose}
                items={[
                  { value: '', text: 'Everyone’s' },
                  { value: 'mine', text: 'Only yours' },
                ]}
              />
            </div>
          </div>
          <Button className="govuk-button--secondary">Show actions</Button>
        </form>
        <p className="govuk-body">
          {total === 1 ? '1 action' : `${total.toLocaleString('en-GB')} actions`}
        </p>
        {actions.length ? (
          <Table
            caption="Actions, newest meeting first"
            scrollLabel="Actions"
            captionClassName="govuk-visually-hidden"
            head={[{ text: 'Action' }, { text: 'For' }, { text: 'Due' }, { text: 'Status' }]}
            rows={actions.map((action) => {
              const tag = ACTION_STATUS_TAGS[action.status];
              const mine = action.owner?.id === personId;
              return [
                {
                  text: (
                    <>
                      {action.description}
                      {mine ? (
                        <>
                          {' '}
                          <Tag colour="purple">Yours</Tag>
                        </>
                      ) : null}
                      {action.meeting ? (
                        <>
                          <br />
                          <span className="govuk-body-s">
                            Agreed at{' '}
                            <a
                              className="govuk-link"
                              href={`/meetings/${encodeURIComponent(action.meeting.id)}#actions`}
                            >
                              {action.meeting.title}
                            </a>
                            , {formatLocalDate(action.meeting.date)},{' '}
                            {bodiesInWords(action.meeting.bodies)}
                          </span>
                        </>
                      ) : null}
                    </>
                  ),
                },
                { text: action.owner ? personName(action.owner) : 'No one named' },
                {
                  text: (
                    <>
                      {action.dueOn ? formatLocalDate(action.dueOn) : 'No date'}
                      {action.overdue ? (
                        <>
                          {' '}
                          <Tag colour="red">Overdue</Tag>
                        </>
                      ) : null}
                    </>
                  ),
                },
                {
                  text: (
                    <div id={actionRowId(action.id)}>
                      <Tag colour={tag.colour}>{tag.text}</Tag>
                      {action.statusNote ? (
                        <p className="govuk-body-s govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                          {action.statusNote}
                        </p>
                      ) : null}
                      {mine && action.allowedStatuses.length && action.meeting ? (
                        <Details
                          summary={
                            <>
                              Update
                              <span className="govuk-visually-hidden">: {action.description}</span>
                            </>
                          }
                          className="govuk-!-margin-top-2 govuk-!-margin-bottom-0"
                          open={errors.some((error) => error.field.endsWith(action.id))}
                        >
                          <ActionStatusForm
                            meetingId={action.meeting.id}
                            action={action}
                            errors={errors}
                            values={typed}
                            formAction={here}
                          />
                        </Details>
                      ) : null}
                    </div>
                  ),
                },
              ];
            })}
          />
        ) : (
          <p className="govuk-body">There are no actions to show.</p>
        )}
        <ListPaging first={first} next={next} />
      </div>
    </div>
  );
}
