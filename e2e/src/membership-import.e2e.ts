import { Client } from 'pg';
import { expect, test as base } from './support/membership-fixtures';
import { EMBEDDED_DATABASE_URL, type OwnBody } from './support/own-data';
import { ImportPage, ImportsPage } from './support/pages/secretariat/imports.page';

/**
 * A person of the test's own to import, and a group and a board of its own to import them to:
 * the demo bodies, which other tests read, are never changed.
 */
interface ToImport {
  readonly suffix: string;
  readonly fullName: string;
  readonly email: string;
  readonly group: OwnBody;
  readonly board: OwnBody;
}

const test = base.extend<{
  importsPage: ImportsPage;
  importPage: ImportPage;
  toImport: (name: string) => Promise<ToImport>;
}>({
  importsPage: async ({ page, checkAccessibility }, use) =>
    use(new ImportsPage(page, checkAccessibility)),
  importPage: async ({ page, checkAccessibility }, use) =>
    use(new ImportPage(page, checkAccessibility)),
  toImport: async ({ own }, use) =>
    use(async (name) => {
      const { fullName, email } = await own.person({ name });
      const group = await own.body('Imports Group', 'GROUP');
      const board = await own.body('Imports Board', 'BOARD');
      return { suffix: own.mark, fullName, email, group, board };
    }),
});

const HEADER = 'email,body,role,starts_on,ends_on,cross_seat_from';

test.describe('importing memberships from a CSV file', () => {
  test('the secretariat uploads a file with bad lines and sees every one, with nothing imported; then a good file, sees what it will do, confirms it, and the new member is on the body’s page', async ({
    page,
    signIn,
    importsPage,
    importPage,
    bodyPage,
    toImport,
  }) => {
    // A long journey, every page checked with axe (without JavaScript, in a second browser page).
    test.setTimeout(180_000);
    const { suffix, fullName, email, group, board } = await toImport('Imani Clarke');

    await signIn('secretariat@example.org');
    await page.goto('/secretariat/imports');
    await importsPage.expectShown();

    // No file chosen: the form says so.
    await page.getByRole('button', { name: 'Upload and check' }).click();
    await importsPage.expectShown();
    await expect(page).toHaveTitle(/^Error: Import memberships/);
    await expect(importsPage.errorSummary.getByRole('link')).toHaveText(['Select a CSV file']);

    // A file with three bad lines among good ones.
    await importsPage.upload(
      `bad-${suffix}.csv`,
      `${HEADER}\r\n` +
        `${email},${group.slug},MEMBER,2025-02-03,,\r\n` +
        `nobody-${suffix}@example.org,${group.slug},MEMBER,2025-02-03,,\r\n` +
        `${email},${board.slug},Boss,2025-02-03,,\r\n` +
        `${email},${board.slug},MEMBER,2025-02-03,2024-12-31,\r\n`,
    );
    await importPage.expectFinished('Nothing was imported');
    await expect(page).toHaveTitle(/^Error: Nothing was imported/);
    await expect(importPage.errorSummary).toContainText('3 problems on 3 lines');
    await expect(importPage.problems).toHaveText([
      `Line 3, column email: There is nobody with the email address ‘nobody-${suffix}@example.org’ in the portal. Add them first`,
      /^Line 4, column role: ‘Boss’ is not a role\./,
      'Line 5, column ends_on: The end date must be the same as or after the start date',
    ]);
    // Not even the good line was imported.
    await bodyPage.goto(group.slug);
    await expect(bodyPage.main).not.toContainText(fullName);

    // The corrected file.
    await importsPage.goto();
    await expect(importsPage.row(`bad-${suffix}.csv`)).toContainText('Not imported');
    await importsPage.upload(
      `good-${suffix}.csv`,
      `${HEADER}\r\n${email},${group.slug},Member,2025-02-03,,\r\n`,
    );
    // Checked, listed, and not yet recorded.
    await importPage.expectChecked();
    await expect(page).toHaveTitle(/^Check what will be imported from good-/);
    await expect(
      page.locator('.govuk-summary-list__row', { hasText: 'Memberships to record' }),
    ).toContainText('1');
    await expect(importPage.plan.getByRole('row')).toHaveCount(2);
    await expect(importPage.plan.getByRole('row').nth(1)).toContainText(
      `Appoint ${fullName} to the ${group.name} as Member from 3 February 2025`,
    );
    await bodyPage.goto(group.slug);
    await expect(bodyPage.main).not.toContainText(fullName);
    await page.goBack();
    await importPage.expectChecked();

    await importPage.choose('Confirm and import');
    await importPage.expectFinished('Memberships imported');
    await expect(page.locator('.govuk-panel')).toContainText(
      `1 membership from good-${suffix}.csv`,
    );

    await bodyPage.goto(group.slug);
    await expect(bodyPage.main).toContainText(fullName);

    await importsPage.goto();
    await expect(importsPage.row(`good-${suffix}.csv`)).toContainText('Imported');
  });

  test('the secretariat discards a checked file, and nothing is recorded', async ({
    page,
    signIn,
    importsPage,
    importPage,
    bodyPage,
    toImport,
  }) => {
    test.setTimeout(120_000);
    const { suffix, fullName, email, group } = await toImport('Tomasz Nowak');
    await signIn('secretariat@example.org');
    await page.goto('/secretariat/imports');
    await importsPage.expectShown();
    await importsPage.upload(
      `discard-${suffix}.csv`,
      `${HEADER}\r\n${email},${group.slug},Observer,2025-02-03,2025-12-31,\r\n`,
    );
    await importPage.expectChecked();
    await expect(importPage.plan).toContainText(
      `Appoint ${fullName} to the ${group.name} as Observer from 3 February 2025 to 31 December 2025`,
    );
    await importPage.choose('Discard');
    await importPage.expectFinished('Discarded: nothing was imported');
    await expect(page.getByRole('button', { name: 'Confirm and import' })).toHaveCount(0);

    await importsPage.goto();
    await expect(importsPage.row(`discard-${suffix}.csv`)).toContainText('Discarded');
    await bodyPage.goto(group.slug);
    await expect(bodyPage.main).not.toContainText(fullName);
  });

  test('the page of an import being checked follows it to the end by itself, with or without JavaScript', async ({
    page,
    signIn,
    importPage,
    toImport,
  }) => {
    test.setTimeout(120_000);
    const { suffix, email, group } = await toImport('Rowan Price');
    await signIn('secretariat@example.org');
    await page.goto('/secretariat/imports');
    // Hold the lock every membership change takes, so that the import waits part-way.
    const database = new Client({ connectionString: EMBEDDED_DATABASE_URL });
    await database.connect();
    try {
      await database.query(`SELECT pg_advisory_lock(hashtext('membership-writes'))`);
      await page.getByLabel('Upload a CSV file').setInputFiles({
        name: `waiting-${suffix}.csv`,
        mimeType: 'text/csv',
        buffer: Buffer.from(`${HEADER}\n${email},${group.slug},OBSERVER,2025-02-03,,\n`),
      });
      await page.getByRole('button', { name: 'Upload and check' }).click();
      await expect(importPage.heading).toHaveText(`Checking waiting-${suffix}.csv`);
      await expect(page.getByText('Checked 0 of 1 line')).toBeVisible();
    } finally {
      await database.query(`SELECT pg_advisory_unlock(hashtext('membership-writes'))`);
      await database.end();
    }
    // No reload by the test: the page refreshes itself (a meta refresh without JavaScript).
    await importPage.expectChecked();
    await importPage.choose('Confirm and import');
    await importPage.expectFinished('Memberships imported');
    await expect(page.locator('.govuk-panel')).toContainText(
      `1 membership from waiting-${suffix}.csv`,
    );
  });

  test('the template downloads with the column names', async ({ page, signIn, importsPage }) => {
    await signIn('secretariat@example.org');
    await page.goto('/secretariat/imports');
    await importsPage.expectShown();
    const response = await page.request.get('/secretariat/imports/template.csv');
    expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
    expect((await response.text()).split('\r\n')[0]).toBe(`\ufeff${HEADER}`);
  });
});
