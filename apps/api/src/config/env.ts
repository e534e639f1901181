import { z } from 'zod';

/** A TCP port: a whole number from 1 to 65535. */
export const portSchema = z.coerce
  .number({ error: 'must be a whole number from 1 to 65535' })
  .int('must be a whole number from 1 to 65535')
  .min(1, 'must be a whole number from 1 to 65535')
  .max(65535, 'must be a whole number from 1 to 65535');

/** A PostgreSQL connection URL, postgres://user:password@host:port/database. */
export const postgresUrlSchema = z.string().superRefine((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'must be a URL like postgres://user:password@host:5432/database' });
    return;
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    ctx.addIssue({ code: 'custom', message: 'must start with postgres:// or postgresql://' });
  } else if (!url.hostname) {
    ctx.addIssue({ code: 'custom', message: 'must name a host, like postgres://user:password@host:5432/database' });
  } else if (url.port && portSchema.safeParse(url.port).success === false) {
    ctx.addIssue({ code: 'custom', message: 'has a port that is not a whole number from 1 to 65535' });
  } else if (url.pathname.length <= 1) {
    ctx.addIssue({ code: 'custom', message: 'must name a database, like postgres://user:password@host:5432/database' });
  }
});

const flag = z
  .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

const positiveInt = (max: number) =>
  z.coerce.number({ error: `must be a whole number from 1 to ${max}` }).int().min(1).max(max);

export const DEMO_PASSWORD_DEFAULT = 'boards-demo-password';

export const apiEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production'], { error: 'must be development, test or production' }).default('development'),
  API_PORT: portSchema.default(3333),
  /** Address the API listens on; loopback unless deployed behind a proxy. */
  API_HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: postgresUrlSchema,
  DATABASE_LOG: z.enum(['all', 'errors', 'none'], { error: 'must be all, errors or none' }).default('errors'),
  DATABASE_POOL_SIZE: positiveInt(200).default(10),
  RUN_MIGRATIONS: flag.default(true),
  GRAPHQL_MAX_DEPTH: positiveInt(50).default(10),
  GRAPHQL_MAX_COMPLEXITY: positiveInt(100_000).default(2_000),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').default(DEMO_PASSWORD_DEFAULT),
});

export type ApiConfig = z.infer<typeof apiEnvSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** One line naming every bad variable, e.g. `API_PORT must be a whole number from 1 to 65535 (got "abc")`. */
export function describeEnvIssues(error: z.ZodError, env: Record<string, string | undefined>, secrets: readonly string[] = []): string {
  return error.issues
    .map((issue) => {
      const name = String(issue.path[0] ?? 'configuration');
      const value = env[name];
      const shown = value === undefined ? 'not set' : secrets.includes(name) ? 'value hidden' : `got ${JSON.stringify(value)}`;
      return `${name} ${issue.message} (${shown})`;
    })
    .join('; ');
}

const SECRET_VARIABLES = ['DATABASE_URL', 'DEMO_PASSWORD'];

/** Reads the API's configuration from the environment, or throws a ConfigError with one clear line. */
export function loadApiConfig(env: Record<string, string | undefined> = process.env): ApiConfig {
  const defined = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = apiEnvSchema.safeParse(defined);
  if (!parsed.success) {
    throw new ConfigError(`Invalid configuration: ${describeEnvIssues(parsed.error, env, SECRET_VARIABLES)}`);
  }
  if (parsed.data.NODE_ENV === 'production' && parsed.data.DEMO_PASSWORD === DEMO_PASSWORD_DEFAULT && env['DEMO_PASSWORD'] !== undefined) {
    throw new ConfigError('Invalid configuration: DEMO_PASSWORD must not be the published demo password in production');
  }
  return parsed.data;
}
