import { expect, type Locator, type Page } from '@playwright/test';

/** What a member does for themselves: apologies on a meeting's page, actions, what's new. */
export class MembersActPages {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async goto(path: string): Promise<void> {
    const response = await this.page.goto(path);
    expect(response?.status()).toBe(200);
    await this.checkAccessibility();
  }

  /** Clicks a button and checks the page it leads to. */
  async press(name: string | RegExp, within: Locator = this.main): Promise<void> {
    await within.getByRole('button', { name }).click();
    await this.page.waitForLoadState('load');
    await this.checkAccessibility();
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get banner(): Locator {
    return this.page.locator('.govuk-notification-banner--success');
  }

  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  get attendance(): Locator {
    return this.main.locator('section#apologies');
  }

  get apologiesNote(): Locator {
    return this.page.getByLabel('A note to the secretariat (optional)');
  }

  /** Opens the "Update" details of an action's row, where its form is. */
  async openUpdate(row: Locator): Promise<void> {
    await row.locator('summary').click();
    await expect(row.getByRole('button', { name: 'Update the action' })).toBeVisible();
  }

  /** The actions list's row of an action. */
  actionRow(description: string): Locator {
    return this.main.getByRole('row').filter({ hasText: description });
  }
}
