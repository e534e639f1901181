import { inviteByEmail } from './support/api';
import { expect, test } from './support/fixtures';
import { waitForEmailLink } from './support/mailbox';

/**
 * People without a sign-in in the demo data, one per project (the two run side by side): the
 * journey invites them, so no other browser test meets these accounts.
 */
const PEOPLE: Record<string, { email: string; name: string }> = {
  javascript: { email: 'rhiannon.price@example.org', name: 'Rhiannon Price' },
  'no-javascript': { email: 'tom.hargreaves@example.org', name: 'Tom Hargreaves' },
};

const FIRST_PASSWORD = 'a long walk along the river';
const SECOND_PASSWORD = 'tea with two sugars please';
const THIRD_PASSWORD = 'the blue door by the station';

const aMomentAgo = () => new Date(Date.now() - 2_000);

test.describe('passwords', () => {
  test('an invited person creates a password, resets it when forgotten, and changes it', async ({
    page,
    header,
    signInPage,
    accountPage,
    createPasswordPage,
    forgotPasswordPage,
    changePasswordPage,
  }, testInfo) => {
    test.setTimeout(180_000); // two emails, each sent within the outbox interval, and many pages
    const who = PEOPLE[testInfo.project.name];

    // The invitation.
    let since = aMomentAgo();
    await inviteByEmail(who.email);
    const invitation = await waitForEmailLink(who.email, '/accept-invitation', since);
    await createPasswordPage.goto(invitation, 'Create a password');
    await createPasswordPage.create('Create a password', FIRST_PASSWORD, 'something else');
    await createPasswordPage.expectShown('Create a password');
    await expect(page).toHaveTitle(/^Error: Create a password/);
    await expect(createPasswordPage.errorSummary).toContainText('The passwords do not match');
    await createPasswordPage.create('Create a password', FIRST_PASSWORD);
    await accountPage.expectShown();
    await expect(accountPage.notice).toContainText('Your account is ready');
    await expect(accountPage.main).toContainText(who.name);

    // The link worked once.
    await createPasswordPage.goto(invitation, 'This link cannot be used');
    await expect(page.getByRole('main')).toContainText('contact the secretariat');

    // Forgotten: a reset link by email.
    await header.signOutButton.click();
    await signInPage.goto();
    await page.getByRole('link', { name: 'I have forgotten my password' }).click();
    since = aMomentAgo();
    await forgotPasswordPage.requestLink(who.email);
    const reset = await waitForEmailLink(who.email, '/reset-password', since);
    await createPasswordPage.goto(reset, 'Create a new password');
    await createPasswordPage.create('New password', SECOND_PASSWORD);
    await signInPage.expectShown();
    await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
      'Your password has been changed',
    );
    await createPasswordPage.goto(reset, 'This link cannot be used');

    await signInPage.goto();
    await signInPage.signIn(who.email, SECOND_PASSWORD);
    await accountPage.expectShown();

    // Changed while signed in: the current password is checked first.
    await accountPage.main.getByRole('link', { name: 'Change your password' }).click();
    await changePasswordPage.expectShown();
    await changePasswordPage.change('not my password', THIRD_PASSWORD);
    await changePasswordPage.expectShown();
    await expect(changePasswordPage.errorSummary).toContainText(
      'Your current password is not correct',
    );
    await changePasswordPage.change(SECOND_PASSWORD, THIRD_PASSWORD);
    await accountPage.expectShown();
    await expect(accountPage.notice).toContainText('Your password has been changed');

    await header.signOutButton.click();
    await signInPage.goto();
    await signInPage.signIn(who.email, THIRD_PASSWORD);
    await accountPage.expectShown();
  });

  test('asking for a reset link says the same whether or not the address has an account', async ({
    page,
    forgotPasswordPage,
  }) => {
    await page.goto('/forgot-password');
    await forgotPasswordPage.requestLink('nobody-here@example.org');
  });

  test('an invitation link that is not valid explains what to do', async ({
    page,
    checkAccessibility,
  }) => {
    await page.goto('/accept-invitation?token=not-a-real-token');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link cannot be used');
    await expect(page.getByRole('main')).toContainText('contact the secretariat');
    await checkAccessibility();
    await page.goto('/reset-password');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link cannot be used');
    await expect(page.getByRole('link', { name: 'Ask for a new link' })).toHaveAttribute(
      'href',
      '/forgot-password',
    );
    await checkAccessibility();
  });
});
