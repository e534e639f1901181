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

/** A session token for `email` (a demo account, or one a test made, with the demo password). */
export async function tokenOf(email: string): Promise<string> {
  const { login } = await graphql<{ login: { token: string } }>(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password: DEMO_PASSWORD },
  );
  return login.token;
}

/** Runs `work` with a session of the secretariat's, signed out afterwards however it ends. */
export async function asSecretariat<T>(work: (token: string) => Promise<T>): Promise<T> {
  const token = await tokenOf('secretariat@example.org');
  try {
    return await work(token);
  } finally {
    await graphql('mutation { logout }', {}, token);
  }
}

/** The id of the person with the email address `email`, asked as staff (`token`). */
export async function personIdByEmail(email: string, token: string): Promise<string> {
  const { people } = await graphql<{
    people: { edges: { node: { id: string; email: string } }[] };
  }>(
    'query($search: String) { people(search: $search, first: 5) { edges { node { id email } } } }',
    { search: email },
    token,
  );
  const person = people.edges.find((edge) => edge.node.email === email)?.node;
  if (!person) throw new Error(`No person with the email ${email}`);
  return person.id;
}

/** Has the secretariat email `email`'s person an invitation to set a password. */
export async function inviteByEmail(email: string): Promise<void> {
  await asSecretariat(async (token) => {
    await graphql(
      'mutation($id: ID!) { invitePerson(personId: $id) { id } }',
      { id: await personIdByEmail(email, token) },
      token,
    );
  });
}
