import { expect, type Locator, type Page } from '@playwright/test';
import { OWN_MARK } from '../own-data';

/**
 * /who-sits-where: every current member of every body in one table. The lists here leave out
 * the bodies and people other tests made for themselves (their names carry OWN_MARK).
 */
export class WhoSitsWherePage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async goto(): Promise<void> {
    const response = await this.page.goto('/who-sits-where');
    expect(response?.status()).toBe(200);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/who-sits-where$/);
    await expect(this.heading).toHaveText('Who sits where');
    await this.checkAccessibility();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get table(): Locator {
    return this.page.getByRole('table', { name: 'Members of each board and group today' });
  }

  /** The names heading the table's rows, in order. */
  get names(): Locator {
    return this.table.getByRole('rowheader').filter({ hasNotText: OWN_MARK });
  }

  /** The cell of the row for `name` in the column of `body`. */
  async seat(name: string, body: string): Promise<Locator> {
    const headings = await this.table.getByRole('columnheader').allTextContents();
    const column = headings.findIndex((heading) => heading.trim() === body);
    expect(column, `a column for ${body}`).toBeGreaterThan(0);
    // The row's first cell is its heading, the name: the bodies' cells follow it.
    return this.table
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name, exact: true }) })
      .getByRole('cell')
      .nth(column - 1);
  }

  /** The column headings after "Name": the bodies. */
  get bodies(): Locator {
    return this.table
      .getByRole('columnheader')
      .filter({ hasNotText: /^Name$/ })
      .filter({ hasNotText: OWN_MARK });
  }

  /** "Members who are not named": one line a body, with a count. */
  get notNamed(): Locator {
    return this.main
      .getByRole('heading', { name: 'Members who are not named' })
      .locator('xpath=following-sibling::ul[1]')
      .getByRole('listitem')
      .filter({ hasNotText: OWN_MARK });
  }
}
