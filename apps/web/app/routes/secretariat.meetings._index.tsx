import { SecretariatMeetingsDocument } from '@boards/web/api-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { upcomingAndPast } from '../meetings/meeting-display';
import { MeetingList } from '../meetings/meeting-list';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { SECRETARIAT_BREADCRUMBS } from '../secretariat/breadcrumbs';

export const handle: RouteHandle = { breadcrumbs: SECRETARIAT_BREADCRUMBS };

export const meta: MetaFunction = () => [{ title: pageTitle('Meetings') }];

/** Every body's meetings in one list (a joint meeting once), for the secretariat. */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const { bodies } = await apiRequest(args, SecretariatMeetingsDocument);
  const byId = new Map(bodies.flatMap((body) => body.meetings).map((m) => [m.id, m]));
  const meetings = [...byId.values()].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return upcomingAndPast(meetings, new Date());
}

export default function SecretariatMeetings() {
  const { upcoming, past } = useLoaderData<typeof loader>();
  const manage = (list: typeof upcoming) =>
    list.map((meeting) => ({ ...meeting, href: `/secretariat/meetings/${meeting.id}` }));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Meetings</h1>
        <p className="govuk-body">
          Schedule meetings, build their agendas, and postpone or cancel them. Times are UK time.
        </p>
        <a
          href="/secretariat/meetings/new"
          role="button"
          draggable="false"
          className="govuk-button"
          data-module="govuk-button"
        >
          Schedule a meeting
        </a>
        <h2 className="govuk-heading-m">Upcoming</h2>
        <MeetingList meetings={manage(upcoming)} showBodies empty="No meetings are scheduled." />
        <h2 className="govuk-heading-m">Past</h2>
        <MeetingList meetings={manage(past)} showBodies empty="There have been no meetings." />
      </div>
    </div>
  );
}
