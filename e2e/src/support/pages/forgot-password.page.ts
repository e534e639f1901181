import { expect, type Page } from '@playwright/test';

export class ForgotPasswordPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async requestLink(email: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Reset your password');
    await this.checkAccessibility();
    await this.page.getByLabel('Email address').fill(email);
    await this.page.getByRole('button', { name: 'Send the link' }).click();
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Check your email');
    await expect(this.page.getByRole('main')).toContainText('If that address has an account');
    await this.checkAccessibility();
  }
}
