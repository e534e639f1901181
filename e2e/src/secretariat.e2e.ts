import { FORBIDDEN_TITLE } from './support/forbidden';
import { expect, test } from './support/secretariat-fixtures';

const SECRETARIAT = 'secretariat@example.org';
const MEMBER = 'member@example.org';

test.describe('the secretariat’s pages', () => {
  test('the secretariat adds a person, edits them, records their consent and finds it all in the audit trail', async ({
    page,
    signIn,
    peoplePage,
    addPersonPage,
    personPage,
    auditPage,
  }, testInfo) => {
    // A long journey, each page checked with axe (without JavaScript, in a second browser page).
    test.slow();
    // Both projects run this at once against one database: each adds its own person.
    const suffix = `${testInfo.project.name}-${Date.now().toString(36)}`;
    const fullName = `Amara Okafor ${suffix}`;
    const email = `amara.${suffix}@example.org`;

    await signIn(SECRETARIAT);
    await page.goto('/secretariat/people');
    await peoplePage.expectShown();
    await expect(peoplePage.table).toBeVisible();
    await expect(peoplePage.row('Jordan Ellis')).toContainText('member@example.org');

    // A mistake first: the error summary names it and links to the field.
    await peoplePage.addPerson();
    await addPersonPage.expectShown();
    await addPersonPage.form.fill({
      fullName: '',
      email: 'amara-at-example',
      livedExperience: true,
    });
    await addPersonPage.submit();
    await addPersonPage.expectShown();
    await expect(page).toHaveTitle(/^Error: Add a person/);
    const problems = addPersonPage.errorSummary.getByRole('link');
    await expect(problems).toHaveText([
      'Enter the person’s full name',
      'Enter an email address in the correct format, like name@example.org',
    ]);
    await expect(problems.first()).toHaveAttribute('href', '#fullName');
    await expect(addPersonPage.form.email).toHaveValue('amara-at-example');
    await expect(addPersonPage.form.livedExperience(true)).toBeChecked();
    await problems.first().click();
    await expect(addPersonPage.form.fullName).toBeFocused();

    // Corrected, the person is added and their page opens.
    await addPersonPage.form.fill({
      fullName,
      email,
      affiliation: 'Care leaver, Manchester',
    });
    await addPersonPage.submit();
    await personPage.expectShown(fullName);
    await expect(personPage.successBanner).toContainText(`${fullName} has been added`);
    // Nothing recorded yet: the public sees only "A member".
    await expect(personPage.publicViewValue('Shown as')).toHaveText('A member');
    await expect(personPage.publicViewValue('Organisation or role')).toHaveText('Not shown');

    // Edit: a new organisation.
    await personPage.form.fill({ affiliation: 'Care leaver, Salford', phone: '01632 960 001' });
    await personPage.saveDetails();
    await personPage.expectShown(fullName);
    await expect(personPage.successBanner).toContainText('Details saved');
    await expect(personPage.form.affiliation).toHaveValue('Care leaver, Salford');
    await expect(personPage.form.phone).toHaveValue('01632 960 001');

    // Consent recorded on their behalf, with today's date: the public view changes.
    await personPage.recordConsent('Full name', true);
    await personPage.expectShown(fullName);
    await expect(personPage.successBanner).toContainText('Consent recorded');
    await expect(personPage.publicViewValue('Shown as')).toHaveText(fullName);
    await expect(personPage.publicViewValue('Organisation or role')).toHaveText(
      'Care leaver, Salford',
    );
    await expect(personPage.publicViewValue('Lived experience of care')).toContainText('Shown');
    await expect(personPage.consentHistory).toContainText('Gave consent: Full name');
    await expect(personPage.consentHistory).toContainText('by the secretariat');

    // The audit trail has the change, field by field.
    await personPage.auditLink.click();
    await auditPage.expectShown();
    await expect(auditPage.entries).toHaveCount(3);
    const update = auditPage.entries.filter({ hasText: 'person.update' });
    await expect(update).toContainText('Changed a person’s details');
    // What was changed is named, not given as an id.
    await expect(update.getByRole('link', { name: fullName })).toBeVisible();
    await expect(update).toContainText('Priya Raman');
    await expect(update).toContainText('Organisation or role: Care leaver, Manchester');
    await expect(update).toContainText('Care leaver, Salford');
    await expect(auditPage.entries.filter({ hasText: 'person.display.give' })).toContainText(
      'How they are shown to the public: Full name',
    );

    // Filtering by a kind of action, then by one action, keeps the person's filter.
    await auditPage.filterByAction('person.');
    await expect(auditPage.entries).toHaveCount(3);
    await auditPage.filterByAction('person.display.give');
    await expect(auditPage.entries).toHaveCount(1);
    await expect(auditPage.entries).toContainText('Recorded consent to public display');
  });

  test('the secretariat invites a person to sign in, then revokes the invitation', async ({
    page,
    signIn,
    addPersonPage,
    personPage,
    invitationsPage,
  }, testInfo) => {
    test.slow();
    const suffix = `${testInfo.project.name}-${Date.now().toString(36)}`;
    const fullName = `Sam Whitfield ${suffix}`;

    await signIn(SECRETARIAT);
    await page.goto('/secretariat/people/new');
    await addPersonPage.expectShown();
    await addPersonPage.form.fill({
      fullName,
      email: `sam.${suffix}@example.org`,
      livedExperience: false,
    });
    await addPersonPage.submit();
    await personPage.expectShown(fullName);
    await expect(personPage.accountStatus).toHaveText('No account');

    await personPage.accountAction('Invite them to sign in');
    await personPage.expectShown(fullName);
    await expect(personPage.successBanner).toContainText(
      `Invitation sent to sam.${suffix}@example.org`,
    );
    await expect(personPage.accountStatus).toHaveText('Invited');

    await invitationsPage.goto();
    await invitationsPage.show('Waiting only');
    await expect(invitationsPage.row(fullName)).toContainText('Waiting');
    await invitationsPage.revoke(fullName);
    await invitationsPage.expectShown();
    await expect(invitationsPage.successBanner).toContainText(`Invitation to ${fullName} revoked`);
    await expect(invitationsPage.row(fullName)).toHaveCount(0);
    await invitationsPage.show('Revoked only');
    await expect(invitationsPage.row(fullName)).toContainText('Revoked');
  });

  test('when someone else saved first, the form shows their version and what was not saved', async ({
    page,
    context,
    signIn,
    addPersonPage,
    personPage,
    checkAccessibility,
  }, testInfo) => {
    test.slow();
    const suffix = `${testInfo.project.name}-${Date.now().toString(36)}`;
    const fullName = `Lena Marsh ${suffix}`;

    await signIn(SECRETARIAT);
    await page.goto('/secretariat/people/new');
    await addPersonPage.expectShown();
    await addPersonPage.form.fill({ fullName, livedExperience: false });
    await addPersonPage.submit();
    await personPage.expectShown(fullName);

    // A colleague, in another tab, saves a new organisation first.
    const other = await context.newPage();
    await other.goto(page.url());
    await other.getByLabel('Organisation or role (optional)').fill('Family Rights Group');
    await other.getByRole('button', { name: 'Save details' }).click();
    await expect(other.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
      'Details saved',
    );
    await other.close();

    // This tab still has the version from before.
    await personPage.form.fill({ affiliation: 'Become', phone: '01632 960 002' });
    await personPage.saveDetails();
    await personPage.expectShown(fullName);
    await expect(page).toHaveTitle(new RegExp(`^Error: ${fullName}`));
    await expect(personPage.errorSummary).toContainText(
      'Someone else changed these details while you were editing',
    );
    await expect(personPage.form.affiliation).toHaveValue('Family Rights Group');
    await expect(personPage.form.phone).toHaveValue('');
    const unsaved = page.locator('.govuk-inset-text');
    await expect(unsaved).toContainText('These changes of yours were not saved');
    await expect(unsaved).toContainText('Become');
    await expect(unsaved).toContainText('01632 960 002');

    // Saving again now works, over the colleague's version.
    await personPage.form.fill({ phone: '01632 960 002' });
    await personPage.saveDetails();
    await expect(personPage.successBanner).toContainText('Details saved');
    await expect(personPage.form.affiliation).toHaveValue('Family Rights Group');
    await checkAccessibility();
  });

  test('a member gets the permission page, not the list of people', async ({
    page,
    signIn,
    checkAccessibility,
  }) => {
    await signIn(MEMBER);
    await page.goto('/account');
    await expect(page).toHaveURL(/\/account$/);
    const response = await page.goto('/secretariat/people');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(FORBIDDEN_TITLE);
    await expect(page).toHaveTitle(new RegExp(`^${FORBIDDEN_TITLE}`));
    await expect(page.getByRole('table')).toHaveCount(0);
    await checkAccessibility();
  });

  test('signed out, the secretariat’s pages ask to sign in first', async ({ page, signInPage }) => {
    await page.goto('/secretariat/audit');
    await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fsecretariat%2Faudit$/);
    await signInPage.expectShown();
  });
});
