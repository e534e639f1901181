import { YourMeetingsDocument } from '@boards/web/api-client';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { upcomingAndPast } from '../meetings/meeting-display';
import { MeetingList } from '../meetings/meeting-list';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction = () => [{ title: pageTitle('Your meetings') }];

/** Every meeting of every body the member sits on (cross-seats included), to come and past. */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const { myMeetings } = await apiRequest(args, YourMeetingsDocument, {});
  return upcomingAndPast(myMeetings, new Date());
}

export default function YourMeetings() {
  const { upcoming, past } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Your meetings</h1>
        <p className="govuk-body">
          The meetings of every board and group you sit on, including those where you hold a seat
          from the Experts by Experience Board. Times are UK time. Each meeting’s page has its
          papers, the link to join online, and how to get support before and after.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href="/actions">
            Actions from your meetings
          </a>
          : what was agreed, and what is yours to do.
        </p>
        <p className="govuk-body">
          If you cannot come to a meeting, open it and give your apologies before it starts.{' '}
          <a className="govuk-link" href="/whats-new">
            What’s new since your last visit
          </a>{' '}
          lists the changes to your meetings, new papers and minutes, and actions given to you.
        </p>
        <h2 className="govuk-heading-m">Upcoming</h2>
        <MeetingList meetings={upcoming} showBodies empty="You have no meetings coming up." />
        <h2 className="govuk-heading-m">Past</h2>
        <MeetingList meetings={past} showBodies empty="You have no past meetings." />
      </div>
    </div>
  );
}
