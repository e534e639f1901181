import { acquireLock } from './exclusive';
import { test as base } from './fixtures';
import { BodyMembershipSection } from './pages/body-membership.section';
import { BodyPage } from './pages/body.page';
import { WhoSitsWherePage } from './pages/who-sits-where.page';

/** Longest a test waits for another to release the demo members (a slow journey, twice). */
const LOCK_WAIT_MS = 5 * 60_000;

/** A body page seen by the public: a browser context of its own, never signed in. */
export interface PublicView {
  readonly bodyPage: BodyPage;
  readonly members: BodyMembershipSection;
}

/** The public membership pages, on top of the shared fixtures. */
export const test = base.extend<{
  bodyMembers: BodyMembershipSection;
  whoSitsWherePage: WhoSitsWherePage;
  publicView: PublicView;
  /**
   * Keeps how the demo members are shown steady for the rest of the test: waits while another
   * test (in either project) changes a demo member's choice or reads one (the wait is added to
   * the test's timeout), then holds them until this test ends, however it ends. A test that
   * changes them gives `restore`, which puts them back if the test fails or times out before
   * it has done so itself.
   */
  holdDemoMembers: (restore?: () => Promise<void>) => Promise<void>;
}>({
  bodyMembers: async ({ page }, use) => use(new BodyMembershipSection(page)),
  whoSitsWherePage: async ({ page, checkAccessibility }, use) =>
    use(new WhoSitsWherePage(page, checkAccessibility)),
  publicView: async ({ browser }, use) => {
    // New contexts get the project's options (JavaScript on or off, the base URL), no cookies.
    const context = await browser.newContext();
    const page = await context.newPage();
    // The pages are checked with axe where the public specs open them.
    await use({
      bodyPage: new BodyPage(page, async () => undefined),
      members: new BodyMembershipSection(page),
    });
    await context.close();
  },
  // Playwright reads a fixture's dependencies from its first parameter, a destructuring.
  // eslint-disable-next-line no-empty-pattern
  holdDemoMembers: async ({}, use, testInfo) => {
    let release: (() => Promise<void>) | undefined;
    let restoreAfterFailure: (() => Promise<void>) | undefined;
    await use(async (restore) => {
      restoreAfterFailure = restore;
      if (release) return;
      // Time spent waiting for another test is not this test's own: the wait may take up to
      // LOCK_WAIT_MS, and then the test has what it had left.
      const timeout = testInfo.timeout;
      testInfo.setTimeout(timeout + LOCK_WAIT_MS);
      const waitingSince = Date.now();
      release = await acquireLock('demo-members');
      testInfo.setTimeout(timeout + (Date.now() - waitingSince));
    });
    try {
      if (testInfo.status !== testInfo.expectedStatus) await restoreAfterFailure?.();
    } finally {
      await release?.();
    }
  },
});

export { expect } from './fixtures';
