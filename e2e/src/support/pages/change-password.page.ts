import { expect, type Locator, type Page } from '@playwright/test';

export class ChangePasswordPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/account\/password$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Change your password');
    await this.checkAccessibility();
  }

  async change(current: string, next: string): Promise<void> {
    await this.page.getByLabel('Current password', { exact: true }).fill(current);
    await this.page.getByLabel('New password', { exact: true }).fill(next);
    await this.page.getByLabel('Confirm your password', { exact: true }).fill(next);
    await this.page.getByRole('button', { name: 'Change password' }).click();
  }
}
