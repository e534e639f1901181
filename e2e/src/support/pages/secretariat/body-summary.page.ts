import { expect, type Locator, type Page } from '@playwright/test';

/** /secretariat/bodies/{slug}: a body's details, members and cross-seats, for the secretariat. */
export class BodySummaryPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async expectShown(name: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/secretariat\/bodies\/[a-z0-9-]+$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(name);
    await this.checkAccessibility();
  }

  get crossSeatsToday(): Locator {
    return this.page
      .getByRole('heading', { name: 'Cross-seats today' })
      .locator('xpath=following-sibling::ul[1]');
  }

  async openMembers(): Promise<void> {
    await this.page.getByRole('link', { name: /^See and change the members of / }).click();
  }
}
