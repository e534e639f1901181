import { expect, type Locator, type Page } from '@playwright/test';

/** /secretariat/people: the table of people, with search and paging. */
export class PeoplePage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async goto(): Promise<void> {
    const response = await this.page.goto('/secretariat/people');
    expect(response?.status()).toBe(200);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/secretariat\/people(\?.*)?$/);
    await expect(this.heading).toHaveText('People');
    await this.checkAccessibility();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get table(): Locator {
    return this.page.getByRole('table');
  }

  get status(): Locator {
    return this.page.getByRole('main').getByRole('status');
  }

  async search(text: string): Promise<void> {
    await this.page.getByLabel('Search by name or email address').fill(text);
    await this.page.getByRole('button', { name: 'Search' }).click();
    await this.expectShown();
  }

  /** The row of the table for the person named `fullName`. */
  row(fullName: string): Locator {
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: fullName, exact: true }) });
  }

  async openPerson(fullName: string): Promise<void> {
    await this.table.getByRole('link', { name: fullName, exact: true }).click();
  }

  async addPerson(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add a person' }).click();
  }
}
