import { Feed } from 'feed';
import { OPEN_DATA_LICENCE } from '@boards/shared/contracts';

/** A body's meetings with what the public may see of their minutes, decisions and papers. */
export const BODY_FEED_QUERY = /* GraphQL */ `
  query ($slug: String!) {
    body(slug: $slug) {
      slug
      name
      purpose
      meetings {
        id
        title
        date
        minutes {
          status
          content
          publishedAt
        }
        decisions {
          id
          text
          createdAt
        }
        papers {
          id
          title
          visibility
          withdrawnAt
          file {
            uploadedAt
          }
        }
      }
    }
  }
`;

export interface BodyFeedAnswer {
  body: {
    slug: string;
    name: string;
    purpose: string;
    meetings: {
      id: string;
      title: string;
      date: string;
      minutes: { status: string; content: string; publishedAt: string | null } | null;
      decisions: { id: string; text: string; createdAt: string }[];
      papers: {
        id: string;
        title: string;
        visibility: string;
        withdrawnAt: string | null;
        file: { uploadedAt: string } | null;
      }[];
    }[];
  } | null;
}

export interface FeedEntry {
  id: string;
  title: string;
  link: string;
  updated: Date;
  summary: string;
}

/** How many entries a feed carries: the newest. */
export const FEED_ENTRIES = 50;

function shorten(text: string, length: number): string {
  const plain = text.replace(/\s+/g, ' ').trim();
  return plain.length <= length ? plain : `${plain.slice(0, length - 1).trimEnd()}…`;
}

/**
 * What a body's feed tells of: its published minutes, the decisions in them, and its public
 * papers once their file is there (not those withdrawn), newest first, FEED_ENTRIES at most.
 * The answer is the public's, so nothing here decides who may see what; ids are tag URIs that
 * never change.
 */
export function bodyFeedEntries(
  body: NonNullable<BodyFeedAnswer['body']>,
  webOrigin: string,
  host: string,
): FeedEntry[] {
  const tag = (what: string, id: string) => `tag:${host},2026:${what}/${id}`;
  const entries: FeedEntry[] = [];
  for (const meeting of body.meetings) {
    const page = `${webOrigin}/meetings/${encodeURIComponent(meeting.id)}`;
    const published = meeting.minutes?.status === 'PUBLISHED' ? meeting.minutes.publishedAt : null;
    if (published && meeting.minutes) {
      entries.push({
        id: tag('minutes', meeting.id),
        title: `Minutes published: ${meeting.title}`,
        link: `${page}/minutes`,
        updated: new Date(published),
        summary: shorten(meeting.minutes.content, 400),
      });
      for (const decision of meeting.decisions) {
        entries.push({
          id: tag('decision', decision.id),
          title: `Decision: ${shorten(decision.text, 120)}`,
          link: `${page}/minutes`,
          updated: new Date(published),
          summary: decision.text,
        });
      }
    }
    for (const paper of meeting.papers) {
      if (paper.visibility !== 'PUBLIC' || paper.withdrawnAt || !paper.file) continue;
      entries.push({
        id: tag('paper', paper.id),
        title: `Paper: ${paper.title}`,
        link: page,
        updated: new Date(paper.file.uploadedAt),
        summary: `A paper for ${meeting.title}.`,
      });
    }
  }
  return entries
    .sort((a, b) => b.updated.getTime() - a.updated.getTime() || a.id.localeCompare(b.id))
    .slice(0, FEED_ENTRIES);
}

/** Plain text as HTML: the feed library marks titles and summaries as HTML (`type="html"`). */
function asHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** The Atom document of a body's feed (RFC 4287), written by the `feed` library. */
export function bodyFeedAtom(
  body: NonNullable<BodyFeedAnswer['body']>,
  entries: readonly FeedEntry[],
  urls: { self: string; page: string; id: string },
): string {
  const feed = new Feed({
    id: urls.id,
    // The feed's own title and subtitle are plain text, escaped by the library.
    title: `${body.name}: minutes, decisions and papers`,
    description: shorten(body.purpose, 300),
    link: urls.page,
    feedLinks: { atom: urls.self },
    language: 'en-GB',
    copyright: `${OPEN_DATA_LICENCE.name}: ${OPEN_DATA_LICENCE.url}`,
    // The newest entry's time, so that an unchanged feed is byte for byte the same.
    updated: entries[0]?.updated ?? new Date(0),
    generator: 'Boards portal',
  });
  for (const entry of entries) {
    feed.addItem({
      id: entry.id,
      title: asHtml(entry.title),
      link: entry.link,
      date: entry.updated,
      description: asHtml(entry.summary),
    });
  }
  return feed.atom1();
}
