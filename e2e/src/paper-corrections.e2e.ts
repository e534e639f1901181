import type { Browser } from '@playwright/test';
import { expectNoAxeViolations } from './support/accessibility';
import { expect, test as base } from './support/fixtures';
import { FORBIDDEN_TITLE } from './support/forbidden';
import { pdfFile } from './support/paper-files';
import { MeetingPapersSection } from './support/pages/meeting-papers.section';
import { MeetingPages } from './support/pages/meeting.page';
import { SecretariatMeetingPages } from './support/pages/secretariat/meetings.page';
import { SecretariatPaperPages } from './support/pages/secretariat/papers.page';
import { SignInPage } from './support/pages/sign-in.page';

const test = base.extend<{ schedule: SecretariatMeetingPages; papers: SecretariatPaperPages }>({
  schedule: async ({ page, checkAccessibility }, use) =>
    use(new SecretariatMeetingPages(page, checkAccessibility)),
  papers: async ({ page, checkAccessibility }, use) =>
    use(new SecretariatPaperPages(page, checkAccessibility)),
});

/** Someone else, in a browser of their own, signed in as `email` (or not signed in). */
async function visitor(browser: Browser, javaScriptEnabled: boolean, email?: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const check = () => expectNoAxeViolations(page, browser, javaScriptEnabled);
  const signInPage = new SignInPage(page, check);
  if (email) {
    await signInPage.goto('/your-meetings');
    await signInPage.signIn(email);
  }
  return {
    context,
    page,
    check,
    meetings: new MeetingPages(page, check),
    papers: new MeetingPapersSection(page),
    signInPage,
  };
}

test.describe('correcting a paper', () => {
  test('the secretariat narrows a public paper to members, withdraws it with a reason, replaces its file and puts it back; the public and members see each step', async ({
    page,
    browser,
    javaScriptEnabled,
    checkAccessibility,
    signIn,
    schedule,
    papers,
  }, testInfo) => {
    test.setTimeout(240_000);
    // Both projects run at once against one database: each its own meeting on its own day.
    const year = testInfo.project.name === 'javascript' ? '2035' : '2036';
    const suffix = `${testInfo.project.name}-${Date.now().toString(36)}`;
    const meetingTitle = `Corrections ${suffix}`;
    const paperTitle = `Data tables ${suffix}`;

    await signIn('secretariat@example.org');
    await page.goto('/secretariat/meetings/new');
    const meetingId = await schedule.schedule({
      body: 'Evidence Group',
      title: meetingTitle,
      date: ['10', '3', year],
      start: '10am',
      end: 'midday',
      location: 'Sanctuary Buildings',
    });
    const meetingPath = `/meetings/${meetingId}`;
    await papers.openAddPaper();
    await papers.fill({ title: paperTitle, visibility: 'Public' });
    await papers.attach(`tables-${suffix}.pdf`, pdfFile(`Tables ${suffix}`));
    await papers.submit();
    await expect(schedule.heading).toHaveText(meetingTitle);
    const filePath =
      (await papers
        .card(paperTitle)
        .getByRole('link', { name: /^tables-/ })
        .getAttribute('href')) ?? '';
    expect(filePath).toMatch(/^\/papers\/[0-9a-f-]{36}\/file$/);

    // The public can download it while it is public.
    const publicVisitor = await visitor(browser, javaScriptEnabled);
    try {
      await publicVisitor.page.goto(meetingPath);
      await expect(publicVisitor.papers.download(paperTitle)).toBeVisible();

      // Narrowed to members: the public no longer sees it, and its file asks them to sign in.
      await papers.openCorrect(paperTitle);
      await papers.changeAudience('Members only');
      await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
        `Who can open “${paperTitle}” has been changed`,
      );
      await expect(papers.card(paperTitle)).toContainText('Members only');
      await publicVisitor.page.goto(meetingPath);
      expect(await publicVisitor.page.content()).not.toContain(paperTitle);
      await publicVisitor.page.goto(filePath);
      await expect(publicVisitor.signInPage.heading).toHaveText('Sign in');
    } finally {
      await publicVisitor.context.close();
    }

    // Withdrawing needs a reason; the error summary says so.
    await papers.openCorrect(paperTitle);
    await papers.withdraw('');
    await expect(page).toHaveTitle(/^Error: Correct a paper/);
    await expect(papers.errorSummary.getByRole('link')).toHaveText([
      'Enter why the paper is withdrawn',
    ]);
    await checkAccessibility();
    await papers.withdraw('The tables had the wrong year. A corrected paper follows.');
    await expect(papers.card(paperTitle)).toContainText('Withdrawn');
    await expect(papers.card(paperTitle)).toContainText('The tables had the wrong year.');

    // A cross-seated member sees it listed, tagged and withdrawn with the reason, without a link.
    const member = await visitor(browser, javaScriptEnabled, 'member@example.org');
    const chair = await visitor(browser, javaScriptEnabled, 'chair@example.org');
    try {
      await member.page.goto(meetingPath);
      await member.check();
      const entry = member.papers.paper(paperTitle);
      await expect(entry.getByRole('heading')).toContainText('Members only');
      await expect(entry.getByRole('heading')).toContainText('Withdrawn');
      await expect(entry).toContainText('The tables had the wrong year.');
      await expect(entry).toContainText('It can no longer be downloaded.');
      await expect(member.papers.download(paperTitle)).toHaveCount(0);
      // Asking for the file directly leads to the paper's own page, which says why.
      await member.page.goto(filePath);
      expect(new URL(member.page.url()).pathname).toBe(filePath.replace(/\/file$/, ''));
      await expect(member.meetings.heading).toContainText(paperTitle);
      await expect(member.meetings.main).toContainText('It can no longer be downloaded.');
      await expect(member.meetings.main.getByRole('link', { name: /^Download/ })).toHaveCount(0);
      await member.check();
      // Someone who does not sit on the Evidence Group is refused the paper whole.
      expect((await chair.page.goto(filePath))?.status()).toBe(403);
      await expect(chair.meetings.heading).toHaveText(FORBIDDEN_TITLE);

      // A new file, then put back: the member downloads the new file.
      await papers.openCorrect(paperTitle);
      await papers.replaceFile(`tables-corrected-${suffix}.pdf`, pdfFile(`Corrected ${suffix}`));
      await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
        'The paper’s file has been replaced',
      );
      await papers.openCorrect(paperTitle);
      await page.getByRole('button', { name: 'Put the paper back' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
        `“${paperTitle}” has been put back`,
      );
      await expect(papers.card(paperTitle)).not.toContainText('Withdrawn');
      await member.page.goto(meetingPath);
      const [download] = await Promise.all([
        member.page.waitForEvent('download'),
        member.papers.download(paperTitle).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`tables-corrected-${suffix}.pdf`);
    } finally {
      await member.context.close();
      await chair.context.close();
    }
  });
});
