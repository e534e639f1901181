import { expect, test } from './support/fixtures';

test.describe('search', () => {
  test('anyone searches the published record from the menu: highlighted snippets, links to read more, and a clear error for a search too long', async ({
    page,
    home,
    checkAccessibility,
  }) => {
    await home.goto();
    await page
      .getByRole('navigation', { name: 'Menu' })
      .getByRole('link', { name: 'Search' })
      .click();
    expect(new URL(page.url()).pathname).toBe('/search');
    await expect(page).toHaveTitle(/^Search/);
    await checkAccessibility();

    const box = page.getByRole('searchbox', {
      name: 'Search terms of reference, agendas, minutes, decisions and papers',
    });
    await box.fill('evidence');
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.getByRole('list', { name: /results?$/ });
    await expect(results.getByRole('listitem').first()).toBeVisible();
    await expect(results.locator('mark').first()).toHaveText(/^evidence/i);
    expect(new URL(page.url()).searchParams.get('q')).toBe('evidence');
    await checkAccessibility();

    await results.getByRole('listitem').first().getByRole('link').click();
    await expect(page.getByRole('main')).toContainText(/evidence/i);

    await page.goto('/search?q=zzzzqqqq');
    await expect(page.getByRole('heading', { name: 'No results' })).toBeVisible();

    await page.goto(`/search?q=${'x'.repeat(250)}`);
    await expect(page).toHaveTitle(/^Error: Search/);
    await expect(page.getByRole('alert')).toContainText('Search for 200 characters or fewer');
    await checkAccessibility();
  });
});
