import { ACTION_STATUS_LABELS, ACTION_STATUSES } from '@boards/shared/contracts';
import { ActionsLogDocument } from '@boards/web/api-client';
import { Button, Select, Table, Tag } from '@boards/web/ui-govuk';
import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { requireMe, requireSignedIn } from '../auth.server';
import { formatLocalDate } from '../dates';
import { bodiesInWords } from '../meetings/meeting-display';
import { ACTION_STATUS_TAGS, personName } from '../meetings/record-display';
import { actionsFilterValues, readActionsFilter } from '../meetings/registers';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { ListPaging } from '../secretariat/list-paging';
import { cursorOf, pageHref } from '../secretariat/paging';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction = () => [{ title: pageTitle('Actions') }];

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

export default function ActionsLog() {
  const { personId, values, total, actions, first, next } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <h1 className="govuk-heading-l">Actions</h1>
        <p className="govuk-body">
          What was agreed at the meetings of the boards and groups you sit on, and what is yours to
          do. Open and in-progress actions are carried forward to every later meeting until they are
          done. To move one of yours on, open its meeting.
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
                { text: <Tag colour={tag.colour}>{tag.text}</Tag> },
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
