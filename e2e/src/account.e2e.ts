import { setOwnPublicDisplay } from './support/demo-people';
import { expect, test } from './support/membership-fixtures';

/**
 * Each project changes a different person, as the two run side by side on one database; each
 * puts the person's choice back at the end.
 */
const PEOPLE: Record<
  string,
  {
    email: string;
    name: string;
    original: string;
    originalChoice: 'FULL_NAME' | 'FIRST_NAME_INITIAL';
    livedExperience: boolean;
    /** How the public sees them on the Evidence Group's page: as they chose, and not named. */
    shownAs: string;
    notNamedAs: string;
    role: string;
  }
> = {
  javascript: {
    email: 'member@example.org',
    name: 'Jordan Ellis',
    original: 'First name and initial of surname',
    originalChoice: 'FIRST_NAME_INITIAL',
    livedExperience: true,
    shownAs: 'Jordan E.',
    notNamedAs: 'A member with lived experience',
    role: 'Member',
  },
  'no-javascript': {
    email: 'evidence@example.org',
    name: 'Helen Marsh',
    original: 'Full name',
    originalChoice: 'FULL_NAME',
    livedExperience: false,
    shownAs: 'Helen Marsh',
    notNamedAs: 'A member',
    role: 'Chair',
  },
};

/** Both sit on the Evidence Group; its public page lists four members. */
const BODY = 'evidence-group';
const MEMBERS = 4;

test.describe('your account', () => {
  test('changing how the public sees you changes the preview and the public body page', async ({
    page,
    signIn,
    accountPage,
    publicView,
    holdDemoMembers,
  }, testInfo) => {
    // Five pages, each checked with axe, and the public page after each change.
    test.setTimeout(180_000);
    const who = PEOPLE[testInfo.project.name];
    // Other tests read how the demo members are shown: none runs while this one changes it, and
    // should this one fail half-way, the person's choice is put back for them.
    await holdDemoMembers(() => setOwnPublicDisplay(who.email, who.originalChoice));
    const lived = (show: boolean) => (who.livedExperience ? show : undefined);
    // The public (a browser of its own, not signed in) sees the Evidence Group's page.
    const { bodyPage: publicPage, members: publicly } = publicView;
    await publicPage.goto(BODY);
    await expect(publicly.memberRow(who.shownAs)).toContainText(who.role);
    const othersNotNamed = await publicly.memberRow(who.notNamedAs).count();
    await signIn(who.email);
    await page.goto('/account');
    await accountPage.expectShown();
    await expect(accountPage.main).toContainText(who.name);
    await expect(accountPage.main).toContainText(who.email);

    await accountPage.choose('Not named', lived(true));
    await expect(accountPage.preview).toContainText(
      who.livedExperience ? 'A member with lived experience' : 'A member',
    );
    await expect(accountPage.preview).not.toContainText(who.name);
    await expect(accountPage.choices.getByLabel('Not named')).toBeChecked();
    await publicPage.goto(BODY);
    await expect(publicly.memberRows).toHaveCount(MEMBERS);
    await expect(publicly.membersTable).not.toContainText(who.name);
    await expect(publicly.memberRow(who.shownAs)).toHaveCount(0);
    await expect(publicly.memberRow(who.notNamedAs)).toHaveCount(othersNotNamed + 1);

    await accountPage.choose('Full name', lived(false));
    await expect(accountPage.preview).toContainText(who.name);
    await expect(accountPage.preview).toContainText(/Lived experience of care\s*Not shown/);
    await publicPage.goto(BODY);
    await expect(publicly.memberRow(who.name)).toContainText(who.role);
    await expect(publicly.memberRow(who.notNamedAs)).toHaveCount(othersNotNamed);

    await accountPage.choose('Not shown at all');
    await expect(accountPage.preview).toContainText('The public does not see you at all');
    await publicPage.goto(BODY);
    await expect(publicly.memberRows).toHaveCount(MEMBERS - 1);
    await expect(publicly.membersTable).not.toContainText(who.name);
    await expect(publicly.memberRow(who.shownAs)).toHaveCount(0);
    await expect(publicly.memberRow(who.notNamedAs)).toHaveCount(othersNotNamed);

    await accountPage.choose(who.original, lived(false));
  });

  test('links to setting up two-step verification', async ({ page, signIn, accountPage }) => {
    await signIn('member@example.org');
    await page.goto('/account');
    await accountPage.expectShown();
    await expect(
      accountPage.main.getByRole('link', { name: 'Set up two-step verification' }),
    ).toHaveAttribute('href', '/account/two-factor');
  });
});
