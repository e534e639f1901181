import { graphql, tokenOf } from './support/api';
import { expect, test } from './support/fixtures';
import { headerOf, waitForEmail } from './support/mailbox';

/** Each project changes a different member of the Evidence Group: the two run side by side. */
const WHO: Record<string, string> = {
  javascript: 'member@example.org',
  'no-javascript': 'evidence@example.org',
};
const ALL = ['MEETING_CHANGES', 'PAPERS', 'MINUTES', 'ACTIONS', 'REMINDERS'];

async function resetChoices(email: string): Promise<void> {
  await graphql(
    'mutation($input: EmailChoicesInput!) { setMyEmailChoices(input: $input) { reminderDays } }',
    { input: { topics: ALL, reminderDays: 2 } },
    await tokenOf(email),
  );
}

/** Schedules an Evidence Group meeting through the API, as the secretariat. */
async function scheduleEvidenceMeeting(title: string): Promise<void> {
  const staff = await tokenOf('secretariat@example.org');
  const { bodies } = await graphql<{ bodies: { id: string; slug: string }[] }>(
    '{ bodies { id slug } }',
    {},
  );
  const evidence = bodies.find((body) => body.slug === 'evidence-group')?.id;
  await graphql(
    'mutation($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }',
    {
      input: {
        bodyIds: [evidence],
        title,
        summary: 'A meeting to test emails',
        date: '2027-06-16',
        startTime: '10:00',
        endTime: '11:00',
        location: 'Room 2',
        onlineLink: null,
        support: '',
      },
    },
    staff,
  );
}

test.describe('emails about your meetings', () => {
  test('choosing which emails you get, and stopping one kind by the link in an email', async ({
    page,
    browser,
    signIn,
    checkAccessibility,
  }, testInfo) => {
    test.setTimeout(120_000);
    const email = WHO[testInfo.project.name] as string;
    await resetChoices(email);
    try {
      await signIn(email);
      await page.goto('/account/emails');
      await expect(page).toHaveURL(/\/account\/emails$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'Emails about your meetings',
      );
      await checkAccessibility();
      const wanted = page.getByRole('group', { name: 'Which emails do you want?' });
      await expect(wanted.getByRole('checkbox')).toHaveCount(5);
      await wanted.getByLabel('New papers for your meetings').uncheck();
      await page.getByLabel('A week before').check();
      await page.getByRole('button', { name: 'Save your choices' }).click();
      await expect(page).toHaveURL(/\/account$/);
      await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
        'Your email choices are saved',
      );
      await page
        .getByRole('link', { name: 'Choose which emails you get about your meetings' })
        .click();
      await expect(wanted.getByLabel('New papers for your meetings')).not.toBeChecked();
      await expect(
        wanted.getByLabel('Meetings scheduled, moved, postponed or cancelled'),
      ).toBeChecked();
      await expect(page.getByLabel('A week before')).toBeChecked();

      // A meeting is scheduled: the email carries a one-click unsubscribe link.
      const since = new Date();
      const title = `Email test (${testInfo.project.name})`;
      await scheduleEvidenceMeeting(title);
      const mail = await waitForEmail(email, since, (m) => (m.subject ?? '').includes(title));
      expect(mail.subject).toBe(`New meeting: ${title}, Wednesday 16 June 2027`);
      expect(headerOf(mail, 'List-Unsubscribe-Post')).toBe('List-Unsubscribe=One-Click');
      const link = /^<(.+)>$/.exec(headerOf(mail, 'List-Unsubscribe') ?? '')?.[1] as string;
      expect(link).toMatch(/\/unsubscribe\/[0-9a-f]{64}\/meeting-changes$/);
      const invitation = mail.attachments.find((a) => a.contentType === 'text/calendar');
      expect(invitation?.content.toString('utf8')).toContain('METHOD:REQUEST');

      // The link works in a browser that is not signed in; opening it only asks.
      const context = await browser.newContext({
        javaScriptEnabled: testInfo.project.name === 'javascript',
      });
      try {
        const stranger = await context.newPage();
        await stranger.goto(new URL(link).pathname);
        await expect(stranger.getByRole('heading', { level: 1 })).toHaveText(
          'Stop emails about meetings being scheduled, moved, postponed or cancelled?',
        );
        await stranger.getByRole('button', { name: 'Stop these emails' }).click();
        await expect(stranger.getByRole('heading', { level: 1 })).toHaveText(
          'You have been unsubscribed',
        );
        // A link with a key that is nobody's opens nothing.
        const bad = await stranger.goto(`/unsubscribe/${'0'.repeat(64)}/papers`);
        expect(bad?.status()).toBe(200);
        await stranger.getByRole('button', { name: 'Stop these emails' }).click();
        await expect(stranger.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      } finally {
        await context.close();
      }
      await page.reload();
      await expect(
        wanted.getByLabel('Meetings scheduled, moved, postponed or cancelled'),
      ).not.toBeChecked();
    } finally {
      await resetChoices(email);
    }
  });
});
