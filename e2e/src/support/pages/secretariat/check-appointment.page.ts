import { expect, type Locator, type Page } from '@playwright/test';

/** /secretariat/bodies/{slug}/members/appoint/check: what the appointment would do, before it is made. */
export class CheckAppointmentPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/members\/appoint\/check\?/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Check the appointment');
    await this.checkAccessibility();
  }

  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  /** The value of the check's row `key`, such as "First day". */
  answer(key: string): Locator {
    return this.page
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.locator('dt', { hasText: key }) })
      .locator('dd.govuk-summary-list__value');
  }

  /** The heading that says whether it can be made, and the sentences after it. */
  get outcome(): Locator {
    return this.page.locator('#outcome');
  }

  get outcomeText(): Locator {
    return this.page.locator('#outcome ~ p.govuk-body');
  }

  get confirmButton(): Locator {
    return this.page.getByRole('button', { name: 'Confirm appointment' });
  }

  async confirm(): Promise<void> {
    await this.confirmButton.click();
  }
}
