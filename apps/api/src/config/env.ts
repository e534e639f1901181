import path from 'node:path';
import { z } from 'zod';
import { DEMO_PASSWORD_DEFAULT, DEV_TOTP_ENCRYPTION_KEY } from '@boards/api/identity';
import { DEFAULT_PAPER_MAX_BYTES, paperStorageDirectory } from '@boards/api/papers';
import {
  describeEnvIssues,
  envFlag,
  portSchema,
  postgresUrlSchema,
} from '@boards/shared/contracts';

/** 32 bytes in standard base64, as `openssl rand -base64 32` prints them. */
const base64Key32 = z
  .string()
  .refine(
    (value) => /^[A-Za-z0-9+/]{43}=?$/.test(value) && Buffer.from(value, 'base64').length === 32,
    'must be 32 bytes in base64 (make one with: openssl rand -base64 32)',
  );

function isWebOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (
      (url.protocol === 'http:' || url.protocol === 'https:') &&
      url.pathname === '/' &&
      !url.search &&
      !url.hash &&
      !url.username
    );
  } catch {
    return false;
  }
}

const wholeNumber = (max: number) =>
  z.coerce
    .number({ error: `must be a whole number from 0 to ${max}` })
    .int(`must be a whole number from 0 to ${max}`)
    .min(0, `must be a whole number from 0 to ${max}`)
    .max(max, `must be a whole number from 0 to ${max}`);

const positiveInt = (max: number) =>
  z.coerce
    .number({ error: `must be a whole number from 1 to ${max}` })
    .int()
    .min(1)
    .max(max);

export const apiEnvSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'test', 'production'], {
      error: 'must be development, test or production',
    })
    .default('development'),
  API_PORT: portSchema.default(3333),
  /** Address the API listens on; loopback unless deployed behind a proxy. */
  API_HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: postgresUrlSchema,
  DATABASE_LOG: z
    .enum(['all', 'errors', 'none'], { error: 'must be all, errors or none' })
    .default('errors'),
  DATABASE_POOL_SIZE: positiveInt(200).default(10),
  RUN_MIGRATIONS: envFlag.default(true),
  GRAPHQL_MAX_DEPTH: positiveInt(50).default(10),
  GRAPHQL_MAX_COMPLEXITY: positiveInt(100_000).default(2_000),
  SESSION_IDLE_MINUTES: positiveInt(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: positiveInt(24 * 30).default(12),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt(1000).default(5),
  LOGIN_MAX_FAILURES_PER_ADDRESS: positiveInt(100_000).default(50),
  LOGIN_THROTTLE_WINDOW_MINUTES: positiveInt(24 * 60).default(15),
  /** Which proxies may set X-Forwarded-For (the web server runs on loopback). Express syntax. */
  TRUST_PROXY: z.string().min(1).default('loopback'),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default(DEMO_PASSWORD_DEFAULT),
  /** The portal runs for demonstration (demo data, published passwords); relaxes REQUIRE_STAFF_TOTP. */
  DEMO_MODE: envFlag.default(false),
  /** Secretariat and admin accounts must use a TOTP second factor; may be false only in demo mode. */
  REQUIRE_STAFF_TOTP: envFlag.default(true),
  /** Key that TOTP secrets are encrypted under; production must set its own. */
  TOTP_ENCRYPTION_KEY: base64Key32.default(DEV_TOTP_ENCRYPTION_KEY),
  /** Where local state lives (the embedded PostgreSQL, dev emails, papers' files); relative to the working directory. */
  DATA_DIR: z.string().min(1).default('.data'),
  /** Where papers' files are kept; `<DATA_DIR>/papers` when unset. */
  PAPERS_DIR: z.string().min(1).optional(),
  /** The largest paper file accepted, in bytes: 25 MB by default, at most 1 GB. */
  PAPER_MAX_BYTES: positiveInt(1024 * 1024 * 1024).default(DEFAULT_PAPER_MAX_BYTES),
  /** How email leaves: `file` writes .eml files into MAIL_DIR, `smtp` sends through SMTP_URL. */
  MAIL_TRANSPORT: z.enum(['file', 'smtp'], { error: 'must be file or smtp' }).default('file'),
  /** Directory of the file transport; `<DATA_DIR>/mail` when unset. */
  MAIL_DIR: z.string().min(1).optional(),
  /** smtp://user:password@host:587 (STARTTLS) or smtps://user:password@host:465; needed for smtp. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/\S+$/i, 'must be a URL like smtp://user:password@host:587')
    .optional(),
  MAIL_FROM: z
    .string()
    .max(320)
    .regex(
      /^(?:[^<>\r\n]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/,
      'must be an address like no-reply@example.org or Boards portal <no-reply@example.org>',
    )
    .default('Boards portal <no-reply@localhost>'),
  /** The web app's address as people reach it, for links in emails. */
  WEB_ORIGIN: z
    .string()
    .refine(isWebOrigin, 'must be an http or https origin like https://boards.example.org')
    .transform((value) => new URL(value).origin)
    .default('http://localhost:3000'),
  /** Seconds between runs of the outbox sender; 0 turns it off. Unset: 10, or 0 when NODE_ENV=test. */
  OUTBOX_INTERVAL_SECONDS: z.coerce
    .number({ error: 'must be a whole number from 0 to 3600' })
    .int('must be a whole number from 0 to 3600')
    .min(0, 'must be a whole number from 0 to 3600')
    .max(3600, 'must be a whole number from 0 to 3600')
    .optional(),
  /** Whether this API works the job queue (notices, reminders). Unset: yes, but not when NODE_ENV=test. */
  JOBS_WORKER: envFlag.optional(),
  /** Seconds a meeting's change waits before members are told, so a quick correction makes one email. Unset: 120 (0 under NODE_ENV=test). */
  NOTICE_CHANGE_DELAY_SECONDS: wholeNumber(3600).optional(),
  /** Minutes after a paper arrives that the digest of a meeting's new papers goes out. Unset: 10 (0 under NODE_ENV=test). */
  NOTICE_PAPERS_DIGEST_MINUTES: wholeNumber(24 * 60).optional(),
  /** Keep answers to signed-out readers' public queries until the data changes. Unset: only under NODE_ENV=production. */
  PUBLIC_READ_CACHE: envFlag.optional(),
  INVITATION_TTL_HOURS: positiveInt(24 * 30).default(24 * 7),
  PASSWORD_RESET_TTL_MINUTES: positiveInt(24 * 60).default(60),
  PASSWORD_RESET_MAX_PER_EMAIL: positiveInt(1000).default(5),
  PASSWORD_RESET_MAX_PER_ADDRESS: positiveInt(100_000).default(50),
  PASSWORD_RESET_THROTTLE_WINDOW_MINUTES: positiveInt(24 * 60).default(60),
});

export type ApiConfig = z.infer<typeof apiEnvSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const SECRET_VARIABLES = ['DATABASE_URL', 'DEMO_PASSWORD', 'SMTP_URL', 'TOTP_ENCRYPTION_KEY'];

/** Reads the API's configuration from the environment, or throws a ConfigError with one clear line. */
export function loadApiConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
  const defined = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = apiEnvSchema.safeParse(defined);
  if (!parsed.success) {
    throw new ConfigError(
      `Invalid configuration: ${describeEnvIssues(parsed.error, env, SECRET_VARIABLES)}`,
    );
  }
  if (
    parsed.data.NODE_ENV === 'production' &&
    parsed.data.DEMO_PASSWORD === DEMO_PASSWORD_DEFAULT &&
    env['DEMO_PASSWORD'] !== undefined
  ) {
    throw new ConfigError(
      'Invalid configuration: DEMO_PASSWORD must not be the published demo password in production',
    );
  }
  if (
    parsed.data.NODE_ENV === 'production' &&
    parsed.data.TOTP_ENCRYPTION_KEY === DEV_TOTP_ENCRYPTION_KEY
  ) {
    throw new ConfigError(
      'Invalid configuration: TOTP_ENCRYPTION_KEY must be set to a key of your own in production (make one with: openssl rand -base64 32)',
    );
  }
  if (!parsed.data.REQUIRE_STAFF_TOTP && !parsed.data.DEMO_MODE) {
    throw new ConfigError(
      'Invalid configuration: REQUIRE_STAFF_TOTP may be false only when DEMO_MODE is true',
    );
  }
  if (parsed.data.MAIL_TRANSPORT === 'smtp' && !parsed.data.SMTP_URL) {
    throw new ConfigError(
      'Invalid configuration: SMTP_URL must be set when MAIL_TRANSPORT is smtp',
    );
  }
  return parsed.data;
}

/** The file transport's directory: MAIL_DIR, else `<DATA_DIR>/mail`, as an absolute path. */
export function mailDirectory(config: Pick<ApiConfig, 'MAIL_DIR' | 'DATA_DIR'>): string {
  return path.resolve(config.MAIL_DIR ?? path.join(config.DATA_DIR, 'mail'));
}

/** Where papers' files are kept: PAPERS_DIR, else `<DATA_DIR>/papers`, as an absolute path. */
export function papersDirectory(config: Pick<ApiConfig, 'PAPERS_DIR' | 'DATA_DIR'>): string {
  return config.PAPERS_DIR
    ? path.resolve(config.PAPERS_DIR)
    : paperStorageDirectory(config.DATA_DIR);
}

/** Whether anonymous public reads are cached: as configured, else only in production. */
export function publicReadCache(
  config: Pick<ApiConfig, 'PUBLIC_READ_CACHE' | 'NODE_ENV'>,
): boolean {
  return config.PUBLIC_READ_CACHE ?? config.NODE_ENV === 'production';
}

/** Whether this API works the job queue: as configured, else yes (no under NODE_ENV=test). */
export function jobsWorker(config: Pick<ApiConfig, 'JOBS_WORKER' | 'NODE_ENV'>): boolean {
  return config.JOBS_WORKER ?? config.NODE_ENV !== 'test';
}

/** How long each queue's jobs wait, in seconds (see JobQueueOptions.delaySeconds). */
export function jobDelaySeconds(
  config: Pick<
    ApiConfig,
    'NOTICE_CHANGE_DELAY_SECONDS' | 'NOTICE_PAPERS_DIGEST_MINUTES' | 'NODE_ENV'
  >,
): { 'notice-meeting': number; 'notice-papers': number } {
  const test = config.NODE_ENV === 'test';
  return {
    'notice-meeting': config.NOTICE_CHANGE_DELAY_SECONDS ?? (test ? 0 : 120),
    'notice-papers': (config.NOTICE_PAPERS_DIGEST_MINUTES ?? (test ? 0 : 10)) * 60,
  };
}

/** Seconds between outbox runs: as configured, else 10 (0, off, under NODE_ENV=test). */
export function outboxIntervalSeconds(
  config: Pick<ApiConfig, 'OUTBOX_INTERVAL_SECONDS' | 'NODE_ENV'>,
): number {
  return config.OUTBOX_INTERVAL_SECONDS ?? (config.NODE_ENV === 'test' ? 0 : 10);
}
