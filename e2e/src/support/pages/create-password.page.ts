import { expect, type Locator, type Page } from '@playwright/test';

/** The "Create a password" form of an invitation link and of a password reset link. */
export class CreatePasswordPage {
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

  async goto(link: string, heading: string): Promise<void> {
    await this.page.goto(link);
    await this.expectShown(heading);
  }

  async expectShown(heading: string): Promise<void> {
    await expect(this.heading).toHaveText(heading);
    await this.checkAccessibility();
  }

  /** Fills in both fields (the first labelled `label`) and submits the form. */
  async create(label: string, password: string, confirmation = password): Promise<void> {
    const field = this.page.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute('autocomplete', 'new-password');
    await field.fill(password);
    await this.page.getByLabel('Confirm your password', { exact: true }).fill(confirmation);
    await this.page.locator('main form').getByRole('button').last().click();
  }
}
