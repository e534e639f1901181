import { HomeBodiesDocument } from '@boards/web/api-client';
import { SummaryList } from '@boards/web/ui-govuk';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import {
  ALL_MEETINGS_FEED,
  bodyFeedPath,
  bodyNewsFeedPath,
  feedAddress,
} from '../calendars/feed-paths';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

export const meta: MetaFunction = () => [{ title: pageTitle('Add meetings to your calendar') }];

/** The public calendar feeds, each with its full address, and how to add one to a calendar app. */
export async function loader(args: LoaderFunctionArgs) {
  const origin = new URL(args.request.url).origin;
  const { bodies } = await apiRequest(args, HomeBodiesDocument);
  return {
    feeds: [
      { name: 'All boards and groups', address: feedAddress(origin, ALL_MEETINGS_FEED) },
      ...bodies.map((body) => ({
        name: body.name,
        address: feedAddress(origin, bodyFeedPath(body.slug)),
      })),
    ],
    news: bodies.map((body) => ({
      name: body.name,
      address: feedAddress(origin, bodyNewsFeedPath(body.slug)),
    })),
  };
}

export default function Subscribe() {
  const { feeds, news } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Add meetings to your calendar</h1>
        <p className="govuk-body">
          You can add the meetings of the boards and groups to the calendar on your phone or
          computer. Your calendar app checks for changes, so when a meeting moves or is cancelled,
          your calendar shows it. Each meeting in the calendar links to its page, with the agenda
          and papers.
        </p>
        <p className="govuk-body">
          To do this, you give your calendar app the address of a calendar. Copy the address of the
          calendar you want from this list.
        </p>

        <h2 className="govuk-heading-m">Calendar addresses</h2>
        <SummaryList
          rows={feeds.map((feed) => ({
            key: feed.name,
            value: (
              <a className="govuk-link govuk-!-text-break-word" href={feed.address}>
                {feed.address}
              </a>
            ),
          }))}
        />

        <h2 className="govuk-heading-m">Google Calendar</h2>
        <ol className="govuk-list govuk-list--number">
          <li>On a computer, open Google Calendar.</li>
          <li>Next to ‘Other calendars’, select the plus sign (+), then select ‘From URL’.</li>
          <li>Paste the calendar address.</li>
          <li>Select ‘Add calendar’.</li>
        </ol>
        <p className="govuk-body">
          The calendar then shows on your phone too. Google can take up to a day to show changes.
        </p>

        <h2 className="govuk-heading-m">Outlook</h2>
        <ol className="govuk-list govuk-list--number">
          <li>In Outlook on the web, go to your calendar.</li>
          <li>Select ‘Add calendar’, then ‘Subscribe from web’.</li>
          <li>Paste the calendar address, give the calendar a name, and select ‘Import’.</li>
        </ol>
        <p className="govuk-body">
          In the Outlook app for Windows, go to your calendar, select ‘Add calendar’, then ‘From
          Internet’, and paste the address.
        </p>

        <h2 className="govuk-heading-m">Apple Calendar</h2>
        <p className="govuk-body">On a Mac:</p>
        <ol className="govuk-list govuk-list--number">
          <li>In Calendar, choose File, then ‘New Calendar Subscription’.</li>
          <li>Paste the calendar address and select ‘Subscribe’.</li>
        </ol>
        <p className="govuk-body">On an iPhone or iPad:</p>
        <ol className="govuk-list govuk-list--number">
          <li>Go to Settings, then Calendar, then Calendar Accounts.</li>
          <li>Select ‘Add Account’, then ‘Other’, then ‘Add Subscribed Calendar’.</li>
          <li>Paste the calendar address and select ‘Next’, then ‘Save’.</li>
        </ol>

        <h2 className="govuk-heading-m">One meeting</h2>
        <p className="govuk-body">
          To add a single meeting, go to the meeting’s page and select ‘Add to your calendar’. This
          downloads the meeting as a file that your calendar app opens. It is not updated if the
          meeting changes.
        </p>

        <h2 className="govuk-heading-m">If you are a member</h2>
        <p className="govuk-body">
          You can have a calendar of the meetings of every board and group you sit on, with the
          links to join them online. Make its address in{' '}
          <a className="govuk-link" href="/account#calendar-feed">
            your account
          </a>
          .
        </p>

        <h2 className="govuk-heading-m" id="news-feeds">
          Follow minutes, decisions and papers
        </h2>
        <p className="govuk-body">
          Each board and group also has a news feed (Atom) that tells you when its minutes are
          published, with the decisions in them, and when a public paper is added. Give its address
          to a feed reader, or to an email service that sends feeds as emails.
        </p>
        <SummaryList
          rows={news.map((feed) => ({
            key: feed.name,
            value: (
              <a className="govuk-link govuk-!-text-break-word" href={feed.address}>
                {feed.address}
              </a>
            ),
          }))}
        />
      </div>
    </div>
  );
}
