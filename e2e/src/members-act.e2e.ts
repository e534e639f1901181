import { graphql, personIdByEmail, tokenOf } from './support/api';
import { expect, test as base } from './support/fixtures';
import { MembersActPages } from './support/pages/members-act.page';

const test = base.extend<{ member: MembersActPages }>({
  member: async ({ page, checkAccessibility }, use) =>
    use(new MembersActPages(page, checkAccessibility)),
});

async function bodyId(slug: string): Promise<string> {
  const { body } = await graphql<{ body: { id: string } }>(
    'query($slug: String!) { body(slug: $slug) { id } }',
    { slug },
  );
  return body.id;
}

async function schedule(staff: string, slug: string, title: string, date: string) {
  const { scheduleMeeting } = await graphql<{ scheduleMeeting: { id: string } }>(
    'mutation($input: MeetingInput!) { scheduleMeeting(input: $input) { id } }',
    {
      input: {
        bodyIds: [await bodyId(slug)],
        title,
        date,
        startTime: '10:00',
        endTime: '12:00',
        location: 'Sanctuary Buildings, London',
      },
    },
    staff,
  );
  return scheduleMeeting.id;
}

test.describe('members act for themselves', () => {
  test('a cross-seated member gives apologies for a group’s meeting with a note, the secretariat sees them, and the member withdraws them', async ({
    member,
    page,
    signIn,
  }, testInfo) => {
    const js = testInfo.project.name === 'javascript';
    const suffix = `${testInfo.project.name}-${Date.now().toString(36)}`;
    const title = `Evidence session ${suffix}`;
    const staff = await tokenOf('secretariat@example.org');
    const meetingId = await schedule(
      staff,
      'evidence-group',
      title,
      js ? '2031-03-11' : '2031-03-18',
    );

    await signIn('member@example.org');
    await page.goto(`/meetings/${meetingId}`);
    await expect(member.heading).toContainText(title);
    await expect(member.attendance.getByRole('heading', { name: 'Your attendance' })).toBeVisible();

    // A note that is too long: the error summary, the note kept, nothing sent.
    await member.apologiesNote.fill('x'.repeat(501));
    await member.press('Give apologies', member.attendance);
    await expect(member.errorSummary).toContainText('Your note must be 500 characters or fewer');
    await expect(member.page).toHaveTitle(/^Error: /);
    await member.errorSummary.getByRole('link').click();
    await expect(member.apologiesNote).toBeFocused();

    await member.apologiesNote.fill('A hospital appointment');
    await member.press('Give apologies', member.attendance);
    await expect(member.banner).toContainText('Your apologies have been sent to the secretariat');
    await expect(member.attendance).toContainText('You have sent your apologies for this meeting.');
    await expect(member.attendance).toContainText(
      'Your note to the secretariat: A hospital appointment',
    );

    // The secretariat sees them on the register, marked as sent by the member.
    const { meeting } = await graphql<{
      meeting: { attendance: { status: string; note: string; sentByMember: boolean }[] };
    }>(
      'query($id: ID!) { meeting(id: $id) { attendance { status note sentByMember } } }',
      { id: meetingId },
      staff,
    );
    expect(meeting.attendance).toEqual([
      { status: 'APOLOGIES', note: 'A hospital appointment', sentByMember: true },
    ]);

    // Their meetings say so.
    await member.goto('/your-meetings');
    await expect(
      member.main.getByRole('listitem').filter({ hasText: title }).getByText('Apologies sent'),
    ).toBeVisible();

    await member.goto(`/meetings/${meetingId}`);
    await member.press('Withdraw apologies', member.attendance);
    await expect(member.banner).toContainText('Your apologies have been withdrawn');
    await expect(member.attendance.getByRole('button', { name: 'Give apologies' })).toBeVisible();
    await graphql('mutation { logout }', {}, staff);
  });

  test('a member marks their own action in progress and done from the actions list, and is told when someone else changed it first', async ({
    member,
    page,
    signIn,
  }, testInfo) => {
    const js = testInfo.project.name === 'javascript';
    const suffix = `${testInfo.project.name}-${Date.now().toString(36)}`;
    const staff = await tokenOf('secretariat@example.org');
    const meetingId = await schedule(
      staff,
      'evidence-group',
      `Action meeting ${suffix}`,
      js ? '2031-04-08' : '2031-04-15',
    );
    const jordan = await personIdByEmail('member@example.org', staff);
    const record = async (description: string) =>
      (
        await graphql<{ recordAction: { id: string } }>(
          'mutation($meetingId: ID!, $input: MeetingActionInput!) { recordAction(meetingId: $meetingId, input: $input) { id } }',
          { meetingId, input: { description, ownerId: jordan } },
          staff,
        )
      ).recordAction.id;
    const survey = `Share the survey ${suffix}`;
    const review = `Read the review ${suffix}`;
    await record(survey);
    const reviewId = await record(review);

    await signIn('member@example.org');
    await page.goto('/actions?whose=mine');
    await expect(member.heading).toHaveText('Actions');

    const row = member.actionRow(survey);
    await member.openUpdate(row);
    await row.getByLabel('In progress').check();
    await row.getByLabel('A note on progress (optional)').fill('Drafted the questions');
    await member.press('Update the action', row);
    await expect(member.banner).toContainText('The action has been updated');
    await expect(member.actionRow(survey)).toContainText('In progress');
    await expect(member.actionRow(survey)).toContainText('Drafted the questions');

    await member.openUpdate(member.actionRow(survey));
    await member.actionRow(survey).getByLabel('Done').check();
    await member.press('Update the action', member.actionRow(survey));
    await expect(member.actionRow(survey)).toContainText('Done');

    // The form was loaded at version 1; the action moves on elsewhere before it is sent.
    const reviewRow = member.actionRow(review);
    await member.openUpdate(reviewRow);
    await reviewRow.getByLabel('Done').check();
    const token = await tokenOf('member@example.org');
    await graphql(
      'mutation($id: ID!) { updateActionStatus(id: $id, expectedVersion: 1, status: IN_PROGRESS) { id } }',
      { id: reviewId },
      token,
    );
    await member.press('Update the action', reviewRow);
    await expect(member.errorSummary).toContainText('changed');
    await expect(member.actionRow(review)).toContainText('In progress');
    await graphql('mutation { logout }', {}, token);
    await graphql('mutation { logout }', {}, staff);
  });

  test('what’s new lists the changes on a member’s own bodies and the papers they may open, and nothing once marked as seen', async ({
    member,
    page,
    signIn,
  }, testInfo) => {
    // Each project its own member, so that one marking everything as seen never hides the other's.
    const js = testInfo.project.name === 'javascript';
    const who = js
      ? { email: 'evidence@example.org', own: 'evidence-group', other: 'design-group' }
      : {
          email: 'chair@example.org',
          own: 'experts-by-experience-board',
          other: 'evidence-group',
        };
    const suffix = `${testInfo.project.name}-${Date.now().toString(36)}`;
    const staff = await tokenOf('secretariat@example.org');

    await signIn(who.email);
    await page.goto('/whats-new');
    await expect(member.heading).toHaveText('What’s new');
    await member.press('Mark all as seen');
    await expect(member.banner).toContainText('Everything listed is marked as seen');

    const ownTitle = `Own body meeting ${suffix}`;
    const otherTitle = `Other body meeting ${suffix}`;
    const own = await schedule(staff, who.own, ownTitle, js ? '2031-05-06' : '2031-05-13');
    await schedule(staff, who.other, otherTitle, js ? '2031-05-07' : '2031-05-14');
    const paper = async (title: string, visibility: string, named?: string) =>
      graphql(
        'mutation($input: NewPaperInput!) { createPaper(input: $input) { id } }',
        {
          input: {
            meetingId: own,
            title,
            visibility,
            namedPersonIds: named ? [await personIdByEmail(named, staff)] : undefined,
          },
        },
        staff,
      );
    await paper(`Members’ paper ${suffix}`, 'MEMBERS');
    await paper(`Someone else’s paper ${suffix}`, 'NAMED', 'secretariat@example.org');

    await member.goto('/whats-new');
    await expect(member.main).toContainText('when you last marked everything as seen');
    const items = member.main.getByRole('listitem');
    await expect(
      items.filter({ hasText: 'New meeting' }).filter({ hasText: ownTitle }),
    ).toHaveCount(1);
    await expect(items.filter({ hasText: `Members’ paper ${suffix}` })).toContainText('New paper');
    await expect(member.main).not.toContainText(otherTitle);
    await expect(member.main).not.toContainText(`Someone else’s paper ${suffix}`);

    await items
      .filter({ hasText: `Members’ paper ${suffix}` })
      .getByRole('link')
      .click();
    await expect(member.heading).toContainText(`Members’ paper ${suffix}`);

    await member.goto('/whats-new');
    await member.press('Mark all as seen');
    await expect(member.main).not.toContainText(ownTitle);
    await graphql('mutation { logout }', {}, staff);
  });
});
