import { readFile } from 'node:fs/promises';
import { OpenDataPage } from './support/pages/open-data.page';
import { expect, test } from './support/fixtures';

test.describe('open data', () => {
  test('the footer leads to the Open data page, which lists each file under the Open Government Licence, and the memberships file downloads as CSV', async ({
    page,
    home,
    checkAccessibility,
  }) => {
    await home.goto();
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: 'Open data', exact: true })
      .click();
    const openData = new OpenDataPage(page);
    expect(new URL(page.url()).pathname).toBe('/open-data');
    await expect(openData.heading).toHaveText('Open data');
    await checkAccessibility();

    for (const title of [
      'Memberships',
      'Bodies, people and memberships',
      'Terms of reference',
      'Minutes',
      'Decisions',
    ]) {
      await expect(openData.file(title)).toBeVisible();
    }
    await expect(page.getByRole('main')).toContainText(
      'All content is available under the Open Government Licence v3.0, except where otherwise stated.',
    );
    await expect(openData.licence).toHaveAttribute(
      'href',
      'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
    );

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      openData.file('Memberships').click(),
    ]);
    expect(download.suggestedFilename()).toBe('memberships.csv');
    const csv = await readFile(await download.path(), 'utf8');
    const [header, ...lines] = csv.trimEnd().split('\r\n');
    expect(header).toBe('body,person,role,seat,cross_seat_from,start_date,end_date');
    expect(lines).toContain(
      'Evidence Group,Jordan E.,Member,Cross-seat,Experts by Experience Board,2021-04-14,',
    );
    // People who chose otherwise are not named in full, and hidden people are not there at all.
    expect(csv).not.toContain('Jordan Ellis');
    expect(csv).not.toContain('Kayla Brooks');
    expect(csv).not.toContain('Tom Hargreaves');
  });

  test('each JSON file comes from the same address, with its licence', async ({ page }) => {
    for (const file of [
      'popolo.json',
      'terms-of-reference.json',
      'minutes.json',
      'decisions.json',
    ]) {
      const response = await page.request.get(`/open-data/${file}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/json; charset=utf-8');
      expect((await response.json()).meta.licence.name).toBe('Open Government Licence v3.0');
    }
  });
});
