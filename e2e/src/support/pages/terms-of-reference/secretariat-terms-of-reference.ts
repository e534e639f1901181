import { expect, type Locator, type Page } from '@playwright/test';

const base = (slug: string) => `/secretariat/bodies/${slug}/terms-of-reference`;

/** Shared by the secretariat's pages: banners and the error summary. */
class SecretariatPage {
  constructor(
    readonly page: Page,
    protected readonly checkAccessibility: () => Promise<void>,
  ) {}

  get successBanner(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Success' });
  }

  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }
}

/** /secretariat/terms-of-reference: every body, its version in force and any draft. */
export class TermsOfReferenceOverviewPage extends SecretariatPage {
  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/secretariat\/terms-of-reference$/);
    await expect(this.heading).toHaveText('Terms of reference');
    await this.checkAccessibility();
  }

  async openBody(name: string): Promise<void> {
    await this.page.getByRole('link', { name, exact: true }).click();
  }
}

/** /secretariat/bodies/{slug}/terms-of-reference: one body's version in force, draft and history. */
export class BodyTermsOfReferencePage extends SecretariatPage {
  async goto(slug: string): Promise<void> {
    const response = await this.page.goto(base(slug));
    expect(response?.status()).toBe(200);
  }

  async expectShown(bodyName: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/secretariat\/bodies\/[a-z-]+\/terms-of-reference$/);
    await expect(this.heading).toHaveText('Terms of reference');
    await expect(this.page.locator('.govuk-caption-l')).toHaveText(bodyName);
    await this.checkAccessibility();
  }

  async startDraft(): Promise<void> {
    await this.page.getByRole('button', { name: 'Start a new draft' }).click();
  }

  get draftSummary(): Locator {
    return this.page
      .getByRole('heading', { name: 'Draft' })
      .locator('xpath=following-sibling::dl[1]');
  }

  get publishedVersions(): Locator {
    return this.page.getByRole('table', { name: /Published versions/ });
  }
}

export interface DraftFields {
  /** As typed: "4", "1/2", or blank. */
  quorum?: string;
  meetingFrequency?: string;
  composition?: string;
  content?: string;
}

/** /secretariat/bodies/{slug}/terms-of-reference/draft: the draft editor. */
export class DraftEditorPage extends SecretariatPage {
  async goto(slug: string): Promise<void> {
    const response = await this.page.goto(`${base(slug)}/draft`);
    expect(response?.status()).toBe(200);
  }

  async expectShown(number: number): Promise<void> {
    await expect(this.page).toHaveURL(/\/terms-of-reference\/draft$/);
    await expect(this.heading).toHaveText(`Edit the draft of version ${number}`);
    await this.checkAccessibility();
  }

  get quorum(): Locator {
    return this.page.getByLabel('Quorum', { exact: true });
  }

  get content(): Locator {
    return this.page.getByLabel('Text', { exact: true });
  }

  get meetingFrequency(): Locator {
    return this.page.getByLabel('How often it meets');
  }

  get composition(): Locator {
    return this.page.getByLabel('Membership', { exact: true });
  }

  async fill(fields: DraftFields): Promise<void> {
    if (fields.quorum !== undefined) await this.quorum.fill(fields.quorum);
    if (fields.meetingFrequency !== undefined)
      await this.meetingFrequency.fill(fields.meetingFrequency);
    if (fields.composition !== undefined) await this.composition.fill(fields.composition);
    if (fields.content !== undefined) await this.content.fill(fields.content);
  }

  async saveAndPreview(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save and preview' }).click();
  }

  async saveDraft(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save draft' }).click();
  }

  /** What was typed but not saved, after someone else saved first. */
  get unsaved(): Locator {
    return this.page.locator('#unsaved');
  }
}

/** /secretariat/bodies/{slug}/terms-of-reference/draft/preview. */
export class DraftPreviewPage extends SecretariatPage {
  async expectShown(number: number): Promise<void> {
    await expect(this.page).toHaveURL(/\/terms-of-reference\/draft\/preview$/);
    await expect(this.heading).toHaveText(`Preview version ${number}`);
    await this.checkAccessibility();
  }

  /** The draft exactly as the public will see it. */
  get preview(): Locator {
    return this.page.getByRole('region', { name: 'Terms of reference' });
  }

  previewValue(key: string): Locator {
    return this.preview
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.locator('dt', { hasText: key }) })
      .locator('dd');
  }

  get addedLines(): Locator {
    return this.page.locator('.app-diff ins');
  }

  async continueToPublish(): Promise<void> {
    await this.page.getByRole('button', { name: 'Continue to publish' }).click();
  }
}

/** /secretariat/bodies/{slug}/terms-of-reference/draft/publish. */
export class PublishPage extends SecretariatPage {
  async expectShown(number: number): Promise<void> {
    await expect(this.page).toHaveURL(/\/terms-of-reference\/draft\/publish$/);
    await expect(this.heading).toHaveText(`Publish version ${number}`);
    await this.checkAccessibility();
  }

  get date(): Locator {
    return this.page.getByRole('group', { name: 'When do they come into force?' });
  }

  async setDate(day: string, month: string, year: string): Promise<void> {
    await this.date.getByLabel('Day').fill(day);
    await this.date.getByLabel('Month').fill(month);
    await this.date.getByLabel('Year').fill(year);
  }

  async publish(number: number): Promise<void> {
    await this.page.getByRole('button', { name: `Publish version ${number}` }).click();
  }
}

/** /secretariat/bodies/{slug}/terms-of-reference/draft/discard. */
export class DiscardPage extends SecretariatPage {
  async expectShown(number: number): Promise<void> {
    await expect(this.heading).toHaveText(`Discard the draft of version ${number}?`);
    await this.checkAccessibility();
  }

  async discard(): Promise<void> {
    await this.page.getByRole('button', { name: 'Discard the draft' }).click();
  }
}
