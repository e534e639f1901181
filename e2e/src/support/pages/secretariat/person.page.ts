import { expect, type Locator, type Page } from '@playwright/test';
import { PersonForm } from './person-form';

/** /secretariat/people/{id}: a person's details, public view, consent and account. */
export class PersonPage {
  readonly form: PersonForm;

  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {
    this.form = new PersonForm(this.detailsForm);
  }

  async expectShown(fullName: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/secretariat\/people\/[0-9a-f-]{36}$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(fullName);
    await this.checkAccessibility();
  }

  /** The id in the page's address. */
  get personId(): string {
    return new URL(this.page.url()).pathname.split('/').pop() ?? '';
  }

  get successBanner(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Success' });
  }

  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  /** The summary of how the public sees the person now. */
  get publicView(): Locator {
    return this.page
      .getByRole('heading', { name: 'How the public sees them now' })
      .locator('xpath=following-sibling::dl[1]');
  }

  get publicViewSentence(): Locator {
    return this.page
      .getByRole('heading', { name: 'How the public sees them now' })
      .locator('xpath=following-sibling::p[1]');
  }

  publicViewValue(key: string): Locator {
    return this.publicView
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.locator('dt', { hasText: key }) })
      .locator('dd');
  }

  get detailsForm(): Locator {
    return this.page
      .locator('form')
      .filter({ has: this.page.getByRole('button', { name: 'Save details' }) });
  }

  async saveDetails(): Promise<void> {
    await this.page.getByRole('button', { name: 'Save details' }).click();
  }

  get consentHistory(): Locator {
    return this.page.getByRole('table', { name: /Consent history/ });
  }

  get consentForm(): Locator {
    return this.page
      .locator('form')
      .filter({ has: this.page.getByRole('button', { name: 'Record consent' }) });
  }

  /** Records consent given on the person's behalf, from the date prefilled (today) or `on`. */
  async recordConsent(
    choice: string,
    showLivedExperience?: boolean,
    on?: { day: string; month: string; year: string },
  ): Promise<void> {
    const form = this.consentForm;
    await form
      .getByRole('group', { name: 'How did they agree to be shown to the public?' })
      .getByLabel(choice, { exact: true })
      .check();
    if (showLivedExperience !== undefined) {
      await form
        .getByRole('group', { name: /lived experience of care/ })
        .getByLabel(showLivedExperience ? 'Yes' : 'No', { exact: true })
        .check();
    }
    if (on) {
      const date = form.getByRole('group', { name: 'From which date?' });
      await date.getByLabel('Day').fill(on.day);
      await date.getByLabel('Month').fill(on.month);
      await date.getByLabel('Year').fill(on.year);
    }
    await this.page.getByRole('button', { name: 'Record consent' }).click();
  }

  /** The account section's status, such as "Invited". */
  get accountStatus(): Locator {
    return this.page
      .getByRole('heading', { name: 'Account' })
      .locator('xpath=following-sibling::dl[1]')
      .locator('.govuk-tag');
  }

  async accountAction(name: string): Promise<void> {
    await this.page.getByRole('button', { name }).click();
  }

  get auditLink(): Locator {
    return this.page.getByRole('link', {
      name: 'See every change to this person in the audit trail',
    });
  }
}
