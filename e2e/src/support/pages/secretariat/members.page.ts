import { expect, type Locator, type Page } from '@playwright/test';

/** /secretariat/bodies/{slug}/members: a body's membership records, current, future and past. */
export class MembersPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async goto(slug: string): Promise<void> {
    const response = await this.page.goto(`/secretariat/bodies/${slug}/members`);
    expect(response?.status()).toBe(200);
    await expect(this.page).toHaveURL(/\/members$/);
    await this.checkAccessibility();
  }

  async expectShown(bodyName: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/secretariat\/bodies\/[a-z0-9-]+\/members$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(
      `Members of the ${bodyName}`,
    );
    await this.checkAccessibility();
  }

  get successBanner(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Success' });
  }

  /** "Current members", "Future members" or "Past members". */
  table(caption: 'Current members' | 'Future members' | 'Past members'): Locator {
    return this.page.getByRole('table', { name: caption });
  }

  /** The rows for `fullName` in the table captioned `caption`. */
  row(caption: 'Current members' | 'Future members' | 'Past members', fullName: string): Locator {
    return this.table(caption)
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name: fullName, exact: true }) });
  }

  async appoint(): Promise<void> {
    await this.page.getByRole('button', { name: 'Appoint a member' }).click();
  }

  /** Opens the current membership of `fullName`. */
  async manage(fullName: string): Promise<void> {
    await this.row('Current members', fullName)
      .getByRole('link', { name: `Manage ${fullName}’s membership` })
      .click();
  }
}
