import { expect, type Locator, type Page } from '@playwright/test';

/** /secretariat/imports: how to write the file, the upload form and the imports so far. */
export class ImportsPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async goto(): Promise<void> {
    const response = await this.page.goto('/secretariat/imports');
    expect(response?.status()).toBe(200);
    await this.expectShown();
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/secretariat\/imports(\?.*)?$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Import memberships');
    await this.checkAccessibility();
  }

  get fileInput(): Locator {
    return this.page.getByLabel('Upload a CSV file');
  }

  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  /** Chooses a CSV file with `content` and uploads it. */
  async upload(name: string, content: string): Promise<void> {
    await this.fileInput.setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(content, 'utf8'),
    });
    await this.page.getByRole('button', { name: 'Upload and check' }).click();
  }

  /** The row of the imports so far for the file `name`. */
  row(name: string): Locator {
    return this.page
      .getByRole('table', { name: 'Imports so far' })
      .getByRole('row')
      .filter({ has: this.page.getByRole('link', { name, exact: true }) });
  }
}

/** /secretariat/imports/{id}: one import, followed until it is checked, then confirmed or discarded. */
export class ImportPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The error summary of a failed import, with a "Line n…" item per problem. */
  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem with the file' });
  }

  get problems(): Locator {
    return this.errorSummary.getByRole('listitem');
  }

  /** The list of what a checked import will do: one row per line. */
  get plan(): Locator {
    return this.page.getByRole('table', { name: 'What will happen' });
  }

  /** Waits (the page refreshes itself, with or without JavaScript) until the check has ended. */
  async expectChecked(): Promise<void> {
    await this.expectFinished('Check what will be imported');
  }

  /** Confirms or discards a checked import (a plain form post). */
  async choose(button: 'Confirm and import' | 'Discard'): Promise<void> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
  }

  /** Waits (the page refreshes itself, with or without JavaScript) until the import has ended. */
  async expectFinished(
    heading:
      | 'Nothing was imported'
      | 'Memberships imported'
      | 'Check what will be imported'
      | 'Discarded: nothing was imported',
  ): Promise<void> {
    await expect(this.page).toHaveURL(/\/secretariat\/imports\/[0-9a-f-]{36}(\?.*)?$/);
    await expect(this.heading).toHaveText(heading, { timeout: 20_000 });
    await this.checkAccessibility();
  }
}
