import { expect, type Locator, type Page } from '@playwright/test';

/** /secretariat/emails: the emails the portal sends, with a status filter and Resend buttons. */
export class EmailsPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async goto(): Promise<void> {
    const response = await this.page.goto('/secretariat/emails');
    expect(response?.status()).toBe(200);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/secretariat\/emails(\?.*)?$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Emails');
    await this.checkAccessibility();
  }

  async show(status: 'All emails' | 'Queued only' | 'Retrying only' | 'Sent only' | 'Failed only') {
    await this.page.getByLabel('Show').selectOption({ label: status });
    await this.page.getByRole('button', { name: 'Show emails' }).click();
    await this.expectShown();
  }

  /** The rows of emails to `address`. */
  rowsTo(address: string): Locator {
    return this.page
      .getByRole('table')
      .getByRole('row')
      .filter({ has: this.page.getByRole('cell', { name: address }) });
  }

  /**
   * Goes on through the list's pages until one shows an email to `address` (newest first, so an
   * old email may be several pages in once members have been sent many); false if none does.
   */
  async pageTo(address: string, maxPages = 20): Promise<boolean> {
    for (let page = 0; page < maxPages; page += 1) {
      if ((await this.rowsTo(address).count()) > 0) return true;
      const next = this.page.getByRole('link', { name: 'Next page' });
      if ((await next.count()) === 0) return false;
      await next.click();
      await expect(this.page).toHaveURL(/\/secretariat\/emails\?/);
    }
    return false;
  }

  resendButton(row: Locator): Locator {
    return row.getByRole('button', { name: /^Resend/ });
  }

  get successBanner(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Success' });
  }
}
