import { FORBIDDEN_TITLE } from './support/forbidden';
import { waitForEmailTo } from './support/mailbox';
import { expect, test } from './support/secretariat-fixtures';

const SECRETARIAT = 'secretariat@example.org';
const MEMBER = 'member@example.org';

/**
 * The demo data's two invitations that bounced (their addresses were mistyped): each project
 * works on its own, since both run at once against one database.
 */
const FAILED_TO: Record<string, string> = {
  javascript: 'owen.lloyd@exmaple.org',
  'no-javascript': 'marcus.bell@example.orgg',
};

test.describe('the secretariat follows the emails the portal sends', () => {
  test('a failed email is sent again and goes out; a copy of a sent one is queued', async ({
    page,
    signIn,
    emailsPage,
  }, testInfo) => {
    test.slow();
    const address = FAILED_TO[testInfo.project.name];
    if (!address) throw new Error(`No email for the project ${testInfo.project.name}`);

    await signIn(SECRETARIAT);
    await page.goto('/secretariat');
    await page.getByRole('link', { name: 'Emails', exact: true }).click();
    await emailsPage.expectShown();

    // The failure, with what the mail server said; nothing of what the email says.
    await emailsPage.show('Failed only');
    const failed = emailsPage.rowsTo(address);
    await expect(failed).toHaveCount(1);
    await expect(failed).toContainText('You have been invited to the Boards portal');
    await expect(failed).toContainText('Failed');
    await expect(failed).toContainText(/Given up .* after trying 8 times/);
    await expect(failed).toContainText('Last error:');
    await expect(page.getByText('This is an example email')).toHaveCount(0);

    // Sent again: back in the queue, off the list of failures, and out within a sender's run.
    const since = new Date();
    await emailsPage.resendButton(failed).click();
    await emailsPage.expectShown();
    await expect(page).toHaveURL(/\?status=FAILED$/);
    await expect(emailsPage.successBanner).toContainText(
      `The email to ${address} is back in the queue`,
    );
    await expect(emailsPage.rowsTo(address)).toHaveCount(0);
    const [delivered] = await waitForEmailTo(address, since);
    expect(delivered?.subject).toBe('You have been invited to the Boards portal');

    // The file is written just before the sender records it sent: look until it has.
    const sent = emailsPage.rowsTo(address);
    await expect(async () => {
      await emailsPage.show('Sent only');
      expect(await emailsPage.pageTo(address)).toBe(true);
      await expect(sent).toHaveCount(1, { timeout: 1_000 });
    }).toPass({ timeout: 30_000 });
    await expect(sent).toContainText('Accepted by the mail server');
    await expect(emailsPage.resendButton(sent)).toHaveAccessibleName(
      `Resend a copy of the email “You have been invited to the Boards portal” to ${address}`,
    );

    // A copy of the sent email: a new email, linked to the original, which stays as it was.
    await emailsPage.resendButton(sent).click();
    await emailsPage.expectShown();
    await expect(emailsPage.successBanner).toContainText(
      `A copy of the email to ${address} is in the queue`,
    );
    // The copy is the newest email to that address; the original keeps its place further on.
    await emailsPage.show('All emails');
    const all = emailsPage.rowsTo(address);
    await expect(all.first()).toContainText('a copy of an earlier email');
  });

  test('members cannot see the emails page', async ({ page, signIn, checkAccessibility }) => {
    await signIn(MEMBER);
    await page.goto('/account');
    await expect(page).toHaveURL(/\/account$/);
    const response = await page.goto('/secretariat/emails');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(FORBIDDEN_TITLE);
    await expect(page.getByRole('table')).toHaveCount(0);
    await checkAccessibility();
  });
});
