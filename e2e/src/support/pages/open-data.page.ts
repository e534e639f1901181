import type { Locator, Page } from '@playwright/test';

/** The Open data page: the files, each a link, and the licence. */
export class OpenDataPage {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** A file's link, by its title (the link also names its format, for screen readers). */
  file(title: string): Locator {
    return this.page.getByRole('main').getByRole('link', { name: new RegExp(`^${title} \\(`) });
  }

  get licence(): Locator {
    return this.page.getByRole('main').getByRole('link', { name: 'Open Government Licence v3.0' });
  }
}
