import { expect, type Locator, type Page } from '@playwright/test';

/** /account/two-factor: setting up, changing or turning off an authenticator app. */
export class TwoFactorPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  get code(): Locator {
    return this.page.getByLabel('Enter the 6-digit code the app shows');
  }

  async expectShown(heading: string | RegExp): Promise<void> {
    await expect(this.page).toHaveURL(/\/account\/two-factor/);
    await expect(this.heading).toHaveText(heading);
    await this.checkAccessibility();
  }

  async startSetUp(): Promise<void> {
    await this.page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await this.expectShown('Set up your authenticator app');
    await expect(this.page.getByRole('img', { name: /QR code/ })).toBeVisible();
  }

  /** The key as shown, in groups of four. */
  async key(): Promise<string> {
    const text = (await this.page.locator('code.app-totp-key').textContent()) ?? '';
    expect(text).toMatch(/^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$/);
    return text;
  }

  async confirm(code: string): Promise<void> {
    await this.code.fill(code);
    await this.page.getByRole('button', { name: 'Confirm' }).click();
  }

  async turnOff(password: string): Promise<void> {
    await this.page.getByLabel('Enter your password to turn it off').fill(password);
    await this.page.getByRole('button', { name: 'Turn off two-step verification' }).click();
  }
}
