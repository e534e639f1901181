import { expect, type Locator, type Page } from '@playwright/test';

export interface AppointmentAnswers {
  /** The option's text, such as "Nadia Quinn (nadia@example.org)". */
  readonly person: string;
  readonly role: string;
  readonly startsOn: { readonly day: string; readonly month: string; readonly year: string };
  /** The name of the body a cross-seat comes from; an ordinary seat when left out. */
  readonly crossSeatFrom?: string;
}

/** /secretariat/bodies/{slug}/members/appoint: who, in which role, when, and on which seat. */
export class AppointPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async expectShown(bodyName: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/members\/appoint(\?.*)?$/);
    await expect(this.page.getByRole('heading', { level: 1 })).toHaveText(
      `Appoint a member of the ${bodyName}`,
    );
    await this.checkAccessibility();
  }

  get form(): Locator {
    return this.page.locator('form[method="post"]');
  }

  /** Finds people by name with the search form (a GET: it works without JavaScript). */
  async search(text: string): Promise<void> {
    await this.page.getByLabel('Find a person by name or email address').fill(text);
    await this.page.getByRole('button', { name: 'Search', exact: true }).click();
  }

  async fill(answers: AppointmentAnswers): Promise<void> {
    const form = this.form;
    await form.getByLabel('Person', { exact: true }).selectOption({ label: answers.person });
    await form
      .getByRole('group', { name: 'Role' })
      .getByLabel(answers.role, { exact: true })
      .check();
    const first = form.getByRole('group', { name: 'First day' });
    await first.getByLabel('Day').fill(answers.startsOn.day);
    await first.getByLabel('Month').fill(answers.startsOn.month);
    await first.getByLabel('Year').fill(answers.startsOn.year);
    await form
      .getByRole('group', { name: 'Which seat?' })
      .getByLabel(
        answers.crossSeatFrom
          ? `A cross-seat from the ${answers.crossSeatFrom}`
          : 'An ordinary seat',
        { exact: true },
      )
      .check();
  }

  async continue(): Promise<void> {
    await this.page.getByRole('button', { name: 'Continue' }).click();
  }
}
