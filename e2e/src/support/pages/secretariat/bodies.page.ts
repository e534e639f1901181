import { expect, type Locator, type Page } from '@playwright/test';

/** /secretariat/bodies: the boards and groups, with their cross-seat status today. */
export class BodiesPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async goto(): Promise<void> {
    const response = await this.page.goto('/secretariat/bodies');
    expect(response?.status()).toBe(200);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/secretariat\/bodies$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Bodies');
    await this.checkAccessibility();
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Boards and groups' });
  }

  /** The row of the body named `name`. */
  row(name: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }

  async openBody(name: string): Promise<void> {
    await this.table.getByRole('link', { name, exact: true }).click();
  }
}
