import { expect, type Locator, type Page } from '@playwright/test';

/** A body's meetings calendar, and a meeting's own page. */
export class MeetingPages {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async gotoCalendar(slug: string): Promise<void> {
    const response = await this.page.goto(`/bodies/${slug}/meetings`);
    expect(response?.status()).toBe(200);
    await this.checkAccessibility();
  }

  async gotoYourMeetings(): Promise<void> {
    const response = await this.page.goto('/your-meetings');
    expect(response?.status()).toBe(200);
    await this.checkAccessibility();
  }

  /** Follows a meeting's link from a list and checks the page it opens. */
  async open(title: string): Promise<void> {
    await this.main.getByRole('link', { name: title, exact: true }).first().click();
    await expect(this.heading).toContainText(title);
    await this.checkAccessibility();
  }

  section(name: string): Locator {
    return this.main
      .getByRole('heading', { level: 2, name })
      .locator('xpath=following-sibling::*[1]');
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get agendaTitles(): Locator {
    return this.main.getByRole('table').locator('tbody tr td:nth-child(2)');
  }

  get joinOnline(): Locator {
    return this.main.getByRole('link', { name: /Join the meeting online/ });
  }
}
