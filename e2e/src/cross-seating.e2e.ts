import { expectNoAxeViolations } from './support/accessibility';
import { crossSeatedBodies } from './support/cross-seating-data';
import { expect, test } from './support/cross-seating-fixtures';
import { SecretariatFormPage } from './support/pages/secretariat/secretariat-form.page';

const SECRETARIAT = 'secretariat@example.org';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A day in Europe/London, `offset` days from today, as the fields of a date input. */
function londonDay(offset = 0): { day: string; month: string; year: string } {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).formatToParts(new Date(Date.now() + offset * DAY_MS));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { day: part('day'), month: part('month'), year: part('year') };
}

/** The same day as the portal writes it: "23 November 2026". */
function longDate({ day, month, year }: { day: string; month: string; year: string }): string {
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), 12)));
}

test.describe('cross-seating', () => {
  test('the secretariat sees a third cross-seat refused, ends a cross-seated member’s membership, and fills the vacancy', async ({
    page,
    browser,
    javaScriptEnabled,
    signIn,
    bodiesPage,
    bodySummaryPage,
    membersPage,
    appointPage,
    checkAppointmentPage,
    membershipPage,
    endMembershipPage,
    crossSeatingPage,
    publicView,
    own,
  }) => {
    // Some twenty pages, each checked with axe (without JavaScript, in a second browser page).
    test.setTimeout(480_000);
    // A board and a group of the test's own: two of the board's members sit on the group.
    const { board, group, crossSeated } = await crossSeatedBodies(own);
    const [leaving, staying] = crossSeated;
    const [EBE, EVIDENCE] = [board.name, group.name];
    // A member of the board, not yet on the group.
    const newcomer = await own.person({ name: 'Nadia Quinn' });
    await own.appoint(newcomer, board);
    const today = londonDay();
    const yesterday = londonDay(-1);
    const appointment = {
      person: `${newcomer.fullName} (${newcomer.email})`,
      role: 'Member',
      startsOn: today,
      crossSeatFrom: EBE,
    };

    await signIn(SECRETARIAT);
    await page.goto('/secretariat');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Secretariat');
    await page.getByRole('link', { name: 'Bodies', exact: true }).click();
    await bodiesPage.expectShown();
    await expect(bodiesPage.row(EVIDENCE)).toContainText('Compliant');
    await expect(bodiesPage.row(EVIDENCE)).toContainText(`2 of 2 seats filled from the ${EBE}`);

    // 1. Both cross-seats are held: a third is refused, and the check says why.
    await bodiesPage.openBody(EVIDENCE);
    await bodySummaryPage.expectShown(EVIDENCE);
    await bodySummaryPage.openMembers();
    await membersPage.expectShown(EVIDENCE);
    await membersPage.appoint();
    await appointPage.expectShown(EVIDENCE);
    await appointPage.search(newcomer.fullName);
    await appointPage.expectShown(EVIDENCE);
    await appointPage.fill(appointment);
    await appointPage.continue();
    await checkAppointmentPage.expectShown();
    await expect(page).toHaveTitle(/^Error: Check the appointment/);
    const full = `On ${longDate(today)} there are already 2 cross-seats from that body, and the cross-seating rule allows no more than 2.`;
    await expect(checkAppointmentPage.errorSummary.getByRole('link')).toHaveText([full]);
    await expect(checkAppointmentPage.errorSummary.getByRole('link')).toHaveAttribute(
      'href',
      '#change-startsOn',
    );
    await expect(checkAppointmentPage.answer('First day')).toContainText(full);
    await expect(checkAppointmentPage.outcome).toHaveText('This appointment cannot be made');
    await expect(checkAppointmentPage.outcomeText.first()).toContainText(
      `has 2 of 2 seats for members of the ${EBE} filled`,
    );
    await expect(checkAppointmentPage.confirmButton).toHaveCount(0);

    // 2. A cross-seated member leaves the board: their cross-seat ends with it.
    await membersPage.goto(board.slug);
    await membersPage.manage(leaving.fullName);
    await membershipPage.expectShown(leaving.fullName);
    await membershipPage.change('End this membership');
    await endMembershipPage.expectShown(leaving.fullName);
    await expect(endMembershipPage.warning).toContainText(
      `Their cross-seat on the ${EVIDENCE} rests on this membership`,
    );
    await endMembershipPage.end(yesterday, 'Stepped down (browser test)');
    await membersPage.expectShown(EBE);
    await expect(membersPage.successBanner).toContainText(
      `${leaving.fullName}’s membership of the ${EBE} ended on ${longDate(yesterday)}.`,
    );
    await expect(membersPage.successBanner).toContainText(
      `Their cross-seat on the ${EVIDENCE} (last day ${longDate(yesterday)}) ended with it.`,
    );
    await expect(membersPage.row('Past members', leaving.fullName)).toContainText(
      'Stepped down (browser test)',
    );

    // 3. The dashboard shows the vacancy, since today, and who still holds a seat.
    await crossSeatingPage.goto();
    await expect(crossSeatingPage.ruleValue(EVIDENCE, 'Today')).toContainText('Vacancy');
    await expect(crossSeatingPage.ruleValue(EVIDENCE, 'Today')).toContainText(
      `1 of 2 seats filled: 1 seat short since ${longDate(today)}`,
    );
    await expect(crossSeatingPage.ruleValue(EVIDENCE, 'Held by')).toContainText(staying.fullName);
    await expect(crossSeatingPage.ruleValue(EVIDENCE, 'Held by')).not.toContainText(
      leaving.fullName,
    );
    await crossSeatingPage.filter(today);
    const vacancy = crossSeatingPage.timeline(EVIDENCE).getByRole('row').nth(1);
    await expect(vacancy).toContainText('Vacancy');
    await expect(vacancy).toContainText(longDate(today));
    await expect(vacancy).toContainText('Continuing');

    // 4. Another board member fills the vacant seat: the check says so before confirming.
    await membersPage.goto(group.slug);
    await membersPage.appoint();
    await appointPage.expectShown(EVIDENCE);
    await appointPage.search(newcomer.email);
    await appointPage.expectShown(EVIDENCE);
    await appointPage.fill(appointment);
    await appointPage.continue();
    await checkAppointmentPage.expectShown();
    await expect(checkAppointmentPage.errorSummary).toHaveCount(0);
    await expect(checkAppointmentPage.outcomeText.first()).toHaveText(
      `This fills 2 of 2 seats for members of the ${EBE}.`,
    );
    await checkAppointmentPage.confirm();
    await membersPage.expectShown(EVIDENCE);
    await expect(membersPage.successBanner).toContainText(
      `${newcomer.fullName} has been appointed to the ${EVIDENCE} as a member from ${longDate(today)}, in a cross-seat from the ${EBE}`,
    );
    await expect(membersPage.row('Current members', newcomer.fullName)).toContainText(
      `Cross-seat from the ${EBE}`,
    );
    await crossSeatingPage.goto();
    await expect(crossSeatingPage.ruleValue(EVIDENCE, 'Today')).toContainText('Compliant');
    await expect(crossSeatingPage.ruleValue(EVIDENCE, 'Held by')).toContainText(newcomer.fullName);

    // 5. The public, signed out, sees the new member, marked as from the board.
    await publicView.bodyPage.goto(group.slug);
    await expectNoAxeViolations(publicView.bodyPage.page, browser, javaScriptEnabled);
    const newcomerRow = publicView.members.memberRow(newcomer.fullName);
    await expect(newcomerRow).toContainText(`from the ${EBE}`);
    await expect(newcomerRow).toContainText('Member');
  });

  test('a stale save changes nothing; a membership is corrected, ended, extended, given a new role and removed', async ({
    page,
    context,
    signIn,
    membersPage,
    membershipPage,
    formPage,
    own,
  }) => {
    test.setTimeout(480_000);
    // A board of the test's own, and a new member of it.
    const board = await own.body('Lived Experience Board', 'BOARD');
    const EBE = board.name;
    const BOARD = board.slug;
    const person = await own.person({ name: 'Ravi Sood', livedExperience: true });
    await own.appoint(person, board);
    const member = { name: person.fullName };
    await signIn(SECRETARIAT);
    await page.goto(`/secretariat/bodies/${BOARD}/members`);
    await membersPage.expectShown(EBE);
    await membersPage.manage(member.name);
    await membershipPage.expectShown(member.name);
    const membershipUrl = page.url();

    // Two people correct the same membership: the one who saves second is told, and nothing
    // of theirs is written.
    await membershipPage.change('Correct a mistake');
    await formPage.expectShown(`Correct ${member.name}’s membership`);
    const colleague = await context.newPage();
    await colleague.goto(`${membershipUrl}/correct`);
    const theirs = new SecretariatFormPage(colleague, async () => undefined);
    await theirs.fillDate('First day', { day: '3', month: '2', year: '2025' });
    await theirs.fill('What was wrong?', 'Started in February');
    await theirs.press('Save correction');
    await expect(theirs.successBanner).toContainText(
      `${member.name}’s membership has been corrected.`,
    );
    await colleague.close();

    await formPage.fill('Why it ended (optional)', '');
    await formPage.fill('What was wrong?', 'Wrong role');
    await formPage.choose('Role', 'Observer');
    await formPage.press('Save correction');
    await formPage.expectShown(`Correct ${member.name}’s membership`);
    await expect(page).toHaveTitle(/^Error: /);
    await expect(formPage.errorLinks).toHaveText([
      'Someone else changed this membership while you were looking at it. Check it again and make your change',
    ]);
    // The page shows the membership as the colleague left it; only the reason is kept.
    await expect(formPage.summaryValue('First day')).toHaveText('3 February 2025');
    await expect(formPage.summaryValue('Role')).toHaveText('Member');
    await expect(page.getByLabel('What was wrong?')).toHaveValue('Wrong role');
    await formPage.choose('Role', 'Observer');
    await formPage.press('Save correction');
    await membersPage.expectShown(EBE);
    await expect(membersPage.successBanner).toContainText(
      `${member.name}’s membership has been corrected.`,
    );
    await expect(membersPage.row('Current members', member.name)).toContainText('Observer');

    // It ends on a later day, then that day moves later still.
    await membersPage.manage(member.name);
    await membershipPage.change('End this membership');
    await formPage.expectShown(`End ${member.name}’s membership`);
    await formPage.press('End membership');
    await formPage.expectShown(`End ${member.name}’s membership`);
    await expect(formPage.errorLinks).toHaveText([
      'Enter the last day of the membership',
      'Enter why the membership is ending',
    ]);
    await formPage.fillDate('What is their last day?', { day: '31', month: '12', year: '2098' });
    await formPage.fill('Why is the membership ending?', 'Their term ends');
    await formPage.press('End membership');
    await membersPage.expectShown(EBE);
    await expect(membersPage.successBanner).toContainText(
      `${member.name}’s membership of the ${EBE} ends on 31 December 2098.`,
    );
    await membersPage.manage(member.name);
    await membershipPage.change('Extend this membership');
    await formPage.expectShown(`Extend ${member.name}’s membership`);
    await formPage.fillDate('New last day', { day: '31', month: '12', year: '2099' });
    await formPage.press('Extend to this date');
    await membersPage.expectShown(EBE);
    await expect(membersPage.successBanner).toContainText('now ends on 31 December 2099');

    // A new role from a date: the record so far is kept, and a new one follows it.
    await membersPage.manage(member.name);
    await membershipPage.change('Change their role from a date');
    await formPage.expectShown(`Change ${member.name}’s role`);
    await formPage.choose('What is their new role?', 'Member');
    await formPage.fillDate('From which date?', { day: '1', month: '1', year: '2099' });
    await formPage.press('Change role');
    await membersPage.expectShown(EBE);
    await expect(membersPage.successBanner).toContainText(
      `${member.name}’s role on the ${EBE} is member from 1 January 2099`,
    );
    await expect(membersPage.row('Future members', member.name)).toContainText('Member');

    // Recorded in error: removed, after a confirmation.
    await membersPage
      .row('Future members', member.name)
      .getByRole('link', { name: /^Manage/ })
      .click();
    await membershipPage.expectShown(member.name);
    await membershipPage.change('Remove this membership');
    await formPage.expectShown(`Remove ${member.name}’s membership`);
    await formPage.fill('Why was it recorded in error?', 'Entered by mistake (browser test)');
    await formPage.press('Continue');
    await formPage.expectShown(`Are you sure you want to remove ${member.name}’s membership?`);
    await expect(formPage.summaryValue('Why it was recorded in error')).toHaveText(
      'Entered by mistake (browser test)',
    );
    await formPage.press('Remove membership');
    await membersPage.expectShown(EBE);
    await expect(membersPage.successBanner).toContainText(
      `${member.name}’s membership of the ${EBE} has been removed.`,
    );
    await expect(membersPage.row('Future members', member.name)).toHaveCount(0);
  });

  test('the forms for bodies and rules say what is wrong, and dissolving asks first', async ({
    page,
    signIn,
    bodySummaryPage,
    crossSeatingPage,
    formPage,
    own,
  }) => {
    test.setTimeout(300_000);
    // A board and a group of the test's own, whose rule changes and is put back; nothing else
    // is saved: every form is sent with a mistake, or left unconfirmed.
    const { board, group, chair } = await crossSeatedBodies(own);
    const [EBE, EVIDENCE] = [board.name, group.name];
    await signIn(SECRETARIAT);
    await page.goto('/secretariat/bodies/new');
    await formPage.expectShown('Add a body');
    await formPage.press('Add body');
    await formPage.expectShown('Add a body');
    await expect(page).toHaveTitle(/^Error: Add a body/);
    await expect(formPage.errorLinks).toHaveText([
      'Enter the body’s name',
      'Select whether it is a board or a group',
      'Enter what the body is for',
      'Enter the date the body was established',
    ]);
    await formPage.fill('Name', 'Evidence Group');
    await formPage.fill('Web address (optional)', 'Evidence Group!');
    await formPage.press('Add body');
    await expect(formPage.errorLinks.first()).toHaveText(
      'Slug must be lower-case letters, numbers and single hyphens',
    );
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Evidence Group');

    const response = await page.goto(`/secretariat/bodies/${group.slug}`);
    expect(response?.status()).toBe(200);
    await bodySummaryPage.expectShown(EVIDENCE);
    await page.getByRole('link', { name: 'Change name' }).click();
    await formPage.expectShown('Change the details');
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(EVIDENCE);

    await page.goto(`/secretariat/bodies/${group.slug}`);
    await page.getByRole('button', { name: `Dissolve the ${EVIDENCE}` }).click();
    await formPage.expectShown(`Dissolve the ${EVIDENCE}`);
    await formPage.press('Continue');
    await expect(formPage.errorLinks).toHaveText([
      'Enter the date the body is dissolved',
      'Enter why the body is being dissolved',
    ]);
    // A date the API will not take comes back from the check to the form, with its reason.
    await formPage.fillDate('From which date does it no longer exist?', {
      day: '1',
      month: '1',
      year: '2000',
    });
    await formPage.fill('Why is it being dissolved?', 'Its work is done');
    await formPage.press('Continue');
    // Axe has seen this form above (and an error summary on the add-a-body form): the answer here.
    await expect(formPage.heading).toHaveText(`Dissolve the ${EVIDENCE}`);
    await expect(formPage.errorLinks).toHaveText([
      /^A body must be dissolved after the day it was established/,
    ]);
    await expect(page.getByLabel('Why is it being dissolved?')).toHaveValue('Its work is done');
    await formPage.fillDate('From which date does it no longer exist?', {
      day: '1',
      month: '1',
      year: '2099',
    });
    await formPage.press('Continue');
    await formPage.expectShown(`Check before you dissolve the ${EVIDENCE}`);
    await expect(formPage.summaryValue('Its last day')).toHaveText('31 December 2098');
    await expect(page.getByRole('main')).toContainText(`${chair.fullName}, chair`);
    await page.getByRole('link', { name: 'Cancel: do not dissolve it' }).click();
    await bodySummaryPage.expectShown(EVIDENCE);
    await expect(page.getByRole('main')).not.toContainText('Dissolved');

    await crossSeatingPage.goto('?from-day=31&from-month=2&from-year=2026');
    await expect(page).toHaveTitle(/^Error: Cross-seating/);
    await expect(formPage.errorLinks).toHaveText(['The first day to show must be a real date']);
    await crossSeatingPage
      .rule(EVIDENCE)
      .getByRole('link', { name: /^Change/ })
      .click();
    await formPage.expectShown(`Seats on the ${EVIDENCE} for members of the ${EBE}`);
    await formPage.fill('Fewest seats', '3');
    await formPage.press('Save rule');
    await formPage.expectShown(`Seats on the ${EVIDENCE} for members of the ${EBE}`);
    await expect(formPage.errorLinks).toHaveText([
      'The most seats must be the same as or more than the fewest',
    ]);

    // A change takes effect from a date: never the past, and days before keep their seats.
    const seatsFrom = async (fewest: string, most: string, year: string) => {
      await formPage.fill('Fewest seats', fewest);
      await formPage.fill('Most seats', most);
      await formPage.fillDate('From which date?', { day: '1', month: '1', year });
      await formPage.press('Save rule');
    };
    await seatsFrom('3', '3', '2020');
    await expect(formPage.errorLinks).toHaveText([
      /^The change must take effect from today \(.+\) or later/,
    ]);
    await seatsFrom('3', '3', '2099');
    await expect(crossSeatingPage.rule(EVIDENCE)).toContainText(
      'From 1 January 2099: 3 seats (due)',
    );
    await expect(crossSeatingPage.rule(EVIDENCE)).toContainText('2 of 2 seats filled');
    await crossSeatingPage
      .rule(EVIDENCE)
      .getByRole('link', { name: /^Change/ })
      .click();
    await expect(page.getByRole('table', { name: 'How the rule has changed' })).toContainText(
      '3 seats (due)',
    );
    await seatsFrom('2', '2', '2099');
    await expect(crossSeatingPage.rule(EVIDENCE)).not.toContainText('Changes due');

    for (const missing of [
      '/secretariat/bodies/no-such-body',
      '/secretariat/bodies/Not_A_Slug/members',
      '/secretariat/bodies/evidence-group/members/not-a-membership',
      '/secretariat/cross-seating/rules/not-a-rule',
    ]) {
      expect((await page.goto(missing))?.status(), missing).toBe(404);
    }
  });
});
