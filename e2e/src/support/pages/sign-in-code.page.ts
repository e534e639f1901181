import { expect, type Locator, type Page } from '@playwright/test';

/** /sign-in/code: the second step of signing in, a code from the authenticator app. */
export class SignInCodePage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  get code(): Locator {
    return this.page.getByLabel('Enter the code from your authenticator app');
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/sign-in\/code/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(
      'Enter the code from your authenticator app',
    );
    await expect(this.code).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(this.code).toHaveAttribute('inputmode', 'numeric');
    await this.checkAccessibility();
  }

  async enter(code: string): Promise<void> {
    await this.code.fill(code);
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }
}
