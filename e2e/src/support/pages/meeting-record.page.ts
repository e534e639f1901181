import { expect, type Locator, type Page } from '@playwright/test';

/**
 * A meeting's record as members and the public see it on the meeting's page (its minutes,
 * decisions, attendance and actions), the body's register of decisions, and the actions log.
 */
export class MeetingRecordPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async gotoMeeting(id: string): Promise<void> {
    const response = await this.page.goto(`/meetings/${id}`);
    expect(response?.status()).toBe(200);
    await this.checkAccessibility();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get successBanner(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Success' });
  }

  /** Everything of the record on a meeting's page, from its "Minutes" heading on. */
  get record(): Locator {
    return this.main.locator('#meeting-record');
  }

  /** A part of the record: a region named by its heading. */
  section(heading: 'Minutes' | 'Decisions' | 'Attendance' | 'Actions'): Locator {
    return this.record.getByRole('region', { name: heading, exact: true });
  }

  /** Sends a comment on circulated minutes; `refused` is the error the page should show instead. */
  async comment(text: string, { refused }: { refused?: string } = {}): Promise<void> {
    await this.record.getByLabel('Your comment').fill(text);
    await this.record.getByRole('button', { name: 'Send your comment' }).click();
    await this.checkAccessibility();
    if (refused) {
      await expect(this.page).toHaveTitle(/^Error: /);
      await expect(
        this.page.getByRole('alert').filter({ hasText: 'There is a problem' }),
      ).toContainText(refused);
      return;
    }
    await expect(this.successBanner).toContainText('Your comment has been sent to the secretariat');
  }

  /** One action on the page, by what is to be done. */
  action(description: string): Locator {
    return this.record.locator('.app-action').filter({ hasText: description });
  }

  async moveAction(description: string, choice: string): Promise<void> {
    const action = this.action(description);
    await action.getByLabel(choice, { exact: true }).check();
    await action.getByRole('button', { name: 'Update the action' }).click();
    await this.checkAccessibility();
    await expect(this.successBanner).toContainText('The action has been updated');
  }

  // ---- The registers --------------------------------------------------------------------

  async followLink(name: string | RegExp, heading: string): Promise<void> {
    await this.main.getByRole('link', { name }).click();
    await expect(this.heading).toHaveText(heading);
    await this.checkAccessibility();
  }

  async gotoBodyMeetings(slug: string): Promise<void> {
    const response = await this.page.goto(`/bodies/${slug}/meetings`);
    expect(response?.status()).toBe(200);
    await this.checkAccessibility();
  }

  async filterActions(filter: { status?: string; whose?: string }): Promise<void> {
    if (filter.status) await this.main.getByLabel('Status').selectOption({ label: filter.status });
    if (filter.whose) await this.main.getByLabel('Whose').selectOption({ label: filter.whose });
    await this.main.getByRole('button', { name: 'Show actions' }).click();
    await expect(this.heading).toHaveText('Actions');
    await this.checkAccessibility();
  }

  /** A row of the actions log, by what is to be done. */
  actionRow(description: string): Locator {
    return this.main.getByRole('row').filter({ hasText: description });
  }
}
