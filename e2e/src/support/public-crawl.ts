import type { Page } from '@playwright/test';

/** Where the public cannot go, or what is not a page (a paper's file, a feed, an open-data file). */
export const NOT_A_PUBLIC_PAGE =
  /^\/(sign-in|sign-out|forgot-password|reset-password|accept-invitation|account|your-meetings|actions|secretariat)|\/file$|\.(ics|atom|csv|json)$/;

/**
 * Every page the public can reach from the home page by following links on this site, each read
 * once (by path and query), breadth first, up to `most` pages. `visit` is called on each page as
 * it is shown, with the status it answered; returns the paths read, in order.
 */
export async function crawlPublicPages(
  page: Page,
  visit: (path: string, status: number | undefined) => Promise<void>,
  most: number,
): Promise<string[]> {
  const seen = new Set<string>(['/']);
  const queue = ['/'];
  const visited: string[] = [];
  while (queue.length > 0 && visited.length < most) {
    const path = queue.shift() as string;
    const response = await page.goto(path);
    visited.push(path);
    await visit(path, response?.status());
    const links = await page
      .locator('a[href]')
      .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
    for (const href of links) {
      const url = new URL(href);
      if (url.origin !== new URL(page.url()).origin) continue;
      const next = `${url.pathname}${url.search}`;
      if (NOT_A_PUBLIC_PAGE.test(url.pathname) || seen.has(next)) continue;
      seen.add(next);
      queue.push(next);
    }
  }
  return visited;
}
