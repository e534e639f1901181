import type { TestInfo } from '@playwright/test';
import { Client } from 'pg';
import { graphql, tokenOf } from './api';
import { waitForEmailLink } from './mailbox';
import { DEMO_PASSWORD } from './pages/sign-in.page';

/**
 * Bodies, people and memberships a browser test makes for itself through the API, as the
 * secretariat, so that it changes nothing another test reads: the demo data stays as seeded,
 * and no test waits on another. Every name carries the test's own mark (see OWN_MARK), by which
 * tests that read whole lists (who sits where, every public page) can tell others' data apart.
 */

/** What every name a test makes for itself contains: "e2e-" then the test's own letters. */
export const OWN_MARK = /\be2e-[a-z0-9-]+/;

/** The portal's embedded PostgreSQL, as tools/start/database.ts starts it for the browser tests. */
export const EMBEDDED_DATABASE_URL = `postgres://postgres:boards-local@127.0.0.1:${process.env['E2E_PG_PORT'] ?? 54339}/boards`;

/** The first day of the bodies and memberships a test makes: a Monday before any test runs. */
export const OWN_START = '2025-01-06';

export type DisplayChoice = 'FULL_NAME' | 'FIRST_NAME_INITIAL' | 'ANONYMOUS' | 'HIDDEN';

export interface OwnBody {
  readonly id: string;
  readonly name: string;
  readonly slug: string;
}

export interface OwnPerson {
  readonly id: string;
  readonly fullName: string;
  readonly email: string;
}

export interface NewPerson {
  /** A name: the test's mark is added to it. */
  readonly name: string;
  readonly livedExperience?: boolean;
  /** How the public sees them (full name unless said). */
  readonly choice?: DisplayChoice;
  readonly affiliation?: string;
}

export interface Appointment {
  readonly role?: 'CHAIR' | 'VICE_CHAIR' | 'MEMBER' | 'OBSERVER';
  readonly startsOn?: string;
  /** For a cross-seat: the body whose membership it rests on. */
  readonly fromBody?: OwnBody;
}

export class OwnData {
  private constructor(
    /** The test's own mark, as added to every name: "e2e-js-m4k2x9a". */
    readonly mark: string,
    private readonly token: string,
  ) {}

  /** Signs the secretariat in to the API for one test; `close` signs it out. */
  static async open(testInfo: TestInfo): Promise<OwnData> {
    const project = testInfo.project.name === 'javascript' ? 'js' : 'nojs';
    const unique = `${Date.now().toString(36)}${Math.floor(Math.random() * 36 ** 3).toString(36)}`;
    return new OwnData(`e2e-${project}-${unique}`, await tokenOf('secretariat@example.org'));
  }

  async close(): Promise<void> {
    await graphql('mutation { logout }', {}, this.token);
  }

  /** `name` with the test's mark: "Research Group e2e-js-m4k2x9a". */
  named(name: string): string {
    return `${name} ${this.mark}`;
  }

  /** A board or group of the test's own, established on OWN_START. */
  async body(name: string, kind: 'BOARD' | 'GROUP'): Promise<OwnBody> {
    const fullName = this.named(name);
    const slug = fullName.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const { createBody } = await this.ask<{ createBody: { id: string; slug: string } }>(
      'mutation($input: BodyInput!) { createBody(input: $input) { id slug } }',
      {
        input: {
          name: fullName,
          slug,
          kind,
          purpose: `A ${kind.toLowerCase()} one browser test made for itself.`,
          establishedOn: OWN_START,
        },
      },
    );
    return { id: createBody.id, name: fullName, slug: createBody.slug };
  }

  /** A person of the test's own, with an email address of their own and a display choice. */
  async person({
    name,
    livedExperience = false,
    choice = 'FULL_NAME',
    affiliation,
  }: NewPerson): Promise<OwnPerson> {
    const fullName = this.named(name);
    const email = `${fullName.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.org`;
    const { createPerson } = await this.ask<{ createPerson: { id: string } }>(
      'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
      { input: { fullName, email, livedExperience, ...(affiliation ? { affiliation } : {}) } },
    );
    await this.ask(
      'mutation($id: ID!, $input: PublicDisplayInput!) { recordPublicDisplay(personId: $id, input: $input) { id } }',
      {
        id: createPerson.id,
        input: { choice, showLivedExperience: livedExperience, effectiveOn: OWN_START },
      },
    );
    return { id: createPerson.id, fullName, email };
  }

  /** Appoints `person` to `body` (a member from OWN_START, open-ended, unless said). */
  async appoint(person: OwnPerson, body: OwnBody, appointment: Appointment = {}): Promise<void> {
    await this.ask('mutation($input: AppointmentInput!) { appointMember(input: $input) { id } }', {
      input: {
        personId: person.id,
        bodyId: body.id,
        role: appointment.role ?? 'MEMBER',
        startsOn: appointment.startsOn ?? OWN_START,
        ...(appointment.fromBody ? { fromBodyId: appointment.fromBody.id } : {}),
      },
    });
  }

  /**
   * Asks that `seats` members of `from` sit on `on`, as they have since OWN_START. The portal
   * sets a rule from today at the earliest (a change never rewrites past compliance), so the
   * rule is set through the API and then dated back in the database, as a rule of long standing.
   */
  async crossSeats(from: OwnBody, on: OwnBody, seats: number): Promise<void> {
    const { setCrossSeatRule } = await this.ask<{ setCrossSeatRule: { id: string } }>(
      'mutation($input: CrossSeatRuleInput!) { setCrossSeatRule(input: $input) { id } }',
      { input: { fromBodyId: from.id, targetBodyId: on.id, minSeats: seats, maxSeats: seats } },
    );
    const database = new Client({ connectionString: EMBEDDED_DATABASE_URL });
    await database.connect();
    try {
      await database.query(
        'UPDATE cross_seat_rule_version SET effective_from = $2 WHERE rule_id = $1',
        [setCrossSeatRule.id, OWN_START],
      );
    } finally {
      await database.end();
    }
  }

  /**
   * Gives `person` an account that signs in with the demo password: the secretariat invites
   * them, and they follow the emailed link (through the API, as the test is about something else).
   */
  async account(person: OwnPerson): Promise<void> {
    const since = new Date(Date.now() - 1000);
    await this.ask('mutation($id: ID!) { invitePerson(personId: $id) { id } }', { id: person.id });
    const link = await waitForEmailLink(person.email, '/accept-invitation', since);
    const token = new URL(link, 'http://localhost').searchParams.get('token');
    const { acceptInvitation } = await graphql<{ acceptInvitation: { token: string } }>(
      'mutation($token: String!, $password: String!) { acceptInvitation(token: $token, password: $password) { token } }',
      { token, password: DEMO_PASSWORD },
    );
    await graphql('mutation { logout }', {}, acceptInvitation.token);
  }

  private ask<T>(query: string, variables: object): Promise<T> {
    return graphql<T>(query, variables, this.token);
  }
}
