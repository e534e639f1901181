import { expect, type Locator, type Page } from '@playwright/test';

export const DEMO_PASSWORD = process.env['DEMO_PASSWORD'] ?? 'boards-demo-password';

export class SignInPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async goto(returnTo?: string): Promise<void> {
    const query = returnTo ? `?${new URLSearchParams({ returnTo })}` : '';
    const response = await this.page.goto(`/sign-in${query}`);
    expect(response?.status()).toBe(200);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toHaveText('Sign in');
    await this.checkAccessibility();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get email(): Locator {
    return this.page.getByLabel('Email address');
  }

  get password(): Locator {
    return this.page.getByLabel('Password', { exact: true });
  }

  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  /** Fills in the form and submits it; the page that follows is checked by the caller. */
  async signIn(email: string, password = DEMO_PASSWORD): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }
}
