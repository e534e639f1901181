import { graphql } from './api';
import { DEMO_PASSWORD } from './pages/sign-in.page';

/**
 * The ids of demo people, asked of the API as the secretariat, so that tests can check that a
 * public page carries no trace of someone who is hidden or not named.
 */
export async function personIdByEmail(email: string): Promise<string> {
  const { login } = await graphql<{ login: { token: string } }>(
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email: 'secretariat@example.org', password: DEMO_PASSWORD },
  );
  try {
    const { people } = await graphql<{
      people: { edges: { node: { id: string; email: string } }[] };
    }>(
      'query($search: String) { people(search: $search, first: 5) { edges { node { id email } } } }',
      { search: email },
      login.token,
    );
    const person = people.edges.find((edge) => edge.node.email === email)?.node;
    if (!person) throw new Error(`No person with the email ${email}`);
    return person.id;
  } finally {
    await graphql('mutation { logout }', {}, login.token);
  }
}
