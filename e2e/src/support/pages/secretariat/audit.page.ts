import { expect, type Locator, type Page } from '@playwright/test';

/** /secretariat/audit: the audit trail with its filter. */
export class AuditPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/secretariat\/audit(\?.*)?$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Audit trail');
    await this.checkAccessibility();
  }

  async goto(query = ''): Promise<void> {
    const response = await this.page.goto(`/secretariat/audit${query}`);
    expect(response?.status()).toBe(200);
    await this.expectShown();
  }

  get table(): Locator {
    return this.page.getByRole('table');
  }

  /** Rows of entries (the header row left out). */
  get entries(): Locator {
    return this.table.locator('tbody tr');
  }

  /** Chooses an action (or a kind of action, as `person.`) from the filter's list, by its name. */
  async filterByAction(action: string): Promise<void> {
    await this.page.getByLabel('Action', { exact: true }).selectOption(action);
    await this.page.getByRole('button', { name: 'Filter' }).click();
    await this.expectShown();
  }
}
