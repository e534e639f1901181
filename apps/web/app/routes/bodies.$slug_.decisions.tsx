import { bodySlugSchema } from '@boards/shared/contracts';
import { DecisionRegisterDocument } from '@boards/web/api-client';
import { Tag } from '@boards/web/ui-govuk';
import { redirect, type LoaderFunctionArgs, type MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { formatLocalDate } from '../dates';
import { itemLabel } from '../meetings/record-display';
import { byMeeting } from '../meetings/registers';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { ListPaging } from '../secretariat/list-paging';
import { cursorOf, pageHref } from '../secretariat/paging';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data ? `Decisions: ${data.body.name}` : undefined) },
];

const PAGE_SIZE = 25;

/**
 * The register of a body's decisions, newest meeting first, a page at a time. The public sees
 * the decisions of published minutes on public items and the meeting as a whole; members and
 * the secretariat also those of circulated and approved minutes, as the API decides.
 */
export async function loader(args: LoaderFunctionArgs) {
  const slug = bodySlugSchema.safeParse(args.params['slug']);
  if (!slug.success) throw new Response(null, { status: 404 });
  const path = `/bodies/${encodeURIComponent(slug.data)}/decisions`;
  const after = cursorOf(new URL(args.request.url).searchParams);
  const outcome = await apiAttempt(args, ['BAD_USER_INPUT'], DecisionRegisterDocument, {
    slug: slug.data,
    first: PAGE_SIZE,
    after: after ?? null,
  });
  // A cursor that is not from this list (an edited address): start again from the first page.
  if (!outcome.ok) throw redirect(path);
  const { body, decisions } = outcome.data;
  if (!body) throw new Response(null, { status: 404 });
  return {
    body,
    total: decisions.totalCount,
    groups: byMeeting(decisions.edges.map((edge) => edge.node)),
    first: after ? path : undefined,
    next:
      decisions.pageInfo.hasNextPage && decisions.pageInfo.endCursor
        ? pageHref(path, {}, decisions.pageInfo.endCursor)
        : undefined,
  };
}

export default function DecisionRegister() {
  const { body, total, groups, first, next } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{body.name}</span>
        <h1 className="govuk-heading-l">Decisions</h1>
        <p className="govuk-body">
          What the{' '}
          <a className="govuk-link" href={`/bodies/${encodeURIComponent(body.slug)}`}>
            {body.name}
          </a>{' '}
          decided at its meetings, newest first, from the minutes once they are published.{' '}
          <a className="govuk-link" href={`/bodies/${encodeURIComponent(body.slug)}/meetings`}>
            See all its meetings
          </a>
          .
        </p>
        {total ? (
          <p className="govuk-body">
            {total === 1 ? '1 decision' : `${total.toLocaleString('en-GB')} decisions`}
          </p>
        ) : (
          <p className="govuk-body">No decisions have been published yet.</p>
        )}
        {groups.map((group) => {
          const meeting = group.decisions[0]?.meeting;
          const status = meeting?.minutes?.status;
          return (
            <div key={group.meetingId} className="govuk-!-margin-bottom-6">
              <h2 className="govuk-heading-m govuk-!-margin-bottom-2">
                {meeting ? (
                  <a className="govuk-link" href={`/meetings/${encodeURIComponent(meeting.id)}`}>
                    {meeting.title}
                  </a>
                ) : (
                  'A meeting'
                )}
              </h2>
              <p className="govuk-body-s">
                {meeting ? formatLocalDate(meeting.date) : null}
                {status && status !== 'PUBLISHED' ? (
                  <>
                    {' '}
                    <Tag colour="yellow">
                      {status === 'APPROVED' ? 'Approved, not yet published' : 'Not yet approved'}
                    </Tag>
                  </>
                ) : null}
              </p>
              <ul className="govuk-list govuk-list--bullet">
                {group.decisions.map((decision) => (
                  <li key={decision.id}>
                    {decision.text}
                    <br />
                    <span className="govuk-body-s">{itemLabel(decision.agendaItem)}</span>
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
        <ListPaging first={first} next={next} />
      </div>
    </div>
  );
}
