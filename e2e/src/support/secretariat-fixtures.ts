import { test as base } from './fixtures';
import { AddPersonPage } from './pages/secretariat/add-person.page';
import { AuditPage } from './pages/secretariat/audit.page';
import { EmailsPage } from './pages/secretariat/emails.page';
import { InvitationsPage } from './pages/secretariat/invitations.page';
import { PeoplePage } from './pages/secretariat/people.page';
import { PersonPage } from './pages/secretariat/person.page';

/** The secretariat's pages, on top of the shared fixtures. */
export const test = base.extend<{
  peoplePage: PeoplePage;
  addPersonPage: AddPersonPage;
  personPage: PersonPage;
  auditPage: AuditPage;
  invitationsPage: InvitationsPage;
  emailsPage: EmailsPage;
}>({
  peoplePage: async ({ page, checkAccessibility }, use) =>
    use(new PeoplePage(page, checkAccessibility)),
  addPersonPage: async ({ page, checkAccessibility }, use) =>
    use(new AddPersonPage(page, checkAccessibility)),
  personPage: async ({ page, checkAccessibility }, use) =>
    use(new PersonPage(page, checkAccessibility)),
  auditPage: async ({ page, checkAccessibility }, use) =>
    use(new AuditPage(page, checkAccessibility)),
  invitationsPage: async ({ page, checkAccessibility }, use) =>
    use(new InvitationsPage(page, checkAccessibility)),
  emailsPage: async ({ page, checkAccessibility }, use) =>
    use(new EmailsPage(page, checkAccessibility)),
});

export { expect } from './fixtures';
