import { bodySlugSchema } from '@boards/shared/contracts';
import { BodyMeetingsDocument } from '@boards/web/api-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { upcomingAndPast } from '../meetings/meeting-display';
import { MeetingList } from '../meetings/meeting-list';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: pageTitle(data ? `Meetings: ${data.body.name}` : undefined) },
];

/** A body's meetings, for anyone: those to come, soonest first, then those past. */
export async function loader(args: LoaderFunctionArgs) {
  const slug = bodySlugSchema.safeParse(args.params['slug']);
  if (!slug.success) throw new Response(null, { status: 404 });
  const { body } = await apiRequest(args, BodyMeetingsDocument, { slug: slug.data });
  if (!body) throw new Response(null, { status: 404 });
  return { body, ...upcomingAndPast(body.meetings, new Date()) };
}

export default function BodyMeetings() {
  const { body, upcoming, past } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{body.name}</span>
        <h1 className="govuk-heading-l">Meetings</h1>
        <p className="govuk-body">
          When the{' '}
          <a className="govuk-link" href={`/bodies/${encodeURIComponent(body.slug)}`}>
            {body.name}
          </a>{' '}
          meets. Times are UK time. Each meeting’s page has its public agenda, public papers and,
          once they are approved and published, its minutes.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={`/bodies/${encodeURIComponent(body.slug)}/decisions`}>
            Decisions of the {body.name}
          </a>
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href="/subscribe">
            Add the {body.name}’s meetings to your calendar
          </a>
        </p>
        <h2 className="govuk-heading-m">Upcoming meetings</h2>
        <MeetingList meetings={upcoming} showBodies empty="No meetings are scheduled yet." />
        <h2 className="govuk-heading-m">Past meetings</h2>
        <MeetingList meetings={past} showBodies empty="There have been no meetings yet." />
      </div>
    </div>
  );
}
