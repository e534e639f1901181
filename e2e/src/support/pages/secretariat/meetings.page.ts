import { expect, type Locator, type Page } from '@playwright/test';

/** A meeting as the schedule form asks for it; the date as day, month, year. */
export interface MeetingDetails {
  readonly body: string;
  readonly jointWith?: string;
  readonly title: string;
  readonly date: readonly [string, string, string];
  readonly start: string;
  readonly end: string;
  readonly location?: string;
  readonly onlineLink?: string;
}

/** The secretariat's schedule form and a meeting's management page. */
export class SecretariatMeetingPages {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async gotoSchedule(): Promise<void> {
    const response = await this.page.goto('/secretariat/meetings/new');
    expect(response?.status()).toBe(200);
    await this.checkAccessibility();
  }

  /** Fills in the schedule (or edit) form; the date as day, month, year. */
  async fill(meeting: MeetingDetails): Promise<void> {
    const page = this.page;
    await page.getByLabel('Body', { exact: true }).selectOption({ label: meeting.body });
    if (meeting.jointWith) {
      await page
        .getByLabel('Joint meeting with (optional)')
        .selectOption({ label: meeting.jointWith });
    }
    await page.getByLabel('Title').fill(meeting.title);
    const date = page.getByRole('group', { name: 'Date' });
    await date.getByLabel('Day').fill(meeting.date[0]);
    await date.getByLabel('Month').fill(meeting.date[1]);
    await date.getByLabel('Year').fill(meeting.date[2]);
    await page.getByLabel('Start time').fill(meeting.start);
    await page.getByLabel('End time').fill(meeting.end);
    await page.getByLabel(/^Where/).fill(meeting.location ?? '');
    await page.getByLabel(/^Online link/).fill(meeting.onlineLink ?? '');
  }

  async submit(name: RegExp | string): Promise<void> {
    await this.page.getByRole('button', { name }).click();
    await this.checkAccessibility();
  }

  /**
   * Goes ahead despite the warnings, as often as they are shown: the form shows them again when
   * they changed since (another test may schedule a meeting of the same body meanwhile).
   */
  async scheduleAnyway(): Promise<void> {
    for (let attempt = 0; attempt < 3 && (await this.warnings.isVisible()); attempt++) {
      await this.page.getByRole('button', { name: /anyway$/ }).click();
      await this.checkAccessibility();
    }
    await expect(this.warnings).toHaveCount(0);
  }

  /**
   * Schedules a meeting from the form (whatever the warnings), ending on its management page;
   * returns its id.
   */
  async schedule(meeting: MeetingDetails): Promise<string> {
    await this.gotoSchedule();
    await this.fill(meeting);
    await this.submit(/^Schedule the meeting/);
    await this.scheduleAnyway();
    await expect(this.heading).toHaveText(meeting.title);
    return new URL(this.page.url()).pathname.split('/').at(-1) ?? '';
  }

  /** The form that adds an item to the agenda. */
  get addItemForm(): Locator {
    return this.page
      .locator('form')
      .filter({ has: this.page.getByRole('button', { name: 'Add the item' }) });
  }

  async addItem(item: {
    title: string;
    minutes?: string;
    isPublic: boolean;
    /** Who leads it: someone on the portal (as the select lists them), or a guest's name. */
    presenter?: { person: string } | { guest: string };
  }): Promise<void> {
    const form = this.addItemForm;
    await form.getByLabel('Title').fill(item.title);
    if (item.presenter) await this.choosePresenter(item.presenter);
    await form.getByLabel('Length in minutes (optional)').fill(item.minutes ?? '');
    await form.getByLabel(item.isPublic ? 'Yes' : 'No, it is private').check();
    await form.getByRole('button', { name: 'Add the item' }).click();
    await this.checkAccessibility();
  }

  /** Answers "Who leads this item?" on the form that adds one. */
  async choosePresenter(presenter: { person: string } | { guest: string }): Promise<void> {
    const form = this.addItemForm;
    if ('person' in presenter) {
      await form.getByLabel('Someone on the portal', { exact: true }).check();
      await form
        .getByLabel('If someone on the portal, who')
        .selectOption({ label: presenter.person });
    } else {
      await form.getByLabel('A guest from outside', { exact: true }).check();
      await form.getByLabel('If a guest from outside, their name').fill(presenter.guest);
    }
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get errorSummary(): Locator {
    return this.page.locator('.govuk-error-summary');
  }

  get warnings(): Locator {
    return this.page.getByRole('region', { name: 'Check before you save' });
  }

  get agendaTitles(): Locator {
    return this.main.getByRole('table').locator('tbody tr td:nth-child(2)');
  }
}
