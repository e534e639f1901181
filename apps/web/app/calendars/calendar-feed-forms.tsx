import { Button } from '@boards/web/ui-govuk';

/** Where the forms that make and turn off a member's calendar feed post. */
export const CALENDAR_FEED_PATH = '/account/calendar-feed';

/**
 * What a member can do with their calendar feed: make its address (a new one replaces the old)
 * and turn it off. Plain forms, so they work without JavaScript.
 */
export function CalendarFeedForms({ hasFeed }: { readonly hasFeed: boolean }) {
  return (
    <div className="govuk-button-group">
      <form method="post" action={CALENDAR_FEED_PATH}>
        <input type="hidden" name="intent" value="create" />
        <Button className={hasFeed ? 'govuk-button--secondary' : undefined}>
          {hasFeed ? 'Make a new address' : 'Make your calendar feed address'}
        </Button>
      </form>
      {hasFeed ? (
        <form method="post" action={CALENDAR_FEED_PATH}>
          <input type="hidden" name="intent" value="revoke" />
          <Button className="govuk-button--warning">Turn off your calendar feed</Button>
        </form>
      ) : null}
    </div>
  );
}

/** What the feed is, in words, and what its state is. */
export function CalendarFeedStatus({ hasFeed }: { readonly hasFeed: boolean }) {
  return (
    <>
      <p className="govuk-body">
        Your calendar feed puts the meetings of every board and group you sit on into your calendar
        app, and keeps them up to date. It includes the links to join meetings online, so keep its
        address to yourself.
      </p>
      <p className="govuk-body">
        {hasFeed
          ? 'You have a calendar feed. Its address was shown only once, when it was made. If you have lost it, or think someone else has it, make a new address: the old one will stop working.'
          : 'You do not have a calendar feed.'}
      </p>
    </>
  );
}
