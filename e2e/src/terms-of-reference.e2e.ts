import { expect, test } from './support/terms-of-reference-fixtures';

const SECRETARIAT = 'secretariat@example.org';

/**
 * Both projects (with and without JavaScript) run at once against one database, and a body has
 * one draft at a time: each project works on a group of its own.
 */
function bodyFor(projectName: string) {
  return projectName === 'javascript'
    ? { slug: 'evidence-group', name: 'Evidence Group', quorumBefore: 'At least 4 voting members' }
    : {
        slug: 'design-group',
        name: 'Design Group',
        quorumBefore: 'At least half of the voting members, rounded up',
      };
}

/** Today in London, as the date input's fields and in words. */
function today() {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
    })
      .formatToParts(new Date())
      .map((part) => [part.type, part.value]),
  );
  const words = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date());
  return { day: parts['day'], month: parts['month'], year: parts['year'], words };
}

const ADDED_PARAGRAPH =
  'The group reviews these terms of reference every year and publishes any change here.';

test.describe('terms of reference', () => {
  test('the secretariat drafts, previews and publishes new terms of reference; the public sees them and what changed', async ({
    page,
    signIn,
    overviewPage,
    bodyTermsPage,
    draftEditor,
    previewPage,
    publishPage,
    publicTerms,
  }, testInfo) => {
    // A long journey over ten pages, each checked with axe (without JavaScript, in a second
    // browser page), and then as the public.
    test.setTimeout(4 * 60_000);
    const body = bodyFor(testInfo.project.name);
    const on = today();

    // The secretariat's starting page leads to the terms of reference of every body.
    await signIn(SECRETARIAT);
    await page.goto('/secretariat');
    await page.getByRole('link', { name: 'Terms of reference', exact: true }).click();
    await overviewPage.expectShown();
    await overviewPage.openBody(body.name);
    await bodyTermsPage.expectShown(body.name);

    // A new draft starts as a copy of version 1.
    await bodyTermsPage.startDraft();
    await draftEditor.expectShown(2);
    await expect(draftEditor.successBanner).toContainText('Draft of version 2 started');
    await expect(draftEditor.content).toHaveValue(/^## Purpose/);
    await expect(draftEditor.composition).toHaveValue(
      /Two members of the Experts by Experience Board sit on the group/,
    );

    // A mistake first: the error summary names it, and nothing typed is lost.
    const copied = await draftEditor.content.inputValue();
    expect(copied).toContain('Papers are circulated a week before each meeting.');
    const text = `${copied.replace('a week before', 'ten days before')}\n\n## Review\n\n${ADDED_PARAGRAPH}`;
    await draftEditor.fill({
      quorum: 'four',
      meetingFrequency: 'Monthly',
      content: text,
    });
    await draftEditor.saveAndPreview();
    await draftEditor.expectShown(2);
    await expect(draftEditor.errorSummary).toContainText(
      'Enter the quorum as a number of members, like 4, or a fraction of them, like 1/2',
    );
    await expect(draftEditor.errorSummary.getByRole('link')).toHaveAttribute('href', '#quorum');
    await expect(draftEditor.content).toHaveValue(text);
    await expect(draftEditor.meetingFrequency).toHaveValue('Monthly');

    // Corrected: saved, and previewed exactly as the public will see it.
    await draftEditor.fill({ quorum: '2/3' });
    await draftEditor.saveAndPreview();
    await previewPage.expectShown(2);
    await expect(previewPage.successBanner).toContainText('Draft saved');
    await expect(previewPage.previewValue('Quorum')).toHaveText(
      'At least two thirds of the voting members, rounded up',
    );
    await expect(previewPage.previewValue('How often it meets')).toHaveText('Monthly');
    await expect(previewPage.preview.getByRole('heading', { name: 'Review' })).toBeVisible();
    await expect(previewPage.addedLines.filter({ hasText: ADDED_PARAGRAPH })).toContainText(
      `Added: ${ADDED_PARAGRAPH}`,
    );

    // Published from today.
    await previewPage.continueToPublish();
    await publishPage.expectShown(2);
    await expect(publishPage.date.getByLabel('Year')).toHaveValue(on.year);
    await publishPage.publish(2);
    await bodyTermsPage.expectShown(body.name);
    await expect(bodyTermsPage.successBanner).toContainText(
      `Version 2 published. It is in force from ${on.words}`,
    );
    await expect(
      bodyTermsPage.page.getByRole('button', { name: 'Start a new draft' }),
    ).toBeVisible();

    // The public, signed out, sees version 2 on the body's page…
    const { bodyPage, section, historyPage, comparePage } = publicTerms;
    await bodyPage.goto(body.slug);
    await expect(section.inForce).toHaveText(`Version 2, in force since ${on.words}.`);
    await expect(section.value('Quorum')).toHaveText(
      'At least two thirds of the voting members, rounded up',
    );
    await expect(section.value('How often it meets')).toHaveText('Monthly');
    await expect(section.text).toContainText(ADDED_PARAGRAPH);

    // …what changed in it…
    await section.whatChangedLink(2).click();
    await comparePage.expectShown(1, 2);
    await expect(comparePage.fieldRow('Quorum')).toContainText(body.quorumBefore);
    await expect(comparePage.fieldRow('Quorum')).toContainText(
      'At least two thirds of the voting members, rounded up',
    );
    await expect(comparePage.fieldRow('How often it meets')).toContainText('Monthly');
    await expect(comparePage.addedLines.filter({ hasText: ADDED_PARAGRAPH })).toHaveCount(1);
    await expect(comparePage.addedLines.first()).toContainText('Added:');
    // Within the changed paragraph, the words that changed are picked out.
    await expect(comparePage.removedLines.filter({ hasText: 'a week before' })).toContainText(
      'Removed:',
    );
    await expect(comparePage.changedWords('added')).toHaveText(['ten', 'days']);
    await expect(comparePage.changedWords('removed')).toHaveText(['a', 'week']);

    // …and the full history, version 1 kept as it was.
    await historyPage.goto(body.slug);
    await historyPage.expectShown(body.name);
    await expect(historyPage.row(2)).toContainText(`In force since ${on.words}`);
    await expect(historyPage.row(2)).toContainText('Current');
    await expect(historyPage.row(1)).toContainText('In force from');
    await historyPage.compare(1, 2);
    await comparePage.expectShown(1, 2);
  });

  test('when someone else saved the draft first, the save is refused and nothing typed is lost', async ({
    page,
    context,
    signIn,
    bodyTermsPage,
    draftEditor,
    discardPage,
    checkAccessibility,
  }, testInfo) => {
    test.slow();
    const body = bodyFor(testInfo.project.name);

    await signIn(SECRETARIAT);
    await page.goto(`/secretariat/bodies/${body.slug}/terms-of-reference`);
    await bodyTermsPage.expectShown(body.name);
    await bodyTermsPage.startDraft();
    const number = Number(
      (await draftEditor.heading.textContent())?.match(/version (\d+)/)?.[1] ?? Number.NaN,
    );
    await draftEditor.expectShown(number);

    // A colleague, in another tab, saves first.
    const other = await context.newPage();
    await other.goto(page.url());
    await other.getByLabel('How often it meets').fill('Every two months');
    await other.getByRole('button', { name: 'Save draft' }).click();
    await expect(other.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
      'Draft saved',
    );
    await other.close();

    // This tab still has the version from before: its save is refused.
    await draftEditor.fill({
      meetingFrequency: 'Every four weeks',
      composition: 'Twelve members.',
    });
    await draftEditor.saveDraft();
    await expect(draftEditor.errorSummary).toContainText(
      'Someone else saved this draft while you were working on it',
    );
    await expect(draftEditor.meetingFrequency).toHaveValue('Every two months');
    await expect(draftEditor.unsaved).toContainText('Every four weeks');
    await expect(draftEditor.unsaved).toContainText('Twelve members.');
    await checkAccessibility();

    // Saved again, it goes through over the colleague's version; then the draft is discarded.
    await draftEditor.fill({ meetingFrequency: 'Every four weeks' });
    await draftEditor.saveDraft();
    await expect(draftEditor.successBanner).toContainText('Draft saved');
    await expect(draftEditor.meetingFrequency).toHaveValue('Every four weeks');
    await page.getByRole('link', { name: 'Discard this draft' }).click();
    await discardPage.expectShown(number);
    await discardPage.discard();
    await bodyTermsPage.expectShown(body.name);
    await expect(bodyTermsPage.successBanner).toContainText('Draft discarded');
  });
});
