import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { HARNESS_PASSWORD, outcomeOf, startApi, type ApiHarness } from './testing/api-harness';

describe('the API in production mode (real PostgreSQL)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi({
      NODE_ENV: 'production',
      DEMO_MODE: 'false',
      REQUIRE_STAFF_TOTP: 'true',
      TOTP_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    });
  });
  afterAll(() => api?.close());

  it('refuses introspection', async () => {
    const result = await api.graphql('{ __schema { queryType { name } } }');
    expect(result.data?.['__schema']).toBeUndefined();
    expect(outcomeOf(result)).toBe('BAD_USER_INPUT');
  });

  it('still answers ordinary queries', async () => {
    const result = await api.graphql('{ bodies { slug } }');
    expect(outcomeOf(result)).toBe('ok');
  });

  it('sets a Secure, __Host- prefixed, HttpOnly, SameSite=Lax session cookie', async () => {
    const response = await request(api.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({
        query:
          'mutation ($password: String!) { login(email: "member@example.org", password: $password) { expiresAt } }',
        variables: { password: HARNESS_PASSWORD },
      });
    const cookie = response.headers['set-cookie']?.[0] ?? '';
    expect(cookie).toMatch(/^__Host-boards_session=[A-Za-z0-9_-]{43}; Path=\/; Expires=/);
    expect(cookie).toMatch(/; HttpOnly; Secure; SameSite=Lax$/);
    expect(cookie).not.toMatch(/Domain=/i);
  });
});
