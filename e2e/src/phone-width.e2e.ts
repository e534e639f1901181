import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/accessibility';
import { expect, test } from './support/fixtures';
import { SignInPage } from './support/pages/sign-in.page';
import { crawlPublicPages } from './support/public-crawl';

/** A small phone: 375 CSS pixels wide. */
const PHONE = { width: 375, height: 812 };

test.use({ viewport: PHONE });

/** The page does not scroll sideways as a whole: only a wide table's own region may. */
async function expectFitsThePhone(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${page.url()} is wider than the phone`).toBeLessThanOrEqual(0);
}

/** A wide table scrolls in a region that is named, says so, and can be focused to scroll. */
async function expectScrollingTable(page: Page, name: string | RegExp): Promise<void> {
  const region = page.getByRole('region', { name });
  await expect(region).toHaveAttribute('tabindex', '0');
  await expect(region.getByRole('table')).toBeVisible();
  await expect(page.getByText('Scroll the table sideways to see all of it.').first()).toBeVisible();
}

test.describe('at phone width', () => {
  test('the public’s wide tables (who sits where, a body’s members, terms of reference history) fit a phone, axe finds nothing', async ({
    page,
    checkAccessibility,
  }) => {
    for (const [path, table] of [
      ['/who-sits-where', 'Members of each board and group today'],
      ['/bodies/evidence-group', 'Members of the Evidence Group today'],
      ['/bodies/evidence-group/terms-of-reference', 'Versions of the terms of reference'],
    ] as const) {
      await page.goto(path);
      await expectFitsThePhone(page);
      await expectScrollingTable(page, table);
      await checkAccessibility();
    }
  });

  test('a member’s actions log and the secretariat’s members list and audit trail fit a phone, axe finds nothing', async ({
    page,
    browser,
    javaScriptEnabled,
    signIn,
    checkAccessibility,
  }) => {
    await signIn('member@example.org');
    await page.goto('/actions');
    await expectFitsThePhone(page);
    await expectScrollingTable(page, 'Actions');
    await checkAccessibility();

    const context = await browser.newContext({ viewport: PHONE });
    const staff = await context.newPage();
    try {
      const check = () => expectNoAxeViolations(staff, browser, javaScriptEnabled);
      const staffSignIn = new SignInPage(staff, check);
      await staffSignIn.goto('/secretariat/audit');
      await staffSignIn.signIn('secretariat@example.org');
      for (const [path, table] of [
        ['/secretariat/audit', 'Audit trail entries'],
        ['/secretariat/bodies/evidence-group/members', 'Current members'],
      ] as const) {
        await staff.goto(path);
        await expectFitsThePhone(staff);
        await expectScrollingTable(staff, table);
        await check();
      }
    } finally {
      await context.close();
    }
  });

  test('every page the public can reach fits a phone, and axe finds nothing on any', async ({
    page,
    checkAccessibility,
  }) => {
    test.setTimeout(600_000);
    const visited = await crawlPublicPages(
      page,
      async (path, status) => {
        expect(status, path).toBeLessThan(500);
        await expectFitsThePhone(page);
        await checkAccessibility();
      },
      400,
    );
    expect(visited.length).toBeGreaterThan(20);
  });
});
