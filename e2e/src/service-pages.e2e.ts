import { expect, test } from './support/fixtures';

/** The footer's links, in order, and the heading of the page each leads to. */
const PAGES = [
  ['Accessibility statement', '/accessibility', 'Accessibility statement'],
  ['Privacy', '/privacy', 'Privacy notice'],
  ['Cookies', '/cookies', 'Cookies'],
  ['Contact', '/contact', 'Contact the secretariat'],
  ['Open data', '/open-data', 'Open data'],
] as const;

test.describe('the pages a public service owes', () => {
  test('every page’s footer leads to the accessibility statement, privacy notice, cookies and contact pages', async ({
    page,
    home,
    checkAccessibility,
  }) => {
    await home.goto();
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link')).toContainText(PAGES.map(([text]) => text));
    for (const [text, path, heading] of PAGES) {
      await home.goto();
      await footer.getByRole('link', { name: text, exact: true }).click();
      expect(new URL(page.url()).pathname).toBe(path);
      await expect(home.heading).toHaveText(heading);
      await checkAccessibility();
    }
  });

  test('the cookies page names the session cookie the portal really sets; the privacy notice speaks of lived experience and children', async ({
    page,
    signIn,
  }) => {
    await signIn('member@example.org');
    await page.goto('/your-meetings');
    const names = (await page.context().cookies()).map((cookie) => cookie.name).sort();
    expect(names).toContain('boards_session');
    await page.goto('/cookies');
    const table = page.getByRole('table', { name: 'The cookies this portal sets' });
    for (const name of names) await expect(table).toContainText(name);

    await page.goto('/privacy');
    await expect(page.getByRole('heading', { level: 2 })).toContainText([
      'Lived experience is special category data',
      'Children and young people',
    ]);
  });

  test('the phase banner’s feedback link and the contact page lead somewhere', async ({
    page,
    home,
  }) => {
    await home.goto();
    await page.getByRole('link', { name: 'feedback', exact: true }).click();
    await expect(
      page.getByRole('heading', { level: 2, name: 'Feedback on this portal' }),
    ).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: /@/ }).first()).toHaveAttribute(
      'href',
      /^mailto:/,
    );
  });
});
