import type { OwnData } from './support/own-data';
import { expect, test } from './support/membership-fixtures';

/**
 * Who changes how the public sees them: a person of the test's own, on a group of its own with
 * two others (one not named), so that the demo members other tests read are never changed.
 * The projects differ in who it is: a member with lived experience, or a chair without.
 */
async function personOnOwnGroup(own: OwnData, projectName: string) {
  const livedExperience = projectName === 'javascript';
  const role = livedExperience ? 'Member' : 'Chair';
  const group = await own.body('Advisory Group', 'GROUP');
  const person = await own.person({ name: 'Morgan Hale', livedExperience });
  await own.appoint(person, group, { role: livedExperience ? 'MEMBER' : 'CHAIR' });
  await own.account(person);
  const named = await own.person({ name: 'Ruth Okafor' });
  await own.appoint(named, group);
  const notNamed = await own.person({ name: 'Abel Stone', livedExperience, choice: 'ANONYMOUS' });
  await own.appoint(notNamed, group);
  return {
    group,
    email: person.email,
    name: person.fullName,
    livedExperience,
    role,
    /** How the public sees a member who is not named, as the person's fellow is. */
    notNamedAs: livedExperience ? 'A member with lived experience' : 'A member',
  };
}

/** The people on the group's public page: the person and the two others. */
const MEMBERS = 3;

test.describe('your account', () => {
  test('changing how the public sees you changes the preview and the public body page', async ({
    page,
    signIn,
    accountPage,
    publicView,
    own,
  }, testInfo) => {
    // Five pages, each checked with axe, and the public page after each change.
    test.setTimeout(180_000);
    const who = await personOnOwnGroup(own, testInfo.project.name);
    const BODY = who.group.slug;
    const lived = (show: boolean) => (who.livedExperience ? show : undefined);
    // The public (a browser of its own, not signed in) sees the group's page.
    const { bodyPage: publicPage, members: publicly } = publicView;
    await publicPage.goto(BODY);
    await expect(publicly.memberRows).toHaveCount(MEMBERS);
    await expect(publicly.memberRow(who.name)).toContainText(who.role);
    const othersNotNamed = await publicly.memberRow(who.notNamedAs).count();
    expect(othersNotNamed).toBe(1);
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
    await expect(publicly.memberRow(who.name)).toHaveCount(0);
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
    await expect(publicly.memberRow(who.name)).toHaveCount(0);
    await expect(publicly.memberRow(who.notNamedAs)).toHaveCount(othersNotNamed);
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
