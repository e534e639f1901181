import { expect, type Locator, type Page } from '@playwright/test';
import { OWN_MARK } from '../own-data';

export class HomePage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async goto(): Promise<void> {
    const response = await this.page.goto('/');
    expect(response?.status()).toBe(200);
    await this.checkAccessibility();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Links to body pages in the page's main content. */
  /** The links to the demo bodies' pages (not to those other tests made for themselves). */
  get bodyLinks(): Locator {
    return this.page
      .getByRole('main')
      .locator('a[href^="/bodies/"]')
      .filter({ hasNotText: OWN_MARK });
  }

  async openBody(name: string): Promise<void> {
    await this.page.getByRole('main').getByRole('link', { name, exact: true }).click();
    await this.checkAccessibility();
  }
}
