import type { Locator, Page } from '@playwright/test';

/** The membership sections of a body's public page (/bodies/{slug}). */
export class BodyMembershipSection {
  constructor(readonly page: Page) {}

  /** "Members of the {body} today". */
  get membersTable(): Locator {
    return this.page.getByRole('table', { name: /^Members of the .+ today$/ });
  }

  get memberRows(): Locator {
    return this.membersTable.locator('tbody tr');
  }

  /** The rows of the members table for people shown as exactly `name` ("A member", "Jordan E."). */
  memberRow(name: string): Locator {
    return this.memberRows.filter({
      // The name is the first line of the row's header; a "Cross-seat" tag may follow it.
      has: this.page.locator('th > span:first-child').getByText(name, { exact: true }),
    });
  }

  /** The "Cross-seat" tags in `within` (the members table unless given). */
  crossSeatTags(within: Locator = this.membersTable): Locator {
    return within.locator('.govuk-tag').filter({ hasText: /^Cross-seat$/ });
  }

  get whoSitsWhereLink(): Locator {
    return this.page.getByRole('main').getByRole('link', {
      name: 'See who sits on each board and group',
    });
  }

  get crossSeats(): Locator {
    return this.page.getByRole('region', { name: 'Cross-seats' });
  }

  get seatsOnOtherGroups(): Locator {
    return this.page.getByRole('region', { name: 'Members on other groups' });
  }

  /** Who from this body sits on `group`, as the "Members on other groups" list says. */
  seatsOn(group: string): Locator {
    return this.seatsOnOtherGroups
      .locator('.govuk-summary-list__row')
      .filter({ has: this.page.getByRole('term').filter({ hasText: group }) })
      .getByRole('definition');
  }

  get pastMembers(): Locator {
    return this.page.getByRole('region', { name: 'Past members' });
  }

  get pastMembersTable(): Locator {
    return this.page.getByRole('table', { name: /^Past members of the / });
  }
}
