import { expect, type Locator, type Page } from '@playwright/test';

export class AccountPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async goto(): Promise<void> {
    await this.page.goto('/account');
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/account$/);
    await expect(this.heading).toHaveText('Your account');
    await this.checkAccessibility();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }
}
