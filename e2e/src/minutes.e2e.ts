import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/accessibility';
import { expect, test as base } from './support/fixtures';
import { MeetingRecordPage } from './support/pages/meeting-record.page';
import { MeetingRecordPages } from './support/pages/secretariat/meeting-record.page';
import { SecretariatMeetingPages } from './support/pages/secretariat/meetings.page';
import { SignInPage } from './support/pages/sign-in.page';

const test = base.extend<{
  schedule: SecretariatMeetingPages;
  record: MeetingRecordPages;
  /** A browser of its own (the project's options, no cookies), its pages checked with axe. */
  otherBrowser: () => Promise<{ page: Page; view: MeetingRecordPage; signIn: SignInPage }>;
}>({
  schedule: async ({ page, checkAccessibility }, use) =>
    use(new SecretariatMeetingPages(page, checkAccessibility)),
  record: async ({ page, checkAccessibility }, use) =>
    use(new MeetingRecordPages(page, checkAccessibility)),
  otherBrowser: async ({ browser, javaScriptEnabled }, use) => {
    const contexts: Awaited<ReturnType<typeof browser.newContext>>[] = [];
    await use(async () => {
      const context = await browser.newContext();
      contexts.push(context);
      const page = await context.newPage();
      const axe = () => expectNoAxeViolations(page, browser, javaScriptEnabled);
      return { page, view: new MeetingRecordPage(page, axe), signIn: new SignInPage(page, axe) };
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});

const EVIDENCE = 'Evidence Group';
const CROSS_SEATED = 'Jordan Ellis';

test.describe('attendance, minutes, decisions and actions', () => {
  test('the secretariat records a past meeting’s attendance and minutes, circulates them, a member comments and moves their action on, the minutes are approved at a later meeting and published, and the public sees the public version and the decision', async ({
    page,
    browser,
    javaScriptEnabled,
    signIn,
    schedule,
    record,
    otherBrowser,
  }, testInfo) => {
    // Some twenty pages in three browsers, each checked with axe.
    test.setTimeout(420_000);
    // Both projects run at once against one database: each its own days and titles, in the past
    // (attendance other than apologies, and approval, need meetings that have started).
    const js = testInfo.project.name === 'javascript';
    const [first, later] = js ? (['7', '8'] as const) : (['14', '15'] as const);
    const suffix = `${testInfo.project.name}-${Date.now().toString(36)}`;
    const title = `Evidence review ${suffix}`;
    const laterTitle = `Following meeting ${suffix}`;
    const privateItem = `Private matter ${suffix}`;
    const privateNotes = `Notes of the private matter ${suffix}`;
    const publicNotes = `The group reviewed the evidence ${suffix}`;
    const decision = `The group will publish its evidence review ${suffix}`;
    const privateDecision = `A confidential decision ${suffix}`;
    const actionText = `Summarise the evidence for members ${suffix}`;

    await signIn('secretariat@example.org');
    await page.goto('/secretariat/meetings/new');

    // The meeting that approves the minutes, a month later: also past.
    await schedule.gotoSchedule();
    await schedule.fill({
      body: EVIDENCE,
      title: laterTitle,
      date: [later, '4', '2023'],
      start: '10:00',
      end: '12:00',
      location: 'Sanctuary Buildings',
    });
    await schedule.submit(/^Schedule the meeting/);
    await schedule.scheduleAnyway();
    await expect(schedule.heading).toHaveText(laterTitle);

    // The meeting to minute, with a private item.
    await schedule.gotoSchedule();
    await schedule.fill({
      body: EVIDENCE,
      title,
      date: [first, '3', '2023'],
      start: '10:00',
      end: '12:00',
      location: 'Sanctuary Buildings',
    });
    await schedule.submit(/^Schedule the meeting/);
    await schedule.scheduleAnyway();
    await expect(schedule.heading).toHaveText(title);
    const meetingId = new URL(page.url()).pathname.split('/').at(-1) ?? '';
    await schedule.addItem({ title: 'Welcome', minutes: '10', isPublic: true });
    await schedule.addItem({ title: privateItem, minutes: '20', isPublic: false });
    await schedule.addItem({ title: 'The evidence so far', minutes: '60', isPublic: true });
    await schedule.submit('Record that the meeting was held');
    await expect(schedule.main).toContainText('Held');

    // 1. The register: cross-seats are marked, and the quorum follows what is recorded.
    await record.open('Attendance, quorum and declarations of interest');
    await expect(record.member(CROSS_SEATED)).toContainText(
      'Member, from the Experts by Experience Board',
    );
    await expect(record.quorum).toContainText(
      /^Quorum: 4 of \d+ voting members must be present\. No voting members are recorded as present: short by 4\./,
    );
    await record.mark('Helen Marsh', 'Present');
    await record.mark(CROSS_SEATED, 'Present');
    await record.mark('Owen Lloyd', 'Present');
    await record.mark('Kayla Brooks', 'Sent apologies');
    await record.saveRegister();
    await expect(record.quorum).toContainText('3 are present: short by 1.');
    await expect(record.quorum).toContainText('Not quorate');
    await record.mark('Kayla Brooks', 'Present');
    await record.saveRegister();
    await expect(record.quorum).toContainText('4 are present: the meeting is quorate.');
    await expect(record.member('Kayla Brooks').getByLabel('Present')).toBeChecked();
    // Someone who is not a member sits in as an observer, and is never counted.
    await record.addObserver('Grace Whitfield');
    await expect(record.observers).toContainText('Grace Whitfield: Observer');
    await expect(record.quorum).toContainText('4 are present: the meeting is quorate.');

    // Declarations of interest: added, and one recorded in error removed.
    await record.declare({
      person: 'Owen Lloyd',
      on: '3. The evidence so far',
      interest: 'Co-author of one of the studies',
    });
    await record.declare({ person: 'Helen Marsh', on: 'The whole meeting', interest: 'In error' });
    await expect(record.declarations).toContainText('Co-author of one of the studies');
    await record.removeDeclaration('Helen Marsh');
    await expect(record.declarations).not.toContainText('In error');
    await expect(record.declarations).toContainText('Owen Lloyd');

    // 2. The minutes: the opening, each item's notes (the private one marked), a decision on a
    // public item and one on the private item, and an action for the cross-seated member.
    await page.goto(`/secretariat/meetings/${meetingId}`);
    await record.open('Minutes, decisions and actions');
    await expect(record.summaryValue('Status')).toHaveText('Not started');
    await expect(record.workflowButtons).toHaveCount(0);
    await record.writeOpening('Present: the chair and three members.');
    await record.notes('1. Welcome').fill('The chair welcomed everyone.');
    await expect(record.notes(`2. ${privateItem}`)).toHaveAccessibleDescription(/private item/);
    await record.notes(`2. ${privateItem}`).fill(privateNotes);
    await record.notes('3. The evidence so far').fill(publicNotes);
    await record.saveMinutes();
    await expect(record.summaryValue('Status')).toHaveText('Draft');
    await expect(record.notes('3. The evidence so far')).toHaveValue(publicNotes);

    // Someone else saves first: this save is refused, and nothing typed is lost (ADR 0004).
    const other = await page.context().newPage();
    const otherRecord = new MeetingRecordPages(other, () =>
      expectNoAxeViolations(other, browser, javaScriptEnabled),
    );
    await other.goto(`/secretariat/meetings/${meetingId}/minutes`);
    await otherRecord.writeOpening('Present: the chair and three members. Apologies: none.');
    await otherRecord.saveMinutes();
    await other.close();
    const welcome = `The chair welcomed everyone, and new members ${suffix}.`;
    await record.notes('1. Welcome').fill(welcome);
    await record.press('Save the minutes');
    await expect(record.errorSummary).toContainText('Someone else saved these minutes');
    await expect(record.unsaved).toContainText(welcome);
    await expect(record.main.getByLabel('Opening', { exact: true })).toHaveValue(
      'Present: the chair and three members. Apologies: none.',
    );
    await record.notes('1. Welcome').fill(welcome);
    await record.saveMinutes();
    await expect(record.notes('1. Welcome')).toHaveValue(welcome);
    await record.recordDecision({ on: '3. The evidence so far', text: decision });
    await record.recordDecision({ on: `2. ${privateItem} (private)`, text: privateDecision });
    await record.recordAction({
      on: '3. The evidence so far',
      description: actionText,
      owner: CROSS_SEATED,
      due: ['30', '4', '2023'],
    });
    await expect(record.main).toContainText(decision);
    await expect(record.main).toContainText(actionText);
    await expect(record.workflowButtons).toHaveText(['Circulate to members']);
    await record.press('Circulate to members');
    await expect(record.successBanner).toContainText('The minutes have been circulated to members');
    await expect(record.summaryValue('Status')).toHaveText('Circulated for comment');
    await expect(record.workflowButtons).toHaveText(['Withdraw for changes', 'Approve']);

    // 3. A member reads the circulated minutes in full, comments, and moves their action on.
    const member = await otherBrowser();
    await member.signIn.goto(`/meetings/${meetingId}`);
    await member.signIn.signIn('member@example.org');
    await expect(member.view.heading).toContainText(title);
    await member.view.gotoMeeting(meetingId);
    await expect(member.view.section('Minutes')).toContainText('Circulated for comment');
    await expect(member.view.section('Minutes')).toContainText(privateNotes);
    await expect(member.view.section('Decisions')).toContainText(decision);
    await expect(member.view.section('Attendance')).toContainText(
      '4 are present: the meeting is quorate.',
    );
    await expect(member.view.action(actionText)).toContainText('Yours');
    // An empty comment is refused, named in the error summary and the page's title.
    await member.view.comment('', { refused: 'Enter your comment' });
    await member.view.comment(`Please add the date of the next review ${suffix}`);
    await member.view.moveAction(actionText, 'In progress');
    await expect(member.view.action(actionText)).toContainText('In progress');

    // 4. The secretariat sees the comment, records approval at the later meeting, and publishes.
    await page.goto(`/secretariat/meetings/${meetingId}/minutes`);
    await expect(record.heading).toHaveText('Minutes');
    await expect(record.comments).toContainText(`Please add the date of the next review ${suffix}`);
    await expect(record.comments).toContainText(CROSS_SEATED);
    await record.approveAt(laterTitle);
    await expect(record.successBanner).toContainText('The minutes have been recorded as approved');
    await expect(record.summaryValue('Status')).toHaveText('Approved');
    await expect(record.summaryValue('Approved')).toContainText(laterTitle);
    await expect(record.workflowButtons).toHaveText(['Publish']);
    // Approved minutes are the record: the meeting's page no longer offers to change its agenda
    // (the API would refuse every change), nor decisions and actions here.
    await expect(record.main.getByRole('heading', { name: 'Record a decision' })).toHaveCount(0);
    await page.goto(`/secretariat/meetings/${meetingId}`);
    await expect(schedule.heading).toHaveText(title);
    await expect(schedule.main.getByRole('heading', { name: 'Agenda' })).toBeVisible();
    await expect(schedule.agendaTitles).toHaveCount(3);
    await expect(schedule.addItemForm).toHaveCount(0);
    await expect(
      schedule.main.getByRole('button', { name: /^(Move up|Move down|Remove)/ }),
    ).toHaveCount(0);
    await page.goto(`/secretariat/meetings/${meetingId}/minutes`);
    await record.press('Publish');
    await expect(record.successBanner).toContainText('The minutes have been published');
    await expect(record.summaryValue('Status')).toHaveText('Published');
    await expect(record.workflowButtons).toHaveCount(0);

    // 5. The public sees the public version: no private item, its notes or its decision.
    const visitor = await otherBrowser();
    await visitor.view.gotoMeeting(meetingId);
    await expect(visitor.view.section('Minutes')).toContainText(
      'This is the public version of the minutes',
    );
    await expect(visitor.view.section('Minutes')).toContainText(publicNotes);
    await expect(visitor.view.main).not.toContainText(privateItem);
    await expect(visitor.view.main).not.toContainText(privateNotes);
    await expect(visitor.view.main).not.toContainText(privateDecision);
    await expect(visitor.view.section('Decisions')).toContainText(decision);
    await expect(visitor.view.main.getByRole('heading', { name: 'Attendance' })).toHaveCount(0);
    // … and the decision in the body's register, from its meetings page.
    await visitor.view.gotoBodyMeetings('evidence-group');
    await visitor.view.followLink('Decisions of the Evidence Group', 'Decisions');
    await expect(visitor.view.main).toContainText(decision);
    await expect(visitor.view.main).not.toContainText(privateDecision);

    // 6. The member finds their action in the actions log, from "Your meetings".
    await member.page.goto('/your-meetings');
    await expect(member.view.heading).toHaveText('Your meetings');
    await member.view.followLink('Actions from your meetings', 'Actions');
    await member.view.filterActions({ whose: 'Only yours', status: 'In progress' });
    await expect(member.view.actionRow(actionText)).toContainText('Yours');
    await expect(member.view.actionRow(actionText)).toContainText('In progress');
    await expect(member.view.actionRow(actionText)).toContainText(title);
  });
});
