import type { LoaderFunctionArgs } from '@remix-run/node';
import { feedOf } from '../calendars/feed-paths';
import { calendarFeedResponse } from '../calendars/feed.server';

/**
 * The calendar feeds on the web app's address (`/feeds/meetings.ics`, `/feeds/bodies/{slug}.ics`,
 * `/feeds/meetings/{id}.ics`, `/feeds/members/{token}.ics`), each passed on from the API, which
 * alone decides what a calendar holds. Any other address under /feeds/ is not found.
 */
export async function loader(args: LoaderFunctionArgs) {
  const feed = feedOf(args.params['*'] ?? '');
  if (!feed) {
    return new Response('There is no such calendar.\n', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
  return calendarFeedResponse(args, feed.path, { asViewer: feed.asViewer });
}
