import { expect, test } from './support/fixtures';

/** The demo Evidence Group meeting a cross-seated member is expected at. */
const EVIDENCE_MEETING = 'Outcomes for children in care';

test.describe('support that leads somewhere', () => {
  test('a body’s page names its contact, with email and phone links', async ({
    page,
    bodyPage,
    checkAccessibility,
  }) => {
    await bodyPage.goto('evidence-group');
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2, name: 'Contact' })).toBeVisible();
    await expect(main).toContainText('Leo Turner');
    await expect(main.getByRole('link', { name: 'leo.turner@example.org' })).toHaveAttribute(
      'href',
      'mailto:leo.turner@example.org',
    );
    await expect(main.getByRole('link', { name: '020 7946 0456' })).toHaveAttribute(
      'href',
      'tel:02079460456',
    );
    await checkAccessibility();
  });

  test('a member’s meeting page links the helpline’s number and services, and names their contact', async ({
    page,
    signIn,
    checkAccessibility,
  }) => {
    await signIn('member@example.org');
    await page.goto('/your-meetings');
    await page.getByRole('link', { name: EVIDENCE_MEETING }).first().click();
    const main = page.getByRole('main');
    await expect(
      main.getByRole('heading', { name: 'Support before and after the meeting' }),
    ).toBeVisible();
    await expect(main.getByRole('link', { name: '0800 233311' })).toHaveAttribute(
      'href',
      'tel:0800233311',
    );
    await expect(
      main.getByRole('link', { name: 'https://www.childline.org.uk/get-support/' }),
    ).toHaveAttribute('href', 'https://www.childline.org.uk/get-support/');
    await expect(
      main.getByRole('heading', { name: 'Your contact in the secretariat' }),
    ).toBeVisible();
    await expect(main.getByRole('link', { name: '020 7946 0456' })).toHaveAttribute(
      'href',
      'tel:02079460456',
    );
    await checkAccessibility();
  });

  test('the secretariat names a body’s contact: a half-given contact is refused, and a whole one shown to the public', async ({
    page,
    signIn,
    checkAccessibility,
  }, testInfo) => {
    // The two projects run at once: each changes a body of its own, and puts it back.
    const slug =
      testInfo.project.name === 'javascript' ? 'design-group' : 'experts-by-experience-board';
    await signIn('secretariat@example.org');
    await page.goto(`/secretariat/bodies/${slug}/support`);
    const original = {
      name: await page.getByLabel('Name').inputValue(),
      email: await page.getByLabel('Email address').inputValue(),
      phone: await page.getByLabel('Phone number').inputValue(),
    };
    await checkAccessibility();
    const save = async (contact: { name: string; email: string; phone: string }) => {
      await page.getByLabel('Name').fill(contact.name);
      await page.getByLabel('Email address').fill(contact.email);
      await page.getByLabel('Phone number').fill(contact.phone);
      await page.getByRole('button', { name: 'Save' }).click();
    };
    try {
      await save({ name: '', email: 'secretary@example.org', phone: '' });
      await expect(page).toHaveTitle(/^Error: Contact and support/);
      await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
        'Enter the name of the person to contact',
      );
      await expect(page.getByLabel('Email address')).toHaveValue('secretary@example.org');
      await checkAccessibility();

      await save({ name: 'Jo Whitaker', email: '', phone: '+44 20 7946 0999' });
      await expect(page.getByRole('alert').filter({ hasText: 'Success' })).toContainText(
        'The contact and support text have been saved',
      );
      await page.goto(`/bodies/${slug}`);
      await expect(page.getByRole('main')).toContainText('Jo Whitaker');
      await expect(
        page.getByRole('main').getByRole('link', { name: '+44 20 7946 0999' }),
      ).toHaveAttribute('href', 'tel:+442079460999');
    } finally {
      await page.goto(`/secretariat/bodies/${slug}/support`);
      await save(original);
    }
  });
});
