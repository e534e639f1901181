import { createHash } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

/** WCAG 2.2 AA and everything below it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function describe(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}`).join('\n')}`,
    )
    .join('\n');
}

/**
 * What axe's answer depends on: the document as rendered (its markup; a script's text is not
 * rendered, and the data Remix hands its scripts changes from one request to the next), the
 * width and height it is laid out at, and whether scripts ran. The stylesheets are the build's.
 */
function renderingKey(html: string, page: Page, javaScriptEnabled: boolean): string {
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2');
  const viewport = page.viewportSize();
  return createHash('sha256')
    .update(`${javaScriptEnabled}|${viewport?.width}x${viewport?.height}|`)
    .update(markup)
    .digest('hex');
}

/**
 * Renderings this test worker has already had checked and found free of violations: the same
 * rendering gives axe the same answer, so a page seen again (the home page between two steps,
 * say) is not checked twice. A rendering with violations is never recorded, so it fails each time.
 */
const passed = new Set<string>();

/**
 * Per browser and page size, the page that shows no-JS renderings to axe (see below). A new
 * browser context for every check cost about a fifth of a second each time.
 */
const helpers = new WeakMap<
  Browser,
  Map<string, Promise<{ context: BrowserContext; page: Page }>>
>();

function helperPage(
  browser: Browser,
  viewport: { width: number; height: number } | null,
): Promise<{ context: BrowserContext; page: Page }> {
  let bySize = helpers.get(browser);
  if (!bySize) {
    bySize = new Map();
    helpers.set(browser, bySize);
  }
  const size = viewport ? `${viewport.width}x${viewport.height}` : 'default';
  let helper = bySize.get(size);
  if (!helper) {
    // Playwright Test gives new contexts the project's options: this one must run axe, at the
    // width the page is seen at (a phone's, say).
    helper = browser.newContext({ javaScriptEnabled: true, viewport }).then(async (context) => {
      context.on('close', () => bySize?.delete(size));
      return { context, page: await context.newPage() };
    });
    bySize.set(size, helper);
  }
  return helper;
}

/**
 * Runs axe on the page as the person sees it. Axe needs script, which a JavaScript-disabled
 * page cannot run, so for those the same HTML is shown again at the same address in a helper
 * page whose own scripts a Content-Security-Policy blocks: the rendering is the no-JS one.
 */
export async function expectNoAxeViolations(
  page: Page,
  browser: Browser,
  javaScriptEnabled: boolean,
): Promise<void> {
  const html = await page.content();
  const key = renderingKey(html, page, javaScriptEnabled);
  if (passed.has(key)) return;
  let target = page;
  if (!javaScriptEnabled) {
    const url = page.url();
    target = (await helperPage(browser, page.viewportSize())).page;
    await target.unrouteAll();
    await target.route(url, (route) =>
      route.fulfill({
        body: html,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': "script-src 'none'" },
      }),
    );
    await target.goto(url);
  }
  const results = await new AxeBuilder({ page: target }).withTags(WCAG_TAGS).analyze();
  expect(results.violations, describe(results.violations)).toEqual([]);
  passed.add(key);
}
