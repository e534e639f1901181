import { graphql } from './api';
import { DEMO_PASSWORD } from './pages/sign-in.page';

/**
 * Setting up and putting back what the cross-seating journey changes, through the API as the
 * secretariat. The journey changes demo memberships that other tests read, so it runs while it
 * holds the demo members' lock, and puts every one of them back as seeded before letting go.
 */

interface MembershipRow {
  id: string;
  seat: string;
  role: string;
  startsOn: string;
  endsOn: string | null;
  version: number;
  body: { slug: string };
  fromBody: { slug: string } | null;
}

const PERSON_FIELDS = `id fullName memberships { id seat role startsOn endsOn version body { slug } fromBody { slug } }`;

async function asSecretariat<T>(work: (token: string) => Promise<T>): Promise<T> {
  const { login } = await graphql<{ login: { token: string } }>(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email: 'secretariat@example.org', password: DEMO_PASSWORD },
  );
  try {
    return await work(login.token);
  } finally {
    await graphql('mutation { logout }', {}, login.token);
  }
}

async function personByEmail(email: string, token: string) {
  const { people } = await graphql<{
    people: { edges: { node: { email: string; id: string } }[] };
  }>(
    'query($search: String) { people(search: $search, first: 5) { edges { node { id email } } } }',
    { search: email },
    token,
  );
  const found = people.edges.find((edge) => edge.node.email === email)?.node;
  if (!found) throw new Error(`No person with the email ${email}`);
  const { person } = await graphql<{
    person: { id: string; fullName: string; memberships: MembershipRow[] };
  }>(`query($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`, { id: found.id }, token);
  return person;
}

async function bodyId(slug: string, token: string): Promise<string> {
  const { body } = await graphql<{ body: { id: string } | null }>(
    'query($slug: String) { body(slug: $slug) { id } }',
    { slug },
    token,
  );
  if (!body) throw new Error(`No body ${slug}`);
  return body.id;
}

/**
 * A new member of the Experts by Experience Board, named in full to the public, for the journey
 * to appoint to a cross-seat: `fullName` is their name, unique to the run and the project.
 */
export async function addBoardMember(fullName: string, email: string): Promise<void> {
  await asSecretariat(async (token) => {
    const { createPerson } = await graphql<{ createPerson: { id: string } }>(
      'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
      { input: { fullName, email, livedExperience: true } },
      token,
    );
    await graphql(
      'mutation($id: ID!, $input: PublicDisplayInput!) { recordPublicDisplay(personId: $id, input: $input) { id } }',
      {
        id: createPerson.id,
        input: { choice: 'FULL_NAME', showLivedExperience: false, effectiveOn: '2025-01-06' },
      },
      token,
    );
    await graphql(
      'mutation($input: AppointmentInput!) { appointMember(input: $input) { id } }',
      {
        input: {
          personId: createPerson.id,
          bodyId: await bodyId('experts-by-experience-board', token),
          role: 'MEMBER',
          startsOn: '2025-01-06',
        },
      },
      token,
    );
  });
}

const PUT_BACK = 'Browser test: putting the demo data back as it was';

/**
 * Puts back what a journey changed: every membership of the member added for it is removed
 * (their cross-seat first, which frees the seat), and the demo member whose memberships were
 * ended (all open-ended when seeded) gets them back open-ended, the board membership before the
 * cross-seat that rests on it. Safe to run whatever the journey got to.
 */
export async function putBack(addedEmail: string, endedEmail?: string): Promise<void> {
  await asSecretariat(async (token) => {
    const added = await personByEmail(addedEmail, token).catch(() => null);
    const theirs = [...(added?.memberships ?? [])].sort(
      (a, b) => Number(b.seat === 'CROSS_SEAT') - Number(a.seat === 'CROSS_SEAT'),
    );
    for (const membership of theirs) {
      // Removing the cross-seat first; removing the board membership would cancel it anyway.
      const { membership: current } = await graphql<{ membership: MembershipRow | null }>(
        `
          query ($id: ID!) {
            membership(id: $id) {
              id
              version
            }
          }
        `,
        { id: membership.id },
        token,
      );
      if (!current) continue;
      await graphql(
        'mutation($id: ID!, $reason: String!, $v: Int!) { removeMembership(id: $id, reason: $reason, expectedVersion: $v) { sessionsEnded } }',
        { id: current.id, reason: PUT_BACK, v: current.version },
        token,
      );
    }
    if (!endedEmail) return;
    // The board membership first: the cross-seat rests on it.
    const ended = await personByEmail(endedEmail, token);
    const order = [...ended.memberships].sort(
      (a, b) => Number(a.seat === 'CROSS_SEAT') - Number(b.seat === 'CROSS_SEAT'),
    );
    for (const membership of order) {
      if (membership.endsOn === null) continue;
      const { person } = await graphql<{ person: { memberships: MembershipRow[] } }>(
        `query($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`,
        { id: ended.id },
        token,
      );
      const current = person.memberships.find((m) => m.id === membership.id);
      if (!current || current.endsOn === null) continue;
      await graphql(
        'mutation($id: ID!, $input: CorrectMembershipInput!, $v: Int!) { correctMembership(id: $id, input: $input, expectedVersion: $v) { sessionsEnded } }',
        {
          id: current.id,
          input: { role: current.role, startsOn: current.startsOn, endsOn: null, reason: PUT_BACK },
          v: current.version,
        },
        token,
      );
    }
  });
}
