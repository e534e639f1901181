import { test as base } from './fixtures';
import { BodyMembershipSection } from './pages/body-membership.section';
import { BodyPage } from './pages/body.page';
import { WhoSitsWherePage } from './pages/who-sits-where.page';

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
});

export { expect } from './fixtures';
