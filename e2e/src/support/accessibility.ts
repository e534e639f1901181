import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';

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
 * Runs axe on the page as the person sees it. Axe needs script, which a JavaScript-disabled
 * page cannot run, so for those the same HTML is shown again at the same address in a helper
 * page whose own scripts a Content-Security-Policy blocks: the rendering is the no-JS one.
 */
export async function expectNoAxeViolations(
  page: Page,
  browser: Browser,
  javaScriptEnabled: boolean,
): Promise<void> {
  let target = page;
  let cleanup = async (): Promise<void> => undefined;
  if (!javaScriptEnabled) {
    const url = page.url();
    const html = await page.content();
    // Playwright Test gives new contexts the project's options: this one must run axe, at the
    // width the page is seen at (a phone's, say).
    const context = await browser.newContext({
      javaScriptEnabled: true,
      viewport: page.viewportSize(),
    });
    target = await context.newPage();
    await target.route(url, (route) =>
      route.fulfill({
        body: html,
        contentType: 'text/html; charset=utf-8',
        headers: { 'content-security-policy': "script-src 'none'" },
      }),
    );
    await target.goto(url);
    cleanup = () => context.close();
  }
  try {
    const results = await new AxeBuilder({ page: target }).withTags(WCAG_TAGS).analyze();
    expect(results.violations, describe(results.violations)).toEqual([]);
  } finally {
    await cleanup();
  }
}
