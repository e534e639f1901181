import { expect, test } from './support/fixtures';

const BODIES = [
  {
    name: 'Experts by Experience Board',
    slug: 'experts-by-experience-board',
    purpose: /lived experience/,
  },
  {
    name: 'Design Group',
    slug: 'design-group',
    purpose: /local government, policing, the judiciary/,
  },
  { name: 'Evidence Group', slug: 'evidence-group', purpose: /research/ },
];

test.describe('public pages', () => {
  test('the home page lists the three bodies, each linking to its page', async ({ home, page }) => {
    await home.goto();
    await expect(page).toHaveTitle(/Boards portal/);
    await expect(home.heading).toBeVisible();
    await expect(home.bodyLinks).toHaveText(BODIES.map((b) => b.name));
    for (const body of BODIES) {
      await expect(home.bodyLinks.filter({ hasText: body.name })).toHaveAttribute(
        'href',
        `/bodies/${body.slug}`,
      );
    }
  });

  test('the layout follows the GOV.UK template', async ({ home, page }) => {
    await home.goto();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const skipLink = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skipLink).toHaveAttribute('href', '#main-content');
    await page.keyboard.press('Tab');
    await expect(skipLink).toBeFocused();
    await expect(page.getByRole('banner')).toContainText('Boards portal');
    await expect(page.getByText('This is a new service')).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    // Styles and fonts are served by the portal itself.
    const styles = await page
      .locator('link[rel="stylesheet"]')
      .evaluateAll((links) => links.map((l) => (l as HTMLLinkElement).href));
    expect(styles.length).toBeGreaterThan(0);
    for (const href of styles) expect(new URL(href).host).toBe(new URL(page.url()).host);
  });

  for (const body of BODIES) {
    test(`the ${body.name} page shows its purpose and dates`, async ({ home, bodyPage }) => {
      await home.goto();
      await home.openBody(body.name);
      await expect(bodyPage.page).toHaveURL(new RegExp(`/bodies/${body.slug}$`));
      await expect(bodyPage.heading).toHaveText(body.name);
      await expect(bodyPage.main).toContainText(body.purpose);
      await expect(bodyPage.main).toContainText(/\d{1,2} (March|April) 2021/);
      await expect(bodyPage.breadcrumbs.getByRole('link', { name: 'Home' })).toHaveAttribute(
        'href',
        '/',
      );
    });
  }

  test('an unknown body gives a GOV.UK "Page not found" with status 404', async ({
    bodyPage,
    page,
  }) => {
    await bodyPage.goto('no-such-body', 404);
    await expect(bodyPage.heading).toHaveText('Page not found');
    await expect(page).toHaveTitle(/Page not found/);
    await expect(page.locator('body')).not.toContainText(/Error:|at .*\.(js|ts):\d+/);
  });
});
