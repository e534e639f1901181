import { DEMO_PASSWORD } from './pages/sign-in.page';

/** The API of the portal under test, for setting up what a browser test needs. */
const API_URL = `http://127.0.0.1:${process.env['E2E_API_PORT'] ?? 3433}/graphql`;

export async function graphql<T>(query: string, variables: object, token?: string): Promise<T> {
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

/** Has the secretariat email `email`'s person an invitation to set a password. */
export async function inviteByEmail(email: string): Promise<void> {
  const { login } = await graphql<{ login: { token: string } }>(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email: 'secretariat@example.org', password: DEMO_PASSWORD },
  );
  const { people } = await graphql<{
    people: { edges: { node: { id: string; email: string } }[] };
  }>(
    'query($search: String) { people(search: $search, first: 5) { edges { node { id email } } } }',
    { search: email },
    login.token,
  );
  const person = people.edges.find((edge) => edge.node.email === email)?.node;
  if (!person) throw new Error(`No person with the email ${email}`);
  await graphql(
    'mutation($id: ID!) { invitePerson(personId: $id) { id } }',
    { id: person.id },
    login.token,
  );
  await graphql('mutation { logout }', {}, login.token);
}
