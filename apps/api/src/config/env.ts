import { z } from 'zod';
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

export const DEMO_PASSWORD_DEFAULT = 'boards-demo-password';

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
