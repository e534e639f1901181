import { ConfigError, loadApiConfig } from './env';

const valid = { DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:54329/boards' };

describe('loadApiConfig', () => {
  it('applies defaults to a minimal environment', () => {
    expect(loadApiConfig(valid)).toMatchObject({
      NODE_ENV: 'development',
      API_PORT: 3333,
      RUN_MIGRATIONS: true,
      GRAPHQL_MAX_DEPTH: 10,
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadApiConfig({ ...valid, API_PORT: '' }).API_PORT).toBe(3333);
  });

  it.each([
    [{ API_PORT: 'abc' }, 'API_PORT must be a whole number from 1 to 65535 (got "abc")'],
    [{ API_PORT: '70000' }, 'API_PORT must be a whole number from 1 to 65535 (got "70000")'],
    [{ API_PORT: '33.5' }, 'API_PORT must be a whole number from 1 to 65535'],
    [
      { DATABASE_URL: 'not a url' },
      'DATABASE_URL must be a URL like postgres://user:password@host:5432/database (value hidden)',
    ],
    [
      { DATABASE_URL: 'mysql://root@localhost/boards' },
      'DATABASE_URL must start with postgres:// or postgresql://',
    ],
    [{ DATABASE_URL: 'postgres://localhost:5432' }, 'DATABASE_URL must name a database'],
    [{ DATABASE_URL: 'postgres://localhost:99999/boards' }, 'DATABASE_URL'],
    [{ DATABASE_URL: undefined }, 'DATABASE_URL'],
    [{ RUN_MIGRATIONS: 'yes' }, 'RUN_MIGRATIONS must be true or false (got "yes")'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV must be development, test or production'],
  ])('refuses %o with one clear line', (override, message) => {
    const run = () => loadApiConfig({ ...valid, ...override });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(message);
    try {
      run();
    } catch (error) {
      expect((error as Error).message).not.toContain('\n');
      expect((error as Error).message).not.toContain('secret');
    }
  });

  it('refuses the published demo password in production', () => {
    expect(() =>
      loadApiConfig({ ...valid, NODE_ENV: 'production', DEMO_PASSWORD: 'boards-demo-password' }),
    ).toThrow('DEMO_PASSWORD must not be the published demo password in production');
  });
});
