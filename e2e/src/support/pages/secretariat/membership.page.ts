import { expect, type Locator, type Page } from '@playwright/test';

/** /secretariat/bodies/{slug}/members/{id}: one membership and the changes that can be made. */
export class MembershipPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async expectShown(fullName: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/members\/[0-9a-f-]{36}$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(
      `${fullName}’s membership`,
    );
    await this.checkAccessibility();
  }

  async change(
    link:
      | 'End this membership'
      | 'Change their role from a date'
      | 'Extend this membership'
      | 'Correct a mistake'
      | 'Remove this membership',
  ) {
    await this.page.getByRole('link', { name: link }).click();
  }
}

/** …/members/{id}/end: the last day and why; it warns which cross-seats end with it. */
export class EndMembershipPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async expectShown(fullName: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/members\/[0-9a-f-]{36}\/end$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(
      `End ${fullName}’s membership`,
    );
    await this.checkAccessibility();
  }

  get warning(): Locator {
    return this.page.locator('.govuk-warning-text');
  }

  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  async end(lastDay: { day: string; month: string; year: string }, reason: string) {
    const date = this.page.getByRole('group', { name: 'What is their last day?' });
    await date.getByLabel('Day').fill(lastDay.day);
    await date.getByLabel('Month').fill(lastDay.month);
    await date.getByLabel('Year').fill(lastDay.year);
    await this.page.getByLabel('Why is the membership ending?').fill(reason);
    await this.page.getByRole('button', { name: 'End membership' }).click();
  }
}
