import { expect, type Locator, type Page } from '@playwright/test';

export class BodyPage {
  constructor(
    readonly page: Page,
    private readonly checkAccessibility: () => Promise<void>,
  ) {}

  async goto(slug: string, expectedStatus = 200): Promise<void> {
    const response = await this.page.goto(`/bodies/${slug}`);
    expect(response?.status()).toBe(expectedStatus);
    await this.checkAccessibility();
  }

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  get main(): Locator {
    return this.page.getByRole('main');
  }

  get breadcrumbs(): Locator {
    return this.page.getByRole('navigation', { name: 'Breadcrumb' });
  }
}
