import { expect, test } from './support/membership-fixtures';
import { crawlPublicPages } from './support/public-crawl';

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

/** Enough for every public page of the demo data, with room to spare; the crawl stops there. */
const MOST_PAGES = 400;

test.describe('what the public can reach', () => {
  test('no public page names anyone who chose not to be named in full', async ({
    browser,
  }, testInfo) => {
    // Skipped in the no-JavaScript project: the server sends the same HTML with JavaScript on or
    // off, so one project reading every page checks them all.
    test.skip(testInfo.project.name !== 'javascript', 'The same pages in either project');
    test.setTimeout(300_000);
    const context = await browser.newContext();
    const page = await context.newPage();
    const visited = await crawlPublicPages(
      page,
      async (path, status) => {
        expect(status, path).toBeLessThan(500);
        const html = await page.content();
        for (const name of NOT_BY_FULL_NAME) {
          expect(html.includes(name), `${path} names ${name}`).toBe(false);
        }
      },
      MOST_PAGES,
    );
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
