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

  get notice(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Success' });
  }

  /** The words that say what the public sees, under "How the public sees you". */
  get preview(): Locator {
    return this.main.locator('.govuk-inset-text');
  }

  get choices(): Locator {
    return this.page.getByRole('group', { name: 'How should the public see you?' });
  }

  async choose(label: string, showLivedExperience?: boolean): Promise<void> {
    await this.choices.getByLabel(label, { exact: true }).check();
    if (showLivedExperience !== undefined) {
      await this.page
        .getByRole('group', { name: /lived experience/ })
        .getByLabel(showLivedExperience ? 'Yes' : 'No', { exact: true })
        .check();
    }
    await this.page.getByRole('button', { name: 'Save your choice' }).click();
    await this.expectShown();
    await expect(this.notice).toContainText('Your choice is saved');
  }
}
