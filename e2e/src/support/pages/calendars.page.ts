import { expect, type APIResponse, type Locator, type Page } from '@playwright/test';

/** The calendars: the Subscribe page, a meeting's "Add to your calendar", a member's own feed. */
export class CalendarPages {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  async expectSubscribePage(): Promise<void> {
    await expect(this.page).toHaveURL(/\/subscribe$/);
    await expect(this.heading).toHaveText('Add meetings to your calendar');
    await this.checkAccessibility();
  }

  /** The address listed for a calendar on the Subscribe page ("All boards and groups", a body). */
  /** The address listed for `name`: of its calendar, or of its news feed. */
  async listedAddress(name: string, list: 'calendar' | 'news' = 'calendar'): Promise<string> {
    const lists = this.main.locator('.govuk-summary-list');
    const row = lists
      .nth(list === 'news' ? 1 : 0)
      .locator('.govuk-summary-list__row')
      .filter({
        has: this.page.locator('dt', { hasText: name }),
      });
    return (await row.getByRole('link').textContent())?.trim() ?? '';
  }

  get addToCalendar(): Locator {
    return this.main.getByRole('link', { name: /^Add to your calendar/ });
  }

  /** The account page's section on the member's calendar feed. */
  get accountSection(): Locator {
    return this.main.getByRole('region', { name: 'Your calendar feed' });
  }

  async press(button: string): Promise<void> {
    await this.main.getByRole('button', { name: button }).click();
  }

  /** After making an address: the page that shows it, once. */
  async madeAddress(): Promise<string> {
    await expect(this.heading).toHaveText('Your calendar feed');
    await this.checkAccessibility();
    return this.main.getByLabel('Your calendar feed address').inputValue();
  }

  /** Fetches a calendar as this browser would (its cookies included). */
  async fetch(address: string): Promise<APIResponse> {
    return this.page.request.get(address);
  }
}
