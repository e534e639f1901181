import { expect, type Locator, type Page } from '@playwright/test';

export type PaperVisibilityLabel = 'Public' | 'Members only' | 'Named people only';

/** The Papers section of the secretariat's meeting page, and the add-a-paper form. */
export class SecretariatPaperPages {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  /** A paper's summary card on the meeting page. */
  card(title: string): Locator {
    return this.main.locator('.govuk-summary-card').filter({
      has: this.page.getByRole('heading', { level: 3, name: title }),
    });
  }

  /** Follows "Add a paper" from the meeting page. */
  async openAddPaper(): Promise<void> {
    await this.main.getByRole('link', { name: 'Add a paper', exact: true }).click();
    await this.expectForm();
  }

  async expectForm(): Promise<void> {
    await expect(this.heading).toHaveText('Add a paper');
    await this.checkAccessibility();
  }

  async fill(paper: {
    title: string;
    agendaItem?: string;
    visibility: PaperVisibilityLabel;
    contentNote?: string;
  }): Promise<void> {
    const page = this.page;
    await page.getByLabel('Title', { exact: true }).fill(paper.title);
    if (paper.agendaItem) {
      await page.getByLabel('Agenda item').selectOption({ label: paper.agendaItem });
    }
    await page
      .getByRole('group', { name: 'Who can open the paper?' })
      .getByRole('radio', { name: paper.visibility, exact: true })
      .check();
    await page.getByLabel('Content note (optional)').fill(paper.contentNote ?? '');
  }

  /** Chooses the file to upload, made in the test. */
  async attach(name: string, content: Buffer, mimeType = 'application/pdf'): Promise<void> {
    await this.page
      .getByLabel('Upload the paper')
      .setInputFiles({ name, mimeType, buffer: content });
  }

  /** Sends the form; the page that follows is checked by the caller. */
  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add the paper' }).click();
  }

  /** Follows a paper's "Correct" link from its card on the meeting page. */
  async openCorrect(title: string): Promise<void> {
    await this.card(title)
      .getByRole('link', { name: /^Correct/ })
      .click();
    await expect(this.heading).toHaveText('Correct a paper');
    await this.checkAccessibility();
  }

  /** On the correction page: who can open the paper, saved. */
  async changeAudience(visibility: PaperVisibilityLabel): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Who can open the paper?' })
      .getByRole('radio', { name: visibility, exact: true })
      .check();
    await this.page.getByRole('button', { name: 'Save who can open it' }).click();
  }

  /** On the correction page: withdraws the paper with the reason given (blank to leave it out). */
  async withdraw(reason: string): Promise<void> {
    await this.page.getByLabel('Why is it withdrawn?').fill(reason);
    await this.page.getByRole('button', { name: 'Withdraw the paper' }).click();
  }

  /** On the correction page: uploads a new file for the paper. */
  async replaceFile(name: string, content: Buffer): Promise<void> {
    await this.page
      .getByLabel('Upload the new file')
      .setInputFiles({ name, mimeType: 'application/pdf', buffer: content });
    await this.page.getByRole('button', { name: 'Replace the file' }).click();
  }
}
