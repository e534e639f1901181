import { createHash } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';

/**
 * A strong entity tag for a response body (an open-data file, a feed): a hash of its bytes,
 * quoted (the whole SHA-256, base64url).
 */
export function entityTag(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/**
 * Whether an `If-None-Match` header matches `etag` (RFC 9110, 13.1.2: weak comparison, a list
 * of tags, or `*`), so that the answer may be 304 Not Modified.
 */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  const wanted = opaque(etag);
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted);
}

/**
 * GraphQL answers carry what a person may see (their papers, people's details for the
 * secretariat): no browser or proxy keeps them. Apollo's cache-control plugin used to say so
 * for every answer; it is turned off (it wraps every field's resolver for hints nobody sets),
 * so this says it instead, for answers that have not said otherwise.
 */
export const noStorePlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (!response.http.headers.has('cache-control')) {
          response.http.headers.set('cache-control', 'no-store');
        }
      },
    };
  },
};
