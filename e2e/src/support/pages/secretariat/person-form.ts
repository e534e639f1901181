import type { Locator, Page } from '@playwright/test';

export interface PersonDetails {
  readonly fullName?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly affiliation?: string;
  readonly bio?: string;
  readonly livedExperience?: boolean;
}

/** The person form's fields, on "Add a person" and on a person's page. */
export class PersonForm {
  constructor(private readonly scope: Locator | Page) {}

  get fullName(): Locator {
    return this.scope.getByLabel('Full name', { exact: true });
  }

  get email(): Locator {
    return this.scope.getByLabel('Email address (optional)');
  }

  get phone(): Locator {
    return this.scope.getByLabel('Phone number (optional)');
  }

  get affiliation(): Locator {
    return this.scope.getByLabel('Organisation or role (optional)');
  }

  get bio(): Locator {
    return this.scope.getByLabel('Bio (optional)');
  }

  livedExperience(answer: boolean): Locator {
    return this.scope
      .getByRole('group', { name: 'Do they have lived experience of care?' })
      .getByLabel(answer ? 'Yes' : 'No', { exact: true });
  }

  async fill(details: PersonDetails): Promise<void> {
    if (details.fullName !== undefined) await this.fullName.fill(details.fullName);
    if (details.email !== undefined) await this.email.fill(details.email);
    if (details.phone !== undefined) await this.phone.fill(details.phone);
    if (details.affiliation !== undefined) await this.affiliation.fill(details.affiliation);
    if (details.bio !== undefined) await this.bio.fill(details.bio);
    if (details.livedExperience !== undefined) {
      await this.livedExperience(details.livedExperience).check();
    }
  }
}
