import { expect, type Locator, type Page } from '@playwright/test';

export interface DateFields {
  readonly day: string;
  readonly month: string;
  readonly year: string;
}

/**
 * Any one-form page of the secretariat's bodies and memberships (add or change a body, dissolve
 * it, change a membership, a rule's seats): found by its heading, filled in by its labels.
 */
export class SecretariatFormPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  async expectShown(heading: string | RegExp): Promise<void> {
    await expect(this.heading).toHaveText(heading);
    await this.checkAccessibility();
  }

  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  get errorLinks(): Locator {
    return this.errorSummary.getByRole('link');
  }

  get successBanner(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Success' });
  }

  /** The value of the summary list row `key` at the top of the page. */
  summaryValue(key: string): Locator {
    return this.page
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.locator('dt', { hasText: key }) })
      .locator('dd.govuk-summary-list__value');
  }

  async fill(label: string, value: string): Promise<void> {
    await this.page.getByLabel(label, { exact: true }).fill(value);
  }

  async choose(group: string, option: string): Promise<void> {
    await this.page.getByRole('group', { name: group }).getByLabel(option, { exact: true }).check();
  }

  async fillDate(group: string, date: DateFields): Promise<void> {
    const fields = this.page.getByRole('group', { name: group });
    await fields.getByLabel('Day').fill(date.day);
    await fields.getByLabel('Month').fill(date.month);
    await fields.getByLabel('Year').fill(date.year);
  }

  async press(button: string): Promise<void> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
  }
}
