import { expect, test } from './support/fixtures';

/**
 * Each project changes a different person, as the two run side by side on one database; each
 * puts the person's choice back at the end.
 */
const PEOPLE: Record<
  string,
  { email: string; name: string; original: string; livedExperience: boolean }
> = {
  javascript: {
    email: 'member@example.org',
    name: 'Jordan Ellis',
    original: 'First name and initial of surname',
    livedExperience: true,
  },
  'no-javascript': {
    email: 'evidence@example.org',
    name: 'Helen Marsh',
    original: 'Full name',
    livedExperience: false,
  },
};

test.describe('your account', () => {
  test('changing how the public sees you changes the preview of what they see', async ({
    signInPage,
    accountPage,
  }, testInfo) => {
    test.slow(); // five pages, each checked with axe
    const who = PEOPLE[testInfo.project.name];
    const lived = (show: boolean) => (who.livedExperience ? show : undefined);
    await signInPage.goto('/account');
    await signInPage.signIn(who.email);
    await accountPage.expectShown();
    await expect(accountPage.main).toContainText(who.name);
    await expect(accountPage.main).toContainText(who.email);

    await accountPage.choose('Not named', lived(true));
    await expect(accountPage.preview).toContainText(
      who.livedExperience ? 'A member with lived experience' : 'A member',
    );
    await expect(accountPage.preview).not.toContainText(who.name);
    await expect(accountPage.choices.getByLabel('Not named')).toBeChecked();

    await accountPage.choose('Full name', lived(false));
    await expect(accountPage.preview).toContainText(who.name);
    await expect(accountPage.preview).toContainText(/Lived experience of care\s*Not shown/);

    await accountPage.choose('Not shown at all');
    await expect(accountPage.preview).toContainText('The public does not see you at all');

    await accountPage.choose(who.original, lived(false));
  });

  test('links to setting up two-step verification', async ({ signInPage, accountPage }) => {
    await signInPage.goto('/account');
    await signInPage.signIn('member@example.org');
    await accountPage.expectShown();
    await expect(
      accountPage.main.getByRole('link', { name: 'Set up two-step verification' }),
    ).toHaveAttribute('href', '/account/two-factor');
  });
});
