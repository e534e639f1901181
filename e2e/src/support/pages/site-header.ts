import type { Locator, Page } from '@playwright/test';

/** The service navigation under the header: who is signed in, and signing in and out. */
export class SiteHeader {
  constructor(readonly page: Page) {}

  get navigation(): Locator {
    return this.page.getByRole('navigation', { name: 'Menu' });
  }

  get signInLink(): Locator {
    return this.navigation.getByRole('link', { name: 'Sign in' });
  }

  get accountLink(): Locator {
    return this.navigation.getByRole('link', { name: 'Your account' });
  }

  get secretariatLink(): Locator {
    return this.navigation.getByRole('link', { name: 'Secretariat' });
  }

  get signOutButton(): Locator {
    return this.navigation.getByRole('button', { name: 'Sign out' });
  }
}
