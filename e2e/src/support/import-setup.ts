import { DEMO_PASSWORD } from './pages/sign-in.page';

/** The API of the portal under test, for what the import journey needs to exist beforehand. */
const API_URL = `http://127.0.0.1:${process.env['E2E_API_PORT'] ?? 3433}/graphql`;

async function graphql<T>(query: string, variables: object, token?: string): Promise<T> {
  const response = await fetch(API_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const payload = (await response.json()) as { data?: T; errors?: unknown[] };
  if (payload.errors?.length || !payload.data) {
    throw new Error(`API error: ${JSON.stringify(payload.errors)}`);
  }
  return payload.data;
}

async function signInSecretariat(): Promise<string> {
  const { login } = await graphql<{ login: { token: string } }>(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email: 'secretariat@example.org', password: DEMO_PASSWORD },
  );
  return login.token;
}

/** A person the import journey added, and how to take their memberships away again. */
export interface ImportedPerson {
  readonly id: string;
  /** Removes every membership the person has (as recorded in error), so demo bodies are as before. */
  readonly removeMemberships: () => Promise<void>;
}

/**
 * Has the secretariat add a person (no memberships) who agreed to be shown by full name, as
 * the people named in an import file must already be in the portal.
 */
export async function addPersonShownByName(
  fullName: string,
  email: string,
): Promise<ImportedPerson> {
  const token = await signInSecretariat();
  const { createPerson } = await graphql<{ createPerson: { id: string } }>(
    'mutation($input: PersonInput!) { createPerson(input: $input) { id } }',
    { input: { fullName, email, livedExperience: false } },
    token,
  );
  await graphql(
    'mutation($id: ID!) { recordPublicDisplay(personId: $id, input: { choice: FULL_NAME, showLivedExperience: false, effectiveOn: "2020-01-01" }) { id } }',
    { id: createPerson.id },
    token,
  );
  await graphql('mutation { logout }', {}, token);
  const id = createPerson.id;
  return {
    id,
    removeMemberships: async () => {
      const session = await signInSecretariat();
      const { person } = await graphql<{
        person: { memberships: { id: string; version: number }[] } | null;
      }>('query($id: ID!) { person(id: $id) { memberships { id version } } }', { id }, session);
      for (const membership of person?.memberships ?? []) {
        await graphql(
          'mutation($id: ID!, $version: Int!) { removeMembership(id: $id, expectedVersion: $version, reason: "Browser test clean-up") { sessionsEnded } }',
          { id: membership.id, version: membership.version },
          session,
        );
      }
      await graphql('mutation { logout }', {}, session);
    },
  };
}
