import { expect, type Locator, type Page } from '@playwright/test';

export type RegisterStatus = 'Present' | 'Sent apologies' | 'Absent';

/**
 * The secretariat's record of a meeting: the attendance register with the quorum and
 * declarations of interest, and the minutes editor with decisions, actions and the workflow.
 */
export class MeetingRecordPages {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get successBanner(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Success' });
  }

  get errorSummary(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'There is a problem' });
  }

  /** Follows a link on the secretariat's meeting page to one of the record's pages. */
  async open(
    link: 'Attendance, quorum and declarations of interest' | 'Minutes, decisions and actions',
  ) {
    await this.main.getByRole('link', { name: link }).click();
    await expect(this.heading).toHaveText(
      link.startsWith('Attendance') ? 'Attendance and declarations of interest' : 'Minutes',
    );
    await this.checkAccessibility();
  }

  async press(button: string): Promise<void> {
    await this.main.getByRole('button', { name: button, exact: true }).click();
    await this.checkAccessibility();
  }

  // ---- The register ---------------------------------------------------------------------

  /** The sentence saying whether the meeting is quorate. */
  get quorum(): Locator {
    return this.main.locator('#quorum');
  }

  /** A person's radios on the register, found by their name. */
  member(name: string): Locator {
    return this.main.getByRole('group', { name, exact: true });
  }

  async mark(name: string, status: RegisterStatus): Promise<void> {
    await this.member(name).getByLabel(status, { exact: true }).check();
  }

  async saveRegister(): Promise<void> {
    await this.press('Save the register');
    await expect(this.successBanner).toContainText('The register has been saved');
  }

  /** Observers and anyone else on the register who is not expected. */
  get observers(): Locator {
    return this.main.locator('#observers + *');
  }

  /** Finds someone who is not a member by name, and adds them to the register as an observer. */
  async addObserver(name: string): Promise<void> {
    await this.main
      .getByLabel('Find someone who is not a member, to add as an observer')
      .fill(name);
    await this.press('Find');
    const select = this.main.getByLabel('Person to add as an observer');
    const value = await select.locator('option', { hasText: name }).getAttribute('value');
    await select.selectOption(value ?? '');
    await this.press('Add as an observer');
    await expect(this.successBanner).toContainText('The observer has been added to the register');
  }

  get declarations(): Locator {
    return this.main.getByRole('table', { name: 'Declarations of interest recorded' });
  }

  async declare(declaration: { person: string; on: string; interest: string }): Promise<void> {
    const form = this.main
      .locator('form')
      .filter({ has: this.page.getByRole('button', { name: 'Record the declaration' }) });
    await form.getByLabel('Who declared an interest').selectOption({ label: declaration.person });
    await form.getByLabel('On', { exact: true }).selectOption({ label: declaration.on });
    await form.getByLabel('The interest').fill(declaration.interest);
    await this.press('Record the declaration');
    await expect(this.successBanner).toContainText('The declaration of interest has been recorded');
  }

  async removeDeclaration(person: string): Promise<void> {
    await this.declarations
      .getByRole('button', { name: `Remove the declaration by ${person}` })
      .click();
    await this.checkAccessibility();
    await expect(this.successBanner).toContainText('The declaration of interest has been removed');
  }

  // ---- The minutes ----------------------------------------------------------------------

  /** The value of a row of the summary at the top of the minutes page. */
  summaryValue(key: string): Locator {
    return this.main
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.locator('dt', { hasText: key }) })
      .locator('dd.govuk-summary-list__value');
  }

  async writeOpening(text: string): Promise<void> {
    await this.main.getByLabel('Opening', { exact: true }).fill(text);
  }

  /** The notes of an agenda item, by its label ("3. Evidence review"). */
  notes(item: string): Locator {
    return this.main.getByRole('textbox', { name: new RegExp(`^${escape(item)}`) });
  }

  async saveMinutes(): Promise<void> {
    await this.press('Save the minutes');
    await expect(this.successBanner).toContainText('The minutes have been saved');
  }

  /** What was typed but not saved, shown beside the form after someone else saved first. */
  get unsaved(): Locator {
    return this.main.locator('#unsaved');
  }

  async recordDecision(decision: { on: string; text: string }): Promise<void> {
    const form = this.main
      .locator('form')
      .filter({ has: this.page.getByRole('button', { name: 'Record the decision' }) });
    await form.getByLabel('On', { exact: true }).selectOption({ label: decision.on });
    await form.getByLabel('Decision', { exact: true }).fill(decision.text);
    await this.press('Record the decision');
    await expect(this.successBanner).toContainText('The decision has been recorded');
  }

  async recordAction(action: {
    on: string;
    description: string;
    owner: string;
    due: readonly [string, string, string];
  }): Promise<void> {
    const form = this.main
      .locator('form')
      .filter({ has: this.page.getByRole('button', { name: 'Record the action' }) });
    await form.getByLabel('On', { exact: true }).selectOption({ label: action.on });
    await form.getByLabel('What is to be done').fill(action.description);
    await form.getByLabel('Who is to do it (optional)').selectOption({ label: action.owner });
    const due = form.getByRole('group', { name: 'Due by (optional)' });
    await due.getByLabel('Day').fill(action.due[0]);
    await due.getByLabel('Month').fill(action.due[1]);
    await due.getByLabel('Year').fill(action.due[2]);
    await this.press('Record the action');
    await expect(this.successBanner).toContainText('The action has been recorded');
  }

  /** Only the workflow steps the API allows are offered, each as a button. */
  get workflowButtons(): Locator {
    return this.main
      .locator('form')
      .filter({
        has: this.page.locator(
          'input[name="intent"][value="circulate"], input[name="intent"][value="withdraw"], input[name="intent"][value="approve"], input[name="intent"][value="publish"]',
        ),
      })
      .getByRole('button');
  }

  /** Records approval at the later meeting whose title is given. */
  async approveAt(meetingTitle: string): Promise<void> {
    const select = this.main.getByLabel('Meeting at which the minutes were approved');
    const value = await select.locator('option', { hasText: meetingTitle }).getAttribute('value');
    await select.selectOption(value ?? '');
    await this.press('Approve');
  }

  get comments(): Locator {
    return this.main.locator('#comments + *');
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
