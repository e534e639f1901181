import { expect, type Locator, type Page } from '@playwright/test';

/** /secretariat/cross-seating: each rule's status today, its holders, and when it was not met. */
export class CrossSeatingPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async goto(query = ''): Promise<void> {
    const response = await this.page.goto(`/secretariat/cross-seating${query}`);
    expect(response?.status()).toBe(200);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/secretariat\/cross-seating(\?.*)?$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Cross-seating');
    await this.checkAccessibility();
  }

  /** The section of the rule for seats on `target` (a body's name). */
  rule(target: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^${target}: seats for members of`) });
  }

  /** The value of a rule's row, such as "Today" or "Held by". */
  ruleValue(target: string, key: string): Locator {
    return this.rule(target)
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.locator('dt', { hasText: key }) })
      .locator('dd.govuk-summary-list__value');
  }

  /** The table of the spans of days a rule was not met. */
  timeline(target: string): Locator {
    return this.rule(target).getByRole('table', { name: /^When the rule was not met/ });
  }

  /** Shows the spans of days within a range (the GET form: it works without JavaScript). */
  async filter(from: { day: string; month: string; year: string }): Promise<void> {
    const group = this.page.getByRole('group', { name: 'From' });
    await group.getByLabel('Day').fill(from.day);
    await group.getByLabel('Month').fill(from.month);
    await group.getByLabel('Year').fill(from.year);
    await this.page.getByRole('button', { name: 'Show', exact: true }).click();
    await this.expectShown();
  }
}
