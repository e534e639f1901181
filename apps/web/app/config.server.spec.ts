import { DEFAULT_PAPER_MAX_BYTES, DEVELOPMENT_SESSION_SECRET, loadConfig } from './config.server';

const SECRET = 'a-production-secret-of-at-least-32-characters';

describe('loadConfig', () => {
  it('defaults to development against the local API, with the development secret', () => {
    expect(loadConfig({})).toEqual({
      NODE_ENV: 'development',
      API_URL: 'http://localhost:3333/graphql',
      SESSION_SECRETS: [DEVELOPMENT_SESSION_SECRET],
      SECURE_COOKIES: false,
      PAPER_MAX_BYTES: DEFAULT_PAPER_MAX_BYTES,
      CONTACT_EMAIL: 'boards-secretariat@example.org',
    });
  });

  it('reads PAPER_MAX_BYTES as the API does, a whole number of bytes', () => {
    expect(DEFAULT_PAPER_MAX_BYTES).toBe(26_214_400);
    expect(loadConfig({ PAPER_MAX_BYTES: '1048576' }).PAPER_MAX_BYTES).toBe(1_048_576);
    for (const bad of ['0', '25MB', '1.5', '2147483648']) {
      expect(() => loadConfig({ PAPER_MAX_BYTES: bad })).toThrow(
        'PAPER_MAX_BYTES must be a whole number from 1 to 1073741824',
      );
    }
  });

  it('reads API_URL and FEEDBACK_URL', () => {
    expect(
      loadConfig({
        API_URL: 'http://127.0.0.1:3433/graphql',
        FEEDBACK_URL: 'https://forms.example.org/boards-portal',
      }),
    ).toMatchObject({
      API_URL: 'http://127.0.0.1:3433/graphql',
      FEEDBACK_URL: 'https://forms.example.org/boards-portal',
    });
  });

  it('reads the secretariat’s contact details', () => {
    expect(
      loadConfig({ CONTACT_EMAIL: 'boards@review.example', CONTACT_PHONE: '+44 20 7946 0000' }),
    ).toMatchObject({ CONTACT_EMAIL: 'boards@review.example', CONTACT_PHONE: '+44 20 7946 0000' });
    expect(() => loadConfig({ CONTACT_EMAIL: 'not an address', CONTACT_PHONE: 'call us' })).toThrow(
      'CONTACT_EMAIL must be an email address (got "not an address"); CONTACT_PHONE must be a phone number (got "call us")',
    );
  });

  it('names every bad variable and its value', () => {
    expect(() =>
      loadConfig({ API_URL: 'localhost:3333', FEEDBACK_URL: 'javascript:alert(1)' }),
    ).toThrow(
      'Invalid configuration: API_URL must be an http:// or https:// URL (got "localhost:3333"); FEEDBACK_URL must be an http:// or https:// URL (got "javascript:alert(1)")',
    );
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ FEEDBACK_URL: '', SESSION_SECRET: '' })).not.toHaveProperty('FEEDBACK_URL');
  });

  describe('in production', () => {
    it('needs a SESSION_SECRET', () => {
      expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
        'Invalid configuration: SESSION_SECRET must be set in production (not set)',
      );
    });

    it('refuses the development secret without showing the value', () => {
      expect(() =>
        loadConfig({ NODE_ENV: 'production', SESSION_SECRET: DEVELOPMENT_SESSION_SECRET }),
      ).toThrow(
        'Invalid configuration: SESSION_SECRET must not be the development secret in production (value hidden)',
      );
    });

    it('uses secure cookies unless told otherwise', () => {
      expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET })).toMatchObject({
        SESSION_SECRETS: [SECRET],
        SECURE_COOKIES: true,
      });
      expect(
        loadConfig({ NODE_ENV: 'production', SESSION_SECRET: SECRET, SECURE_COOKIES: 'false' }),
      ).toMatchObject({ SECURE_COOKIES: false });
    });
  });

  it('takes several secrets separated by commas, the first signing', () => {
    expect(loadConfig({ SESSION_SECRET: `${SECRET}, ${SECRET}-old` })).toMatchObject({
      SESSION_SECRETS: [SECRET, `${SECRET}-old`],
    });
  });

  it('refuses a short secret', () => {
    expect(() => loadConfig({ SESSION_SECRET: 'short' })).toThrow(
      'SESSION_SECRET must be at least 32 characters (each one, when several are separated by commas) (value hidden)',
    );
  });
});
