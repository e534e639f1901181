import { expect, test as base } from './support/membership-fixtures';
import { MeetingPages } from './support/pages/meeting.page';
import { SecretariatMeetingPages } from './support/pages/secretariat/meetings.page';

const test = base.extend<{ schedule: SecretariatMeetingPages; meetings: MeetingPages }>({
  schedule: async ({ page, checkAccessibility }, use) =>
    use(new SecretariatMeetingPages(page, checkAccessibility)),
  meetings: async ({ page, checkAccessibility }, use) =>
    use(new MeetingPages(page, checkAccessibility)),
});

test.describe('scheduling meetings', () => {
  test('the secretariat schedules a meeting, is warned of a double-booked cross-seated member, builds the agenda, and the public sees the public part', async ({
    page,
    signIn,
    schedule,
    meetings,
    checkAccessibility,
  }, testInfo) => {
    test.setTimeout(180_000);
    // Both projects run at once: each on its own day, far from the demo meetings.
    const year = testInfo.project.name === 'javascript' ? '2031' : '2032';
    const suffix = `${testInfo.project.name}-${Date.now().toString(36)}`;

    await signIn('secretariat@example.org');
    await page.goto('/secretariat/meetings/new');
    await schedule.gotoSchedule();

    // Nothing filled in: every question says what is missing.
    await schedule.submit('Schedule the meeting');
    await expect(page).toHaveTitle(/^Error: Schedule a meeting/);
    await expect(schedule.errorSummary.getByRole('link')).toContainText([
      'Choose the body (or bodies) meeting',
      'Enter a title for the meeting',
      'Enter the date of the meeting',
    ]);

    // An Evidence Group meeting, then a board meeting at the same time.
    await schedule.fill({
      body: 'Evidence Group',
      title: `Evidence ${suffix}`,
      date: ['4', '3', year],
      start: '10:00',
      end: '12:00',
      location: 'Sanctuary Buildings',
    });
    await schedule.submit(/^Schedule the meeting/);
    await schedule.scheduleAnyway();
    await expect(schedule.heading).toHaveText(`Evidence ${suffix}`);

    await schedule.gotoSchedule();
    await schedule.fill({
      body: 'Experts by Experience Board',
      title: `Board ${suffix}`,
      date: ['4', '3', year],
      start: '11am',
      end: '1pm',
      onlineLink: 'https://meet.example.org/board',
    });
    await schedule.submit('Schedule the meeting');
    // Members who sit on the group from the board would be expected at both.
    await expect(schedule.warnings).toContainText(
      'People expected at another meeting at the same time',
    );
    await expect(schedule.warnings).toContainText('Jordan Ellis is expected at');
    await expect(schedule.warnings).toContainText('they hold a cross-seat');
    await expect(page.getByLabel('Title')).toHaveValue(`Board ${suffix}`);
    await schedule.scheduleAnyway();
    await expect(schedule.heading).toHaveText(`Board ${suffix}`);
    await expect(schedule.main).toContainText(`4 March ${year}, 11am to 1pm (UK time)`);

    await schedule.addItem({ title: 'Welcome', minutes: '10', isPublic: true });
    await schedule.addItem({ title: `Private matter ${suffix}`, minutes: '20', isPublic: false });
    await schedule.addItem({ title: 'Support for families', minutes: '60', isPublic: true });
    await page
      .getByRole('button', { name: new RegExp(`^Move up\\s+Private matter ${suffix}$`) })
      .click();
    await expect(schedule.agendaTitles).toHaveText([
      /^Private matter/,
      /^Welcome/,
      /^Support for families/,
    ]);

    // A guest's name that names a member is refused; led by the member, the item shows them to
    // the public as they chose to be shown.
    await schedule.addItem({
      title: 'What care leavers told us',
      isPublic: true,
      presenter: { guest: 'Jordan Ellis' },
    });
    await expect(schedule.errorSummary).toContainText('“Jordan Ellis” names Jordan Ellis');
    await expect(page.getByLabel('Title')).toHaveValue('What care leavers told us');
    await schedule.choosePresenter({ person: 'Jordan Ellis' });
    await schedule.addItemForm.getByRole('button', { name: 'Add the item' }).click();
    await expect(schedule.agendaTitles.last()).toContainText('What care leavers told us');
    await expect(schedule.agendaTitles.last()).toContainText('Led by Jordan Ellis');

    // The public page: the public items only, and no link.
    const url = new URL(page.url());
    const id = url.pathname.split('/').at(-1);
    const context = await page.context().browser()?.newContext();
    const publicPage = await context?.newPage();
    if (!publicPage || !context) throw new Error('No browser for the public view');
    await publicPage.goto(`/meetings/${id}`);
    await expect(publicPage.getByRole('main')).toContainText('Support for families');
    await expect(publicPage.getByRole('main')).not.toContainText(`Private matter ${suffix}`);
    await expect(publicPage.getByRole('main')).toContainText('Led by Jordan E.');
    expect(await publicPage.content()).not.toContain('Jordan Ellis');
    expect(await publicPage.content()).not.toContain('meet.example.org/board');
    await context.close();

    // Postponing says why, on the meeting's public page too.
    await page.getByLabel('Why is it postponed?').fill('The venue is not available');
    await page.getByRole('button', { name: 'Postpone the meeting' }).click();
    await expect(schedule.main).toContainText('Postponed');
    await meetings.page.goto(`/meetings/${id}`);
    await expect(meetings.main).toContainText('The venue is not available');

    // Removing an item asks first, and "No" changes nothing.
    await page.goto(`/secretariat/meetings/${id}`);
    const remove = page.getByRole('button', { name: /^Remove\s+Welcome$/ });
    await remove.click();
    await expect(schedule.heading).toHaveText(
      'Are you sure you want to remove item 2 from the agenda?',
    );
    await checkAccessibility();
    await page.getByRole('link', { name: 'No, go back to the meeting' }).click();
    await expect(schedule.agendaTitles).toHaveCount(4);
    await remove.click();
    await page.getByRole('button', { name: 'Yes, remove the item' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
      'The item has been removed',
    );
    await expect(schedule.agendaTitles).toHaveText([
      /^Private matter/,
      /^Support for families/,
      /^What care leavers told us/,
    ]);

    // Cancelling needs a reason, then asks to confirm, showing the reason as it will be seen.
    await page.getByRole('button', { name: 'Cancel the meeting' }).click();
    await expect(page).toHaveTitle(/^Error: Cancel the meeting/);
    await expect(schedule.errorSummary).toContainText('Enter why the meeting is cancelled');
    await checkAccessibility();
    await page
      .getByLabel('Why is it cancelled?')
      .fill('The board will meet with the group instead');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(schedule.heading).toContainText(
      `Are you sure you want to cancel “Board ${suffix}”`,
    );
    await expect(schedule.main).toContainText('The board will meet with the group instead');
    await checkAccessibility();
    await page.getByRole('button', { name: 'Yes, cancel the meeting' }).click();
    await expect(schedule.heading).toHaveText(`Board ${suffix}`);
    await expect(schedule.main).toContainText('Cancelled');
    await expect(schedule.main).toContainText('The board will meet with the group instead');
  });
});
