import { expect, test } from './support/fixtures';

const MEMBER = 'member@example.org';
/** Wrong passwords are tried on this account, so that the member's sign-in is never throttled. */
const CHAIR = 'chair@example.org';

test.describe('signing in and out', () => {
  test('a member signs in, sees their account, and signs out for good', async ({
    page,
    home,
    header,
    signInPage,
    accountPage,
    checkAccessibility,
  }) => {
    await home.goto();
    await header.signInLink.click();
    await signInPage.expectShown();

    await signInPage.signIn(MEMBER);
    await accountPage.expectShown();
    await expect(header.navigation).toContainText('Jordan Ellis');
    await expect(header.secretariatLink).toHaveCount(0);

    const sessionCookies = (await page.context().cookies()).filter((cookie) =>
      cookie.name.endsWith('boards_session'),
    );
    expect(sessionCookies).toHaveLength(1);
    expect(sessionCookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });

    await header.signOutButton.click();
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
      'You have signed out',
    );
    await checkAccessibility();
    await expect(header.signInLink).toBeVisible();

    // The session has ended at the API, not just in this browser: even the old cookie put back
    // gets the sign-in page, which comes back to the account page afterwards.
    await page.context().addCookies(sessionCookies);
    await page.goto('/account');
    await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Faccount$/);
    await signInPage.expectShown();
    // The banner was shown once only.
    await expect(page.getByText('You have signed out')).toHaveCount(0);
  });

  test('signing in from a page asking for it comes back to that page', async ({
    page,
    signInPage,
    accountPage,
  }) => {
    await page.goto('/account');
    await signInPage.expectShown();
    await signInPage.signIn(MEMBER);
    await accountPage.expectShown();
  });

  test('a wrong password gives the error summary and the same message as an unknown address', async ({
    page,
    signInPage,
  }) => {
    await signInPage.goto();
    await signInPage.signIn(CHAIR, 'not-the-password');
    await signInPage.expectShown();
    await expect(page).toHaveTitle(/^Error: Sign in/);
    await expect(signInPage.errorSummary).toContainText(
      'Enter a correct email address and password',
    );
    await expect(signInPage.email).toHaveValue(CHAIR);
    await expect(signInPage.password).toHaveValue('');
    await expect(signInPage.email).toHaveAttribute('aria-describedby', 'email-error');

    await signInPage.signIn('nobody@example.org', 'not-the-password');
    await expect(signInPage.errorSummary).toContainText(
      'Enter a correct email address and password',
    );
  });

  test('an empty form names each missing field, linking to it', async ({ page, signInPage }) => {
    await signInPage.goto();
    await page.getByRole('button', { name: 'Sign in' }).click();
    await signInPage.expectShown();
    const links = signInPage.errorSummary.getByRole('link');
    await expect(links).toHaveText(['Enter your email address', 'Enter your password']);
    await expect(links.first()).toHaveAttribute('href', '#email');
  });

  test('the sign-in form helps password managers and never blocks pasting', async ({
    page,
    signInPage,
    javaScriptEnabled,
  }) => {
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await signInPage.goto();
    if (javaScriptEnabled) {
      // GOV.UK Frontend's enhancement, once React has hydrated the page without a mismatch.
      await expect(page.getByRole('button', { name: 'Show password' })).toBeVisible();
      expect(pageErrors).toEqual([]);
    }
    await expect(signInPage.email).toHaveAttribute('autocomplete', 'username');
    await expect(signInPage.password).toHaveAttribute('autocomplete', 'current-password');
    await expect(signInPage.password).not.toHaveAttribute('onpaste', /.*/);
  });

  test('returnTo only ever leads to a page of this site', async ({ page, signInPage }) => {
    await signInPage.goto('https://evil.example/phish');
    await expect(page.locator('input[name="returnTo"]')).toHaveValue('/account');
    await signInPage.goto('//evil.example');
    await expect(page.locator('input[name="returnTo"]')).toHaveValue('/account');
  });

  test('the secretariat’s header links to its pages', async ({
    page,
    header,
    signInPage,
    accountPage,
    checkAccessibility,
  }) => {
    await signInPage.goto();
    await signInPage.signIn('secretariat@example.org');
    await accountPage.expectShown();
    await header.secretariatLink.click();
    await expect(page).toHaveURL(/\/secretariat$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Secretariat');
    await expect(header.secretariatLink).toHaveAttribute('aria-current', 'page');
    await checkAccessibility();
  });

  test('a member may not open the secretariat’s pages', async ({
    page,
    signInPage,
    accountPage,
    checkAccessibility,
  }) => {
    await signInPage.goto();
    await signInPage.signIn(MEMBER);
    await accountPage.expectShown();
    const response = await page.goto('/secretariat');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'You do not have permission to see this page',
    );
    await checkAccessibility();
  });
});

test.describe('forms posted from another site', () => {
  test('are refused with 403, whichever header gives them away, and never a server error', async ({
    request,
  }) => {
    const form = { email: MEMBER, password: 'boards-demo-password' };
    const attempts: Record<string, string>[] = [
      { Origin: 'https://elsewhere.example' },
      { Origin: 'null' },
      { 'Sec-Fetch-Site': 'cross-site' },
    ];
    for (const headers of attempts) {
      const response = await request.post('/sign-in', { form, headers, maxRedirects: 0 });
      expect(response.status(), JSON.stringify(headers)).toBe(403);
    }
  });
});
