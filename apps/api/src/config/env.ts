import { z } from 'zod';
import { DEMO_PASSWORD_DEFAULT } from '@boards/api/identity';
import {
  describeEnvIssues,
  envFlag,
  portSchema,
  postgresUrlSchema,
} from '@boards/shared/contracts';

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
});

export type ApiConfig = z.infer<typeof apiEnvSchema>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const SECRET_VARIABLES = ['DATABASE_URL', 'DEMO_PASSWORD'];

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
  return parsed.data;
}
