import { test as base, expect } from '@playwright/test';
import { expectNoAxeViolations } from './accessibility';
import { AccountPage } from './pages/account.page';
import { ChangePasswordPage } from './pages/change-password.page';
import { CreatePasswordPage } from './pages/create-password.page';
import { ForgotPasswordPage } from './pages/forgot-password.page';
import { BodyPage } from './pages/body.page';
import { HomePage } from './pages/home.page';
import { SignInCodePage } from './pages/sign-in-code.page';
import { SignInPage } from './pages/sign-in.page';
import { SiteHeader } from './pages/site-header';
import { TwoFactorPage } from './pages/two-factor.page';

export interface Fixtures {
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

export const test = base.extend<Fixtures>({
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
