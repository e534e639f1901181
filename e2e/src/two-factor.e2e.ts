import { expect, test } from './support/fixtures';
import { DEMO_PASSWORD } from './support/pages/sign-in.page';
import { totp } from './support/totp';

/**
 * Setting up an app ends the account's other sessions, and then its sign-ins ask for a code, so
 * each project uses an account that no other browser test signs in with.
 */
const ACCOUNTS: Record<string, string> = {
  javascript: 'chair@example.org',
  'no-javascript': 'admin@example.org',
};

test.describe('two-step verification', () => {
  test('set up an authenticator app, sign in with a code from it, and turn it off', async ({
    page,
    header,
    signInPage,
    signInCodePage,
    accountPage,
    twoFactorPage,
  }, testInfo) => {
    test.slow(); // a long journey, checked with axe on every page
    const email = ACCOUNTS[testInfo.project.name];
    await signInPage.goto('/account');
    await signInPage.signIn(email);
    await accountPage.expectShown();

    await accountPage.main.getByRole('link', { name: 'Set up two-step verification' }).click();
    await twoFactorPage.expectShown('Two-step verification');
    await twoFactorPage.startSetUp();
    const key = await twoFactorPage.key();

    // A wrong code: the error summary, and the same key to try again with.
    await twoFactorPage.confirm(totp(key, -10));
    await twoFactorPage.expectShown('Set up your authenticator app');
    await expect(page).toHaveTitle(/^Error: /);
    await expect(twoFactorPage.errorSummary).toContainText('The code is not correct');
    expect(await twoFactorPage.key()).toBe(key);

    await twoFactorPage.confirm(totp(key));
    await accountPage.expectShown();
    await expect(accountPage.notice).toContainText('Two-step verification is set up');

    await header.signOutButton.click();
    await expect(page).toHaveURL(/\/$/);

    await signInPage.goto('/account');
    await signInPage.signIn(email);
    await signInCodePage.expectShown();
    // Each code works once: the next one (within the allowed drift) is the one to use now.
    await signInCodePage.enter(totp(key, 1));
    await accountPage.expectShown();

    // Leave the account as it was.
    await accountPage.main.getByRole('link', { name: /Two-step verification/ }).click();
    await twoFactorPage.expectShown('Two-step verification');
    await twoFactorPage.turnOff(DEMO_PASSWORD);
    await accountPage.expectShown();
    await expect(accountPage.notice).toContainText('Two-step verification is turned off');
  });

  test('a code that is not 6 digits is refused before it is checked', async ({
    page,
    signInPage,
    accountPage,
    twoFactorPage,
  }) => {
    await signInPage.goto('/account');
    await signInPage.signIn('member@example.org');
    await accountPage.expectShown();
    await page.goto('/account/two-factor');
    await twoFactorPage.startSetUp();
    await twoFactorPage.confirm('12345');
    await twoFactorPage.expectShown('Set up your authenticator app');
    await expect(twoFactorPage.errorSummary.getByRole('link')).toHaveText(
      'Enter the code using 6 digits, like 123456',
    );
    await page.getByRole('button', { name: 'Cancel' }).click();
    await twoFactorPage.expectShown('Two-step verification');
  });
});
