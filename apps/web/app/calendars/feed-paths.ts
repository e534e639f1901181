/**
 * The calendar feeds' addresses. The web app answers them itself (passing each on to the API's
 * feed of the same path), so that one public address serves pages and feeds alike.
 */
export const ALL_MEETINGS_FEED = '/feeds/meetings.ics';

export const bodyFeedPath = (slug: string) => `/feeds/bodies/${encodeURIComponent(slug)}.ics`;

/** A body's news feed (Atom) of published minutes, decisions and public papers. */
export const bodyNewsFeedPath = (slug: string) => `/feeds/bodies/${encodeURIComponent(slug)}.atom`;

export const meetingFeedPath = (id: string) => `/feeds/meetings/${encodeURIComponent(id)}.ics`;

export const memberFeedPath = (token: string) => `/feeds/members/${encodeURIComponent(token)}.ics`;

/** A feed's full address, to copy into a calendar app. */
export const feedAddress = (origin: string, path: string) => new URL(path, origin).toString();

/** Which feed (a calendar, or a body's news feed) a path under /feeds/ is, and whether it answers as the one asking; null for none. */
export function feedOf(path: string): { path: string; asViewer: boolean } | null {
  if (path === 'meetings.ics') return { path: ALL_MEETINGS_FEED, asViewer: false };
  const news = /^bodies\/([A-Za-z0-9_-]{1,100})\.atom$/.exec(path);
  if (news) return { path: `/feeds/bodies/${news[1]}.atom`, asViewer: false };
  const match = /^(bodies|meetings|members)\/([A-Za-z0-9_-]{1,100})\.ics$/.exec(path);
  if (!match) return null;
  const [, kind, name] = match as unknown as [string, string, string];
  return { path: `/feeds/${kind}/${name}.ics`, asViewer: kind === 'meetings' };
}
