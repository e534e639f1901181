import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from '@playwright/test';
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

/** Someone else at the same time, in a browser of their own (with the project's options). */
interface Visitor {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly meetings: MeetingPages;
  readonly papers: MeetingPapersSection;
  readonly signInPage: SignInPage;
}

async function visitor(browser: Browser, javaScriptEnabled: boolean): Promise<Visitor> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const check = () => expectNoAxeViolations(page, browser, javaScriptEnabled);
  return {
    context,
    page,
    meetings: new MeetingPages(page, check),
    papers: new MeetingPapersSection(page),
    signInPage: new SignInPage(page, check),
  };
}

/** Opens `path` and checks the page with axe; the status of the page it ends on. */
async function open(who: Visitor, path: string, browser: Browser, javaScriptEnabled: boolean) {
  const response = await who.page.goto(path);
  await expectNoAxeViolations(who.page, browser, javaScriptEnabled);
  return response?.status();
}

const CONTENT_NOTE = 'experiences of leaving care, including homelessness';
const NOTE_SENTENCE = `This paper discusses ${CONTENT_NOTE}.`;

test.describe('meeting papers', () => {
  test('the secretariat adds a members’ paper (a bad file is refused and nothing is added); a cross-seated member reads the content note and downloads it; the public and others never see it', async ({
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
    const year = testInfo.project.name === 'javascript' ? '2033' : '2034';
    const suffix = `${testInfo.project.name}-${Date.now().toString(36)}`;
    const meetingTitle = `Evidence papers ${suffix}`;
    const paperTitle = `Members’ evidence ${suffix}`;
    const fileName = `evidence-${suffix}.pdf`;
    const item = 'Evidence from care leavers';

    // The secretariat schedules an Evidence Group meeting with one public item.
    await signIn('secretariat@example.org');
    await page.goto('/secretariat/meetings/new');
    const meetingId = await schedule.schedule({
      body: 'Evidence Group',
      title: meetingTitle,
      date: ['9', '6', year],
      start: '14:00',
      end: '16:00',
      location: 'Sanctuary Buildings',
    });
    await schedule.addItem({ title: item, minutes: '45', isPublic: true });
    await expect(papers.main).toContainText('There are no papers yet.');

    // Nothing filled in: every question says what is missing.
    await papers.openAddPaper();
    await papers.submit();
    await papers.expectForm();
    await expect(page).toHaveTitle(/^Error: Add a paper/);
    await expect(papers.errorSummary.getByRole('link')).toHaveText([
      'Enter a title for the paper',
      'Choose who can open the paper',
      'Select a file',
    ]);

    // A text file named .pdf: the API refuses it, saying why, and nothing is added.
    await papers.fill({
      title: paperTitle,
      agendaItem: `1. ${item}`,
      visibility: 'Members only',
      contentNote: CONTENT_NOTE,
    });
    await papers.attach(fileName, Buffer.from('These are only notes, not a PDF.\n'));
    await papers.submit();
    await papers.expectForm();
    await expect(papers.errorSummary.getByRole('link')).toHaveText([
      'The selected file is a plain text file, so its name must end in .txt',
    ]);
    await expect(page.getByLabel('Title', { exact: true })).toHaveValue(paperTitle);
    await page.goto(`/secretariat/meetings/${meetingId}`);
    await expect(schedule.heading).toHaveText(meetingTitle);
    await expect(papers.main).toContainText('There are no papers yet.');
    await expect(papers.main).not.toContainText(paperTitle);

    // A real PDF.
    await papers.openAddPaper();
    await papers.fill({
      title: paperTitle,
      agendaItem: `1. ${item}`,
      visibility: 'Members only',
      contentNote: CONTENT_NOTE,
    });
    await papers.attach(fileName, pdfFile(`Evidence ${suffix}`));
    await papers.submit();
    await expect(schedule.heading).toHaveText(meetingTitle);
    await checkAccessibility();
    await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
      `“${paperTitle}” has been added`,
    );
    const card = papers.card(paperTitle);
    await expect(card).toContainText('Members only');
    await expect(card).toContainText(`1. ${item}`);
    await expect(card).toContainText(CONTENT_NOTE);
    await expect(card).toContainText(fileName);
    await expect(card).toContainText(/PDF, [\d.]+ (KB|bytes)/);
    const fileLink = card.getByRole('link', { name: new RegExp(`^${fileName}`) });
    const filePath = (await fileLink.getAttribute('href')) ?? '';
    expect(filePath).toMatch(/^\/papers\/[0-9a-f-]{36}\/file$/);
    const paperPath = filePath.replace(/\/file$/, '');

    // A member of the Experts by Experience Board with a cross-seat on the Evidence Group.
    const member = await visitor(browser, javaScriptEnabled);
    try {
      await member.signInPage.goto(`/meetings/${meetingId}`);
      await member.signInPage.signIn('member@example.org');
      await expect(member.meetings.heading).toContainText(meetingTitle);
      await expectNoAxeViolations(member.page, browser, javaScriptEnabled);
      const entry = member.papers.paper(paperTitle);
      await expect(entry).toContainText(`For item 1: ${item}`);
      await expect(member.papers.contentNote(paperTitle)).toContainText(NOTE_SENTENCE);
      await expect(entry).toContainText(/\(PDF, [\d.]+ (KB|bytes)\)/);
      // The content note comes before the link to open the paper.
      const text = (await entry.textContent()) ?? '';
      expect(text.indexOf(NOTE_SENTENCE)).toBeGreaterThan(-1);
      expect(text.indexOf(NOTE_SENTENCE)).toBeLessThan(text.indexOf('Download the paper'));
      // And under its item on the agenda.
      await expect(member.meetings.agendaTitles.first()).toContainText(`Paper: ${paperTitle}`);

      const [download] = await Promise.all([
        member.page.waitForEvent('download'),
        member.papers.download(paperTitle).click(),
      ]);
      expect(download.suggestedFilename()).toBe(fileName);
      const bytes = await readFile(await download.path());
      expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(bytes.subarray(-6).toString('latin1')).toContain('%%EOF');
    } finally {
      await member.context.close();
    }

    // The public sees the meeting and its agenda, but not the paper.
    const visitorPage = await visitor(browser, javaScriptEnabled);
    try {
      expect(await open(visitorPage, `/meetings/${meetingId}`, browser, javaScriptEnabled)).toBe(
        200,
      );
      await expect(visitorPage.meetings.main).toContainText(item);
      await expect(visitorPage.papers.heading).toBeVisible();
      expect(await visitorPage.page.content()).not.toContain(paperTitle);
      // Asking for the file (or the paper) directly: sign in first, nothing of the paper shown.
      for (const path of [filePath, paperPath]) {
        await open(visitorPage, path, browser, javaScriptEnabled);
        await expect(visitorPage.signInPage.heading).toHaveText('Sign in');
        expect(new URL(visitorPage.page.url()).searchParams.get('returnTo')).toBe(paperPath);
        expect(await visitorPage.page.content()).not.toContain(paperTitle);
      }
      // A paper that does not exist.
      const missing = '/papers/00000000-0000-4000-8000-000000000000/file';
      expect(await open(visitorPage, missing, browser, javaScriptEnabled)).toBe(404);
      await expect(visitorPage.meetings.heading).toHaveText('Page not found');
    } finally {
      await visitorPage.context.close();
    }

    // Someone signed in who does not sit on the Evidence Group.
    const chair = await visitor(browser, javaScriptEnabled);
    try {
      await chair.signInPage.goto(`/meetings/${meetingId}`);
      await chair.signInPage.signIn('chair@example.org');
      await expect(chair.meetings.heading).toContainText(meetingTitle);
      expect(await chair.page.content()).not.toContain(paperTitle);
      for (const path of [filePath, paperPath]) {
        expect(await open(chair, path, browser, javaScriptEnabled)).toBe(403);
        await expect(chair.meetings.heading).toHaveText(FORBIDDEN_TITLE);
        expect(await chair.page.content()).not.toContain(paperTitle);
      }
      expect(await open(chair, '/papers/not-a-paper/file', browser, javaScriptEnabled)).toBe(404);
      await expect(chair.meetings.heading).toHaveText('Page not found');
    } finally {
      await chair.context.close();
    }
  });
});

test.describe('demo meeting papers', () => {
  test('the public reads a public paper without signing in, the superseded draft marked', async ({
    page,
    bodyPage,
    checkAccessibility,
  }) => {
    const meetings = new MeetingPages(page, checkAccessibility);
    const papers = new MeetingPapersSection(page);
    const draft = 'Evidence summary: outcomes for children in care (first draft)';
    const summary = 'Evidence summary: outcomes for children in care';
    await bodyPage.goto('evidence-group');
    await meetings.gotoCalendar('evidence-group');
    await meetings.open('Outcomes for children in care');
    await expect(papers.paper(draft)).toContainText('Superseded');
    await expect(papers.paper(draft)).toContainText(`Superseded by ${summary}.`);
    await expect(papers.paper(summary)).toContainText(`Replaces ${draft}.`);
    // A paper for named people is not even named to the public.
    expect(await page.content()).not.toContain('shared in confidence by its authors');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      papers.download(summary).click(),
    ]);
    expect(download.suggestedFilename()).toBe('summary.pdf');
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  test('a member finds the easy read version beside its original, after the content note', async ({
    page,
    signIn,
    checkAccessibility,
  }) => {
    const meetings = new MeetingPages(page, checkAccessibility);
    const papers = new MeetingPapersSection(page);
    const original = 'Members’ stories of support';
    await signIn('member@example.org');
    await page.goto('/your-meetings');
    await meetings.gotoYourMeetings();
    await meetings.open('What good support looks like');
    const entry = papers.paper(original);
    await expect(papers.contentNote(original)).toContainText(
      'This paper discusses experiences of care',
    );
    await expect(entry.getByRole('link', { name: /^Easy read version\b/ })).toHaveAttribute(
      'href',
      /^\/papers\/[0-9a-f-]{36}\/file$/,
    );
    // The version is listed with its original, not again on its own.
    await expect(papers.paper('Members’ stories of support: young people’s version')).toHaveCount(
      0,
    );
    // A paper naming this member is listed for them.
    await expect(papers.paper('Support arrangements for members')).toHaveCount(1);
  });
});
