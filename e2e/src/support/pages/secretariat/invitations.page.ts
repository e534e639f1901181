import { expect, type Locator, type Page } from '@playwright/test';

/** /secretariat/invitations: invitations with a status filter, each pending one revocable. */
export class InvitationsPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async goto(): Promise<void> {
    const response = await this.page.goto('/secretariat/invitations');
    expect(response?.status()).toBe(200);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/secretariat\/invitations(\?.*)?$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Invitations');
    await this.checkAccessibility();
  }

  async show(status: string): Promise<void> {
    await this.page.getByLabel('Show').selectOption({ label: status });
    await this.page.getByRole('button', { name: 'Show invitations' }).click();
    await this.expectShown();
  }

  row(fullName: string): Locator {
    return this.page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: fullName, exact: true }) });
  }

  async revoke(fullName: string): Promise<void> {
    await this.row(fullName)
      .getByRole('button', { name: `Revoke the invitation to ${fullName}` })
      .click();
  }

  get successBanner(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Success' });
  }
}
