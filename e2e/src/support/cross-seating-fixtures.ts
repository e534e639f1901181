import { mergeTests } from '@playwright/test';
import { test as membershipTest } from './membership-fixtures';
import { AppointPage } from './pages/secretariat/appoint.page';
import { BodiesPage } from './pages/secretariat/bodies.page';
import { BodySummaryPage } from './pages/secretariat/body-summary.page';
import { CheckAppointmentPage } from './pages/secretariat/check-appointment.page';
import { CrossSeatingPage } from './pages/secretariat/cross-seating.page';
import { MembersPage } from './pages/secretariat/members.page';
import { EndMembershipPage, MembershipPage } from './pages/secretariat/membership.page';
import { SecretariatFormPage } from './pages/secretariat/secretariat-form.page';
import { test as secretariatTest } from './secretariat-fixtures';

/**
 * The secretariat's bodies, memberships and cross-seating pages, with the secretariat's and the
 * public membership pages' fixtures (a signed-out browser).
 */
export const test = mergeTests(secretariatTest, membershipTest).extend<{
  bodiesPage: BodiesPage;
  bodySummaryPage: BodySummaryPage;
  membersPage: MembersPage;
  appointPage: AppointPage;
  checkAppointmentPage: CheckAppointmentPage;
  membershipPage: MembershipPage;
  endMembershipPage: EndMembershipPage;
  crossSeatingPage: CrossSeatingPage;
  formPage: SecretariatFormPage;
}>({
  bodiesPage: async ({ page, checkAccessibility }, use) =>
    use(new BodiesPage(page, checkAccessibility)),
  bodySummaryPage: async ({ page, checkAccessibility }, use) =>
    use(new BodySummaryPage(page, checkAccessibility)),
  membersPage: async ({ page, checkAccessibility }, use) =>
    use(new MembersPage(page, checkAccessibility)),
  appointPage: async ({ page, checkAccessibility }, use) =>
    use(new AppointPage(page, checkAccessibility)),
  checkAppointmentPage: async ({ page, checkAccessibility }, use) =>
    use(new CheckAppointmentPage(page, checkAccessibility)),
  membershipPage: async ({ page, checkAccessibility }, use) =>
    use(new MembershipPage(page, checkAccessibility)),
  endMembershipPage: async ({ page, checkAccessibility }, use) =>
    use(new EndMembershipPage(page, checkAccessibility)),
  crossSeatingPage: async ({ page, checkAccessibility }, use) =>
    use(new CrossSeatingPage(page, checkAccessibility)),
  formPage: async ({ page, checkAccessibility }, use) =>
    use(new SecretariatFormPage(page, checkAccessibility)),
});

export { expect } from './fixtures';
