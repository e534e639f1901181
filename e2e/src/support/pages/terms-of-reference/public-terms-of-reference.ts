import { expect, type Locator, type Page } from '@playwright/test';

/** The "Terms of reference" section of a body's public page (/bodies/{slug}). */
export class BodyTermsOfReferenceSection {
  constructor(readonly page: Page) {}

  get section(): Locator {
    return this.page.getByRole('region', { name: 'Terms of reference' });
  }

  /** "Version 2, in force since 23 November 2026." */
  get inForce(): Locator {
    return this.section.locator('p').first();
  }

  /** A value of the summary list: "Quorum", "How often it meets", "Membership". */
  value(key: string): Locator {
    return this.section
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.locator('dt', { hasText: key }) })
      .locator('dd');
  }

  get text(): Locator {
    return this.section.locator('.app-markdown');
  }

  whatChangedLink(number: number): Locator {
    return this.section.getByRole('link', { name: `What changed in version ${number}` });
  }

  get everyVersionLink(): Locator {
    return this.section.getByRole('link', { name: 'Every version of the terms of reference' });
  }
}

/** /bodies/{slug}/terms-of-reference: every published version. */
export class TermsOfReferenceHistoryPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async goto(slug: string): Promise<void> {
    const response = await this.page.goto(`/bodies/${slug}/terms-of-reference`);
    expect(response?.status()).toBe(200);
  }

  async expectShown(bodyName: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/bodies\/[a-z-]+\/terms-of-reference$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Terms of reference');
    await expect(this.page.locator('.govuk-caption-l')).toHaveText(bodyName);
    await this.checkAccessibility();
  }

  get versions(): Locator {
    return this.page.getByRole('table', { name: 'Versions' });
  }

  row(number: number): Locator {
    return this.versions
      .locator('tbody tr')
      .filter({ has: this.page.getByRole('link', { name: `Version ${number}`, exact: true }) });
  }

  async compare(from: number, to: number): Promise<void> {
    await this.page.getByLabel('Compare version').selectOption(String(from));
    await this.page.getByLabel('with version').selectOption(String(to));
    await this.page.getByRole('button', { name: 'Compare' }).click();
  }
}

/** /bodies/{slug}/terms-of-reference/compare?from=&to=: what changed. */
export class TermsOfReferenceComparePage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async expectShown(from: number, to: number): Promise<void> {
    await expect(this.page).toHaveURL(
      new RegExp(`/terms-of-reference/compare\\?from=${from}&to=${to}$`),
    );
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(
      'What changed in the terms of reference',
    );
    await this.checkAccessibility();
  }

  /** The structured parts that changed: Part, before, after. */
  get fieldsTable(): Locator {
    return this.page.getByRole('table', { name: /changed$/ });
  }

  fieldRow(part: string): Locator {
    return this.fieldsTable
      .locator('tbody tr')
      .filter({ has: this.page.locator('th', { hasText: part }) });
  }

  get addedLines(): Locator {
    return this.page.locator('.app-diff ins');
  }

  get removedLines(): Locator {
    return this.page.locator('.app-diff del');
  }

  /** The words picked out within lines replaced by similar ones. */
  changedWords(kind: 'added' | 'removed'): Locator {
    return this.page.locator(`.app-diff .app-diff__words--${kind}`);
  }
}
