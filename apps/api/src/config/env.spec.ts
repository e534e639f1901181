import path from 'node:path';
import { DEV_TOTP_ENCRYPTION_KEY } from '@boards/api/identity';
import {
  ConfigError,
  loadApiConfig,
  mailDirectory,
  outboxIntervalSeconds,
  papersDirectory,
} from './env';

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
    [{ REQUIRE_STAFF_TOTP: 'no' }, 'REQUIRE_STAFF_TOTP must be true or false (got "no")'],
    [{ DEMO_MODE: 'on' }, 'DEMO_MODE must be true or false (got "on")'],
    [{ TOTP_ENCRYPTION_KEY: 'secret-but-short' }, 'TOTP_ENCRYPTION_KEY must be 32 bytes in base64'],
    [
      { TOTP_ENCRYPTION_KEY: Buffer.alloc(16, 'secret').toString('base64') },
      'TOTP_ENCRYPTION_KEY must be 32 bytes in base64 (make one with: openssl rand -base64 32) (value hidden)',
    ],
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
      loadApiConfig({
        ...valid,
        NODE_ENV: 'production',
        DEMO_PASSWORD: 'boards-demo-password',
        TOTP_ENCRYPTION_KEY: Buffer.alloc(32, 1).toString('base64'),
      }),
    ).toThrow('DEMO_PASSWORD must not be the published demo password in production');
  });

  it('requires staff to use a second factor unless told otherwise in demo mode', () => {
    expect(loadApiConfig(valid)).toMatchObject({ REQUIRE_STAFF_TOTP: true, DEMO_MODE: false });
    expect(() => loadApiConfig({ ...valid, REQUIRE_STAFF_TOTP: 'false' })).toThrow(
      'REQUIRE_STAFF_TOTP may be false only when DEMO_MODE is true',
    );
    expect(
      loadApiConfig({ ...valid, REQUIRE_STAFF_TOTP: 'false', DEMO_MODE: 'true' }),
    ).toMatchObject({ REQUIRE_STAFF_TOTP: false, DEMO_MODE: true });
    expect(loadApiConfig({ ...valid, DEMO_MODE: 'true' }).REQUIRE_STAFF_TOTP).toBe(true);
  });

  it('uses the published TOTP key outside production and refuses it in production', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(loadApiConfig(valid).TOTP_ENCRYPTION_KEY).toBe(DEV_TOTP_ENCRYPTION_KEY);
    expect(loadApiConfig({ ...valid, TOTP_ENCRYPTION_KEY: key }).TOTP_ENCRYPTION_KEY).toBe(key);
    const production = { ...valid, NODE_ENV: 'production' };
    const message = 'TOTP_ENCRYPTION_KEY must be set to a key of your own in production';
    expect(() => loadApiConfig(production)).toThrow(ConfigError);
    expect(() => loadApiConfig(production)).toThrow(message);
    expect(() =>
      loadApiConfig({ ...production, TOTP_ENCRYPTION_KEY: DEV_TOTP_ENCRYPTION_KEY }),
    ).toThrow(message);
    expect(loadApiConfig({ ...production, TOTP_ENCRYPTION_KEY: key }).NODE_ENV).toBe('production');
  });
});

describe('mail and account lifecycle settings', () => {
  const load = (override: Record<string, string | undefined> = {}) =>
    loadApiConfig({ ...valid, ...override });

  it('writes dev emails as files under .data/mail, with links to the local web app', () => {
    const config = load();
    expect(config).toMatchObject({
      MAIL_TRANSPORT: 'file',
      MAIL_FROM: 'Boards portal <no-reply@localhost>',
      WEB_ORIGIN: 'http://localhost:3000',
      INVITATION_TTL_HOURS: 168,
      PASSWORD_RESET_TTL_MINUTES: 60,
    });
    expect(mailDirectory(config)).toBe(path.resolve('.data', 'mail'));
    expect(mailDirectory(load({ DATA_DIR: '/srv/boards' }))).toBe('/srv/boards/mail');
    expect(mailDirectory(load({ DATA_DIR: '/srv/boards', MAIL_DIR: '/var/mail/boards' }))).toBe(
      '/var/mail/boards',
    );
  });

  it('runs the outbox sender every 10 seconds, except under test unless asked', () => {
    expect(outboxIntervalSeconds(load())).toBe(10);
    expect(outboxIntervalSeconds(load({ NODE_ENV: 'test' }))).toBe(0);
    expect(outboxIntervalSeconds(load({ NODE_ENV: 'test', OUTBOX_INTERVAL_SECONDS: '2' }))).toBe(2);
    expect(outboxIntervalSeconds(load({ OUTBOX_INTERVAL_SECONDS: '0' }))).toBe(0);
  });

  it('keeps only the origin of WEB_ORIGIN', () => {
    expect(load({ WEB_ORIGIN: 'https://boards.example.org/' }).WEB_ORIGIN).toBe(
      'https://boards.example.org',
    );
  });

  it('sends through SMTP when asked, and allows the file transport in production', () => {
    const smtp = load({ MAIL_TRANSPORT: 'smtp', SMTP_URL: 'smtps://u:p@mail.example.org:465' });
    expect(smtp.SMTP_URL).toBe('smtps://u:p@mail.example.org:465');
    const production = load({
      NODE_ENV: 'production',
      TOTP_ENCRYPTION_KEY: Buffer.alloc(32, 3).toString('base64'),
    });
    expect(production.MAIL_TRANSPORT).toBe('file');
  });

  it.each([
    [{ MAIL_TRANSPORT: 'smtp' }, 'SMTP_URL must be set when MAIL_TRANSPORT is smtp'],
    [{ MAIL_TRANSPORT: 'sendmail' }, 'MAIL_TRANSPORT must be file or smtp (got "sendmail")'],
    [
      { SMTP_URL: 'http://user:hunter2@mail.example.org' },
      'SMTP_URL must be a URL like smtp://user:password@host:587 (value hidden)',
    ],
    [{ MAIL_FROM: 'nobody' }, 'MAIL_FROM must be an address like no-reply@example.org'],
    [{ MAIL_FROM: 'A <a@example.org>\r\nBcc: b@example.org' }, 'MAIL_FROM must be an address'],
    [{ WEB_ORIGIN: 'localhost:3000' }, 'WEB_ORIGIN must be an http or https origin'],
    [{ WEB_ORIGIN: 'https://example.org/portal' }, 'WEB_ORIGIN must be an http or https origin'],
    [{ WEB_ORIGIN: 'javascript:alert(1)' }, 'WEB_ORIGIN must be an http or https origin'],
    [{ OUTBOX_INTERVAL_SECONDS: '-1' }, 'OUTBOX_INTERVAL_SECONDS must be a whole number from 0'],
    [{ OUTBOX_INTERVAL_SECONDS: '1.5' }, 'OUTBOX_INTERVAL_SECONDS must be a whole number from 0'],
    [{ INVITATION_TTL_HOURS: '0' }, 'INVITATION_TTL_HOURS must be a whole number from 1 to 720'],
    [{ PASSWORD_RESET_TTL_MINUTES: 'soon' }, 'PASSWORD_RESET_TTL_MINUTES must be a whole number'],
  ])('refuses %o with one clear line', (override, message) => {
    const run = () => load(override);
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(message);
    try {
      run();
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2');
      expect((error as Error).message).not.toContain('\n');
    }
  });
});

describe('papers settings', () => {
  const load = (override: Record<string, string | undefined> = {}) =>
    loadApiConfig({ ...valid, ...override });

  it('keeps papers under <DATA_DIR>/papers, up to 25 MB each, unless told otherwise', () => {
    const config = load();
    expect(config.PAPER_MAX_BYTES).toBe(26_214_400);
    expect(papersDirectory(config)).toBe(path.resolve('.data', 'papers'));
    expect(papersDirectory(load({ DATA_DIR: '/srv/boards' }))).toBe('/srv/boards/papers');
    expect(papersDirectory(load({ DATA_DIR: '/srv/boards', PAPERS_DIR: '/var/papers' }))).toBe(
      '/var/papers',
    );
    expect(load({ PAPER_MAX_BYTES: '1048576' }).PAPER_MAX_BYTES).toBe(1_048_576);
  });

  it.each([
    [{ PAPER_MAX_BYTES: '0' }, 'PAPER_MAX_BYTES must be a whole number from 1 to 1073741824'],
    [{ PAPER_MAX_BYTES: '25MB' }, 'PAPER_MAX_BYTES must be a whole number from 1 to 1073741824'],
    [{ PAPER_MAX_BYTES: '2147483648' }, 'PAPER_MAX_BYTES must be a whole number'],
  ])('refuses %o with one clear line', (override, message) => {
    expect(() => load(override)).toThrow(ConfigError);
    expect(() => load(override)).toThrow(message);
  });
});
