import { expect, test as base } from './support/fixtures';
import { MeetingPages } from './support/pages/meeting.page';

const test = base.extend<{ meetings: MeetingPages }>({
  meetings: async ({ page, checkAccessibility }, use) =>
    use(new MeetingPages(page, checkAccessibility)),
});

/** An upcoming Evidence Group meeting in the demo data, with one private item. */
const EVIDENCE_MEETING = 'Outcomes for children in care';
const PRIVATE_ITEM = 'Unpublished research shared in confidence';

test.describe('meetings', () => {
  test('the public sees a body’s meetings and the public agenda, but not private items, the link or the support', async ({
    page,
    bodyPage,
    meetings,
  }) => {
    await bodyPage.goto('evidence-group');
    await page.getByRole('link', { name: 'When the Evidence Group meets' }).click();
    await expect(meetings.heading).toHaveText('Meetings');
    await meetings.gotoCalendar('evidence-group');
    await expect(meetings.section('Upcoming meetings')).toContainText(EVIDENCE_MEETING);
    await expect(meetings.section('Upcoming meetings')).toContainText(
      'Joint session: lived experience and the evidence',
    );
    await expect(meetings.section('Past meetings')).toContainText('Evidence on kinship care');

    await meetings.open(EVIDENCE_MEETING);
    await expect(meetings.main).toContainText('(UK time)');
    await expect(meetings.agendaTitles).toHaveCount(3);
    // A guest from outside the portal is named as the secretariat wrote them.
    await expect(meetings.main).toContainText('Led by Dr Ana Silva');
    await expect(meetings.main).not.toContainText(PRIVATE_ITEM);
    await expect(meetings.main).toContainText(
      'There is also 1 private item, for members of the body only.',
    );
    await expect(meetings.joinOnline).toHaveCount(0);
    await expect(meetings.main).not.toContainText('Support before and after the meeting');
    expect(await page.content()).not.toContain('meet.example.org');
  });

  test('a cross-seated member finds the group’s meeting among theirs, with its private item, the link and the support', async ({
    page,
    signIn,
    meetings,
  }) => {
    await signIn('member@example.org');
    await page.goto('/your-meetings');
    await expect(meetings.heading).toHaveText('Your meetings');
    await meetings.gotoYourMeetings();
    // The member sits on the Experts by Experience Board, and on the Evidence Group from it.
    await expect(meetings.section('Upcoming')).toContainText(EVIDENCE_MEETING);
    await expect(meetings.section('Upcoming')).toContainText('What good support looks like');
    await meetings.open(EVIDENCE_MEETING);
    await expect(meetings.agendaTitles).toHaveCount(4);
    await expect(meetings.main).toContainText(PRIVATE_ITEM);
    await expect(meetings.joinOnline).toHaveAttribute('href', /^https:\/\/meet\.example\.org\//);
    await expect(meetings.main).toContainText('Support before and after the meeting');
    await expect(meetings.main).toContainText('0800 233311');
  });

  test('an address that is not a meeting is “Page not found”', async ({ page }) => {
    for (const path of [
      '/meetings/not-a-meeting',
      '/meetings/00000000-0000-4000-8000-000000000000',
    ]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    }
  });
});
