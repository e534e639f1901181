import { test as base, expect } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';
import { BodyPage } from './pages/body.page';
import { HomePage } from './pages/home.page';

export interface Fixtures {
  /** Checks the current page with axe (WCAG 2.2 AA); page objects call it on every page they open. */
  checkAccessibility: () => Promise<void>;
  home: HomePage;
  bodyPage: BodyPage;
}

export const test = base.extend<Fixtures>({
  checkAccessibility: async ({ page, browser, javaScriptEnabled }, use) => {
    await use(() => expectNoAxeViolations(page, browser, javaScriptEnabled));
  },
  home: async ({ page, checkAccessibility }, use) => use(new HomePage(page, checkAccessibility)),
  bodyPage: async ({ page, checkAccessibility }, use) =>
    use(new BodyPage(page, checkAccessibility)),
});

export { expect };
