import type { Locator, Page } from '@playwright/test';

/** A paper's heading: its title, then its tags (who may open it, superseded, withdrawn). */
function headingName(title: string): RegExp {
  return new RegExp(
    `^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s+(Members only|Named people only|Superseded|Withdrawn))*$`,
  );
}

/** The Papers section of a meeting's page, as members and the public see it. */
export class MeetingPapersSection {
  constructor(readonly page: Page) {}

  get heading(): Locator {
    return this.page.getByRole('main').getByRole('heading', { level: 2, name: 'Papers' });
  }

  /** A paper's entry: its title, what it discusses, then its link. */
  paper(title: string): Locator {
    return this.page
      .getByRole('main')
      .locator('.app-paper')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: headingName(title) }) });
  }

  contentNote(title: string): Locator {
    return this.paper(title).locator('.govuk-warning-text');
  }

  /** The link to the paper's file (its name ends with the title, for screen readers). */
  download(title: string): Locator {
    return this.paper(title).getByRole('link', { name: /^Download the paper\b/ });
  }
}
