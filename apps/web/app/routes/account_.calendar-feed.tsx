import {
  CalendarFeedStatusDocument,
  CreateCalendarFeedTokenDocument,
  RevokeCalendarFeedTokenDocument,
} from '@boards/web/api-client';
import { Input, WarningText } from '@boards/web/ui-govuk';
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { requireMe, requireSignedIn } from '../auth.server';
import { CalendarFeedForms, CalendarFeedStatus } from '../calendars/calendar-feed-forms';
import { feedAddress, memberFeedPath } from '../calendars/feed-paths';
import { formString, readForm } from '../csrf.server';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { flashNotice } from '../session.server';

export const TURNED_OFF = 'Your calendar feed is turned off: its address no longer works';

export const handle: RouteHandle = {
  breadcrumbs: [
    { text: 'Home', href: '/' },
    { text: 'Your account', href: '/account' },
  ],
};

export const meta: MetaFunction = () => [{ title: pageTitle('Your calendar feed') }];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const { me } = await apiRequest(args, CalendarFeedStatusDocument);
  return { hasFeed: (await requireMe(args.request, me)).hasCalendarFeed };
}

/**
 * `create` makes a new address (the old one stops working) and shows it on this answer only: it
 * is kept nowhere, not even in the session. `revoke` turns the feed off and goes back to the
 * account page.
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  const form = await readForm(request);
  await requireSignedIn(request);
  const intent = formString(form, 'intent');
  if (intent === 'create') {
    const { createCalendarFeedToken } = await apiRequest(args, CreateCalendarFeedTokenDocument);
    const address = feedAddress(
      new URL(request.url).origin,
      memberFeedPath(createCalendarFeedToken),
    );
    return data(
      { address },
      { headers: { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' } },
    );
  }
  if (intent === 'revoke') {
    await apiRequest(args, RevokeCalendarFeedTokenDocument);
    return redirect('/account', {
      status: 303,
      headers: { 'Set-Cookie': await flashNotice(request, TURNED_OFF) },
    });
  }
  throw new Response(null, { status: 400 });
}

export default function CalendarFeed() {
  const { hasFeed } = useLoaderData<typeof loader>();
  const made = useActionData<typeof action>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Your calendar feed</h1>
        {made ? (
          <>
            <Input
              name="address"
              label="Your calendar feed address"
              labelClassName="govuk-label--m"
              hint="Copy this address into your calendar app. Any address you made before no longer works."
              value={made.address}
              readOnly
              spellCheck={false}
              autoComplete="off"
            />
            <WarningText>
              This is the only time we show this address. Copy it now. Anyone who has it can see
              your meetings and their online links.
            </WarningText>
          </>
        ) : (
          <>
            <CalendarFeedStatus hasFeed={hasFeed} />
            <CalendarFeedForms hasFeed={hasFeed} />
          </>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href="/subscribe">
            How to add a calendar feed to Google Calendar, Outlook or Apple Calendar
          </a>
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href="/account">
            Back to your account
          </a>
        </p>
      </div>
    </div>
  );
}
