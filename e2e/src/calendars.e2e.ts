import { expect, test as base } from './support/fixtures';
import { CalendarPages } from './support/pages/calendars.page';
import { MeetingPages } from './support/pages/meeting.page';

const test = base.extend<{ calendars: CalendarPages; meetings: MeetingPages }>({
  calendars: async ({ page, checkAccessibility }, use) =>
    use(new CalendarPages(page, checkAccessibility)),
  meetings: async ({ page, checkAccessibility }, use) =>
    use(new MeetingPages(page, checkAccessibility)),
});

/** An upcoming Evidence Group meeting in the demo data, with an online link for members. */
const EVIDENCE_MEETING = 'Outcomes for children in care';

/** Each project makes and turns off the feed of a different member: the two run side by side. */
const MEMBER: Record<string, string> = {
  javascript: 'member@example.org',
  'no-javascript': 'evidence@example.org',
};

/** A calendar's text with its folded lines joined again (RFC 5545 folds at 75 octets). */
const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, '');

const isCalendar = async (response: Awaited<ReturnType<CalendarPages['fetch']>>) => {
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const text = await response.text();
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London');
  return text;
};

test.describe('calendars', () => {
  test('the Subscribe page lists each body’s calendar and says how to add it', async ({
    page,
    bodyPage,
    calendars,
  }) => {
    await bodyPage.goto('evidence-group');
    await page
      .getByRole('link', { name: 'Add the Evidence Group’s meetings to your calendar' })
      .click();
    await calendars.expectSubscribePage();
    for (const app of ['Google Calendar', 'Outlook', 'Apple Calendar']) {
      await expect(calendars.main.getByRole('heading', { level: 2, name: app })).toBeVisible();
    }
    const address = await calendars.listedAddress('Evidence Group');
    expect(address).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/feeds\/bodies\/evidence-group\.ics$/);
    const text = await isCalendar(await calendars.fetch(address));
    expect(text).toContain(EVIDENCE_MEETING);
    expect(text).not.toContain('meet.example.org');
    await isCalendar(await calendars.fetch(await calendars.listedAddress('All boards and groups')));
    // Each body's news feed (Atom) is listed too, on the same address as the pages.
    const news = await calendars.listedAddress('Evidence Group', 'news');
    expect(news).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/feeds\/bodies\/evidence-group\.atom$/);
    const feed = await page.request.get(news);
    expect(feed.status()).toBe(200);
    expect(feed.headers()['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(await feed.text()).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    // The footer of every page leads here too.
    await page.goto('/');
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: 'Add meetings to your calendar' })
      .click();
    await calendars.expectSubscribePage();
  });

  test('a meeting’s page offers it as a calendar file: the online link only for its members', async ({
    page,
    signIn,
    meetings,
    calendars,
  }) => {
    await meetings.gotoCalendar('evidence-group');
    await meetings.open(EVIDENCE_MEETING);
    const href = (await calendars.addToCalendar.getAttribute('href')) ?? '';
    expect(href).toMatch(/^\/feeds\/meetings\/[0-9a-f-]{36}\.ics$/);
    const publicly = await isCalendar(await calendars.fetch(href));
    expect(publicly).toContain(EVIDENCE_MEETING);
    expect(publicly).not.toContain('meet.example.org');

    await signIn('member@example.org');
    await page.goto(href.replace(/^\/feeds\/meetings\/(.*)\.ics$/, '/meetings/$1'));
    await expect(meetings.heading).toContainText(EVIDENCE_MEETING);
    const asMember = await isCalendar(await calendars.fetch(href));
    expect(unfolded(asMember)).toContain('Join online: https://meet.example.org/');
  });

  test('a member makes, replaces and turns off the address of their own calendar', async ({
    page,
    signIn,
    accountPage,
    calendars,
  }, testInfo) => {
    test.setTimeout(120_000);
    await signIn(MEMBER[testInfo.project.name] ?? '');
    await page.goto('/account');
    await accountPage.expectShown();
    await expect(calendars.accountSection).toContainText('You do not have a calendar feed.');

    await calendars.press('Make your calendar feed address');
    const first = await calendars.madeAddress();
    expect(first).toMatch(/\/feeds\/members\/[A-Za-z0-9_-]{43}\.ics$/);
    const text = await isCalendar(await calendars.fetch(first));
    expect(unfolded(text)).toContain('Join online: https://meet.example.org/');

    await accountPage.goto();
    await expect(calendars.accountSection).toContainText('You have a calendar feed.');
    await calendars.press('Make a new address');
    const second = await calendars.madeAddress();
    expect(second).not.toBe(first);
    expect((await calendars.fetch(first)).status()).toBe(404);
    await isCalendar(await calendars.fetch(second));

    await accountPage.goto();
    await calendars.press('Turn off your calendar feed');
    await accountPage.expectShown();
    await expect(accountPage.notice).toContainText('Your calendar feed is turned off');
    await expect(calendars.accountSection).toContainText('You do not have a calendar feed.');
    expect((await calendars.fetch(second)).status()).toBe(404);
  });
});
