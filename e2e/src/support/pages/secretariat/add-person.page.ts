import { expect, type Locator, type Page } from '@playwright/test';
import { PersonForm } from './person-form';

/** /secretariat/people/new */
export class AddPersonPage {
  readonly form: PersonForm;

  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {
    this.form = new PersonForm(page.getByRole('main'));
  }

  async expectShown(): Promise<void> {
    await expect(this.page).toHaveURL(/\/secretariat\/people\/new$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText('Add a person');
    await this.checkAccessibility();
  }

  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  async submit(): Promise<void> {
    await this.page.getByRole('button', { name: 'Add person' }).click();
  }
}
