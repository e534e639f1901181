import { loadConfig } from './config.server';

describe('loadConfig', () => {
  it('defaults the API to the local development address', () => {
    expect(loadConfig({})).toEqual({ API_URL: 'http://localhost:3333/graphql' });
  });

  it('reads API_URL and FEEDBACK_URL', () => {
    expect(
      loadConfig({
        API_URL: 'http://127.0.0.1:3433/graphql',
        FEEDBACK_URL: 'https://forms.example.org/boards-portal',
      }),
    ).toEqual({
      API_URL: 'http://127.0.0.1:3433/graphql',
      FEEDBACK_URL: 'https://forms.example.org/boards-portal',
    });
  });

  it('names every bad variable and its value', () => {
    expect(() =>
      loadConfig({ API_URL: 'localhost:3333', FEEDBACK_URL: 'javascript:alert(1)' }),
    ).toThrow(
      'Invalid configuration: API_URL must be an http:// or https:// URL (got "localhost:3333"); FEEDBACK_URL must be an http:// or https:// URL (got "javascript:alert(1)")',
    );
  });
});
