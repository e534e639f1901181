import { demoPersonId } from './support/demo-people';
import { expect, test } from './support/membership-fixtures';

const EBE = 'Experts by Experience Board';
const FROM_EBE = `from the ${EBE}`;

/** Demo people who must never be on a public page by name: hidden, or not named. */
const HIDDEN = { name: 'Tom Hargreaves', email: 'tom.hargreaves@example.org' };
const ANONYMOUS = { name: 'Kayla Brooks', email: 'kayla.brooks@example.org' };

test.describe('who sits on each body, as the public sees it', () => {
  test('the Evidence Group’s members, with its two cross-seated members marked', async ({
    bodyPage,
    bodyMembers,
    page,
  }) => {
    await bodyPage.goto('evidence-group');
    await expect(bodyMembers.membersTable).toBeVisible();
    await expect(bodyMembers.memberRow('Helen Marsh')).toContainText('Chair');
    await expect(bodyMembers.memberRow('Helen Marsh')).toContainText('Northfield University');
    await expect(bodyMembers.memberRow('Owen Lloyd')).toContainText('Member');
    await expect(bodyMembers.memberRow('Owen Lloyd')).not.toContainText('Cross-seat');

    // Jordan chose "first name and initial"; the other cross-seated member is not named.
    await expect(bodyMembers.crossSeatTags()).toHaveCount(2);
    await expect(bodyMembers.memberRow('Jordan E.')).toContainText(`Cross-seat ${FROM_EBE}`);
    const anonymous = bodyMembers.memberRow('A member with lived experience');
    await expect(anonymous).toHaveCount(1);
    await expect(anonymous).toContainText(`Cross-seat ${FROM_EBE}`);
    await expect(bodyMembers.membersTable).not.toContainText('Jordan Ellis');

    await expect(bodyMembers.crossSeats).toContainText(
      `2 of 2 seats for members of the ${EBE} are filled.`,
    );
    await expect(bodyMembers.crossSeats.locator('.govuk-tag')).toHaveText('Filled');
    await expect(bodyMembers.pastMembers).toContainText('No one has left the Evidence Group yet.');

    // No trace of the person who is not named: not their name, not their id.
    const html = await page.content();
    expect(html).not.toContain(ANONYMOUS.name);
    expect(html).not.toContain(await demoPersonId(ANONYMOUS.email));
  });

  test('the Design Group’s past member, and the weeks a cross-seat stood vacant', async ({
    bodyPage,
    bodyMembers,
  }) => {
    await bodyPage.goto('design-group');
    await expect(bodyMembers.crossSeatTags()).toHaveCount(2);
    await expect(bodyMembers.memberRow('Sam Adeyemi')).toContainText(`Cross-seat ${FROM_EBE}`);

    const marcus = bodyMembers.pastMembersTable.getByRole('row').filter({ hasText: 'Marcus Bell' });
    await expect(marcus).toContainText('Member');
    await expect(marcus).toContainText('21 April 2021 to 31 January 2022');
    await expect(bodyMembers.memberRow('Marcus Bell')).toHaveCount(0);

    await expect(bodyMembers.crossSeats).toContainText(
      `From 21 April to 8 June 2021, 1 of 2 seats for members of the ${EBE} was vacant.`,
    );
  });

  test('a past members page address that was tampered with shows the first page', async ({
    page,
    bodyMembers,
    checkAccessibility,
  }) => {
    const response = await page.goto('/bodies/design-group?pastPage=bm90LWEtY3Vyc29y');
    expect(response?.status()).toBe(200);
    await expect(page).toHaveURL(/\/bodies\/design-group(#past-members)?$/);
    await expect(bodyMembers.pastMembersTable).toContainText('Marcus Bell');
    await checkAccessibility();
  });

  test('the Experts by Experience Board says which of its members sit on which group', async ({
    bodyPage,
    bodyMembers,
  }) => {
    await bodyPage.goto('experts-by-experience-board');
    await expect(bodyMembers.memberRow('Daniel Osei')).toContainText('Chair');
    await expect(bodyMembers.crossSeatTags()).toHaveCount(0);
    await expect(bodyMembers.crossSeats).toHaveCount(0);
    await expect(bodyMembers.seatsOn('Evidence Group')).toHaveText(
      'Jordan E. and 1 member not named',
    );
    await expect(bodyMembers.seatsOn('Design Group')).toHaveText(
      'Sam Adeyemi and 1 member not named',
    );
  });

  test('the hidden member is on no public page, by name or by id', async ({
    page,
    home,
    bodyPage,
    whoSitsWherePage,
  }) => {
    test.slow(); // five pages, each checked with axe
    const id = await demoPersonId(HIDDEN.email);
    const pages: (() => Promise<void>)[] = [
      () => home.goto(),
      () => bodyPage.goto('experts-by-experience-board'),
      () => bodyPage.goto('evidence-group'),
      () => bodyPage.goto('design-group'),
      () => whoSitsWherePage.goto(),
    ];
    for (const open of pages) {
      await open();
      const html = await page.content();
      expect(html).not.toContain(HIDDEN.name);
      expect(html).not.toContain('Tom H.');
      expect(html).not.toContain(id);
    }
  });

  test('"Who sits where" has one row a named person and counts those not named', async ({
    page,
    home,
    whoSitsWherePage,
  }) => {
    test.slow(); // two pages, each checked with axe
    await home.goto();
    await page
      .getByRole('main')
      .getByRole('link', { name: 'See who sits on each board and group' })
      .click();
    await whoSitsWherePage.expectShown();

    await expect(whoSitsWherePage.bodies).toHaveText([EBE, 'Design Group', 'Evidence Group']);
    await expect(whoSitsWherePage.names).toHaveText([
      'Aisha K.',
      'Daniel Osei',
      'Grace Whitfield',
      'Helen Marsh',
      'Jordan E.',
      'Owen Lloyd',
      'Sam Adeyemi',
    ]);
    // One row for Jordan, with both seats: the cross-seat marked.
    await expect(whoSitsWherePage.names.filter({ hasText: 'Jordan E.' })).toHaveCount(1);
    await expect(await whoSitsWherePage.seat('Jordan E.', EBE)).toHaveText('Member');
    await expect(await whoSitsWherePage.seat('Jordan E.', 'Design Group')).toContainText(
      'Not on the Design Group',
    );
    const evidence = await whoSitsWherePage.seat('Jordan E.', 'Evidence Group');
    await expect(evidence).toContainText('Member');
    await expect(evidence).toContainText(`Cross-seat ${FROM_EBE}`);

    // People not named are counted per body, never given a row that could join their seats.
    await expect(whoSitsWherePage.table).not.toContainText('A member');
    await expect(whoSitsWherePage.notNamed).toHaveText([
      `${EBE}: 2 members not named`,
      'Design Group: 1 member not named',
      'Evidence Group: 1 member not named',
    ]);
    await expect(whoSitsWherePage.main).toContainText(
      `2 members of the ${EBE} sit on the Evidence Group.`,
    );
  });

  test('each body page links to "Who sits where"', async ({ bodyPage, bodyMembers }) => {
    await bodyPage.goto('design-group');
    await expect(bodyMembers.whoSitsWhereLink).toHaveAttribute('href', '/who-sits-where');
  });
});
