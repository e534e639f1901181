import { expect, test } from './support/membership-fixtures';

/**
 * The demo people who chose not to be shown to the public by their full name (or gave no
 * choice yet): none of these names may be anywhere in a page the public can reach, in its text
 * or its markup.
 */
const NOT_BY_FULL_NAME = [
  'Jordan Ellis', // first name and initial
  'Aisha Karim', // first name and initial
  'Kayla Brooks', // not named
  'Rhiannon Price', // no choice given yet
  'Tom Hargreaves', // hidden
];

/** Where the public cannot go, or what is not a page (a paper's file). */
const NOT_A_PUBLIC_PAGE =
  /^\/(sign-in|sign-out|forgot-password|reset-password|accept-invitation|account|your-meetings|actions|secretariat)|\/file$/;

/** Enough for every public page of the demo data, with room to spare; the crawl stops there. */
const MOST_PAGES = 400;

test.describe('what the public can reach', () => {
  test('no public page names anyone who chose not to be named in full', async ({
    browser,
    holdDemoMembers,
  }, testInfo) => {
    // The pages are the same with JavaScript on or off: one project reads them.
    test.skip(testInfo.project.name !== 'javascript', 'The same pages in either project');
    test.setTimeout(300_000);
    await holdDemoMembers();
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    const visited: string[] = [];
    while (queue.length > 0 && visited.length < MOST_PAGES) {
      const path = queue.shift() as string;
      const response = await page.goto(path);
      visited.push(path);
      expect(response?.status(), path).toBeLessThan(500);
      const html = await page.content();
      for (const name of NOT_BY_FULL_NAME) {
        expect(html.includes(name), `${path} names ${name}`).toBe(false);
      }
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
    await context.close();
    // Every kind of public page was read: bodies and their members, terms of reference,
    // meetings with their agendas and minutes, decisions, who sits where.
    testInfo.annotations.push({ type: 'pages read', description: String(visited.length) });
    expect(visited.length).toBeLessThan(MOST_PAGES);
    const kinds = [
      /^\/bodies\/[^/]+$/,
      /^\/bodies\/[^/]+\/terms-of-reference\/\d+$/,
      /^\/meetings\/[^/]+$/,
      /\/decisions$/,
      /^\/who-sits-where$/,
    ];
    for (const kind of kinds) {
      expect(
        visited.some((path) => kind.test(new URL(path, 'http://x').pathname)),
        String(kind),
      ).toBe(true);
    }
  });
});
