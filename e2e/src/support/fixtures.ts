import { test as base, expect, request, type Cookie } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';
import { AccountPage } from './pages/account.page';
import { ChangePasswordPage } from './pages/change-password.page';
import { CreatePasswordPage } from './pages/create-password.page';
import { ForgotPasswordPage } from './pages/forgot-password.page';
import { BodyPage } from './pages/body.page';
import { HomePage } from './pages/home.page';
import { OwnData } from './own-data';
import { SignInCodePage } from './pages/sign-in-code.page';
import { DEMO_PASSWORD, SignInPage } from './pages/sign-in.page';
import { SiteHeader } from './pages/site-header';
import { TwoFactorPage } from './pages/two-factor.page';

export interface Fixtures {
  /**
   * Signs the test's browser in as `email` (a demo account, with the demo password) without
   * going through the sign-in page: for tests about something else. The tests of signing in
   * itself, and those that end or change a session, use the sign-in page.
   */
  signIn: (email: string) => Promise<void>;
  /**
   * Bodies, people and memberships the test makes for itself (see own-data.ts): a test that
   * changes membership changes its own, so that no test waits on another.
   */
  own: OwnData;
  /** Checks the current page with axe (WCAG 2.2 AA); page objects call it on every page they open. */
  checkAccessibility: () => Promise<void>;
  home: HomePage;
  bodyPage: BodyPage;
  header: SiteHeader;
  signInPage: SignInPage;
  accountPage: AccountPage;
  signInCodePage: SignInCodePage;
  twoFactorPage: TwoFactorPage;
  createPasswordPage: CreatePasswordPage;
  forgotPasswordPage: ForgotPasswordPage;
  changePasswordPage: ChangePasswordPage;
}

interface WorkerFixtures {
  /** The session cookies of each account signed in so far by this worker, signed in once each. */
  sessionCookies: (email: string) => Promise<Cookie[]>;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  sessionCookies: [
    // Playwright reads a fixture's dependencies from its first parameter, a destructuring.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use, workerInfo) => {
      const { baseURL } = workerInfo.project.use;
      const signedIn = new Map<string, Promise<Cookie[]>>();
      await use((email) => {
        let cookies = signedIn.get(email);
        if (!cookies) {
          cookies = (async () => {
            // The sign-in form, posted as a browser would, answers with the session cookie.
            const http = await request.newContext({ baseURL });
            try {
              const response = await http.post('/sign-in', {
                form: { email, password: DEMO_PASSWORD, returnTo: '/' },
                maxRedirects: 0,
              });
              // Signed in, it goes on to returnTo; anything else (the form again, a second
              // step) is not a signed-in session.
              expect(response.status(), `signing in as ${email}`).toBe(303);
              expect(response.headers()['location'], `signing in as ${email}`).toBe('/');
              const { cookies } = await http.storageState();
              expect(cookies.map((cookie) => cookie.name)).toContain('boards_session');
              return cookies;
            } finally {
              await http.dispose();
            }
          })();
          signedIn.set(email, cookies);
          cookies.catch(() => signedIn.delete(email));
        }
        return cookies;
      });
    },
    { scope: 'worker' },
  ],
  signIn: async ({ page, sessionCookies }, use) => {
    await use(async (email) => page.context().addCookies(await sessionCookies(email)));
  },
  // Playwright reads a fixture's dependencies from its first parameter, a destructuring.
  // eslint-disable-next-line no-empty-pattern
  own: async ({}, use, testInfo) => {
    const own = await OwnData.open(testInfo);
    await use(own);
    await own.close();
  },
  checkAccessibility: async ({ page, browser, javaScriptEnabled }, use) => {
    await use(() => expectNoAxeViolations(page, browser, javaScriptEnabled));
  },
  home: async ({ page, checkAccessibility }, use) => use(new HomePage(page, checkAccessibility)),
  bodyPage: async ({ page, checkAccessibility }, use) =>
    use(new BodyPage(page, checkAccessibility)),
  header: async ({ page }, use) => use(new SiteHeader(page)),
  signInPage: async ({ page, checkAccessibility }, use) =>
    use(new SignInPage(page, checkAccessibility)),
  accountPage: async ({ page, checkAccessibility }, use) =>
    use(new AccountPage(page, checkAccessibility)),
  signInCodePage: async ({ page, checkAccessibility }, use) =>
    use(new SignInCodePage(page, checkAccessibility)),
  twoFactorPage: async ({ page, checkAccessibility }, use) =>
    use(new TwoFactorPage(page, checkAccessibility)),
  createPasswordPage: async ({ page, checkAccessibility }, use) =>
    use(new CreatePasswordPage(page, checkAccessibility)),
  forgotPasswordPage: async ({ page, checkAccessibility }, use) =>
    use(new ForgotPasswordPage(page, checkAccessibility)),
  changePasswordPage: async ({ page, checkAccessibility }, use) =>
    use(new ChangePasswordPage(page, checkAccessibility)),
});

export { expect };
