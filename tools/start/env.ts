import path from 'node:path';
import { z } from 'zod';
import { describeEnvIssues, portSchema, postgresUrlSchema } from '@boards/shared/contracts';
import { DEMO_PASSWORD_DEFAULT } from '@boards/api/identity';

export const ROOT = path.resolve(__dirname, '..', '..');

const startEnvSchema = z
  .object({
    PORT: portSchema.default(3000),
    API_PORT: portSchema.default(3333),
    DATABASE_URL: postgresUrlSchema.optional(),
    EMBEDDED_PG_PORT: portSchema.default(54329),
    DATA_DIR: z.string().min(1).default(path.join(ROOT, '.data')),
    /** Where the API keeps papers' files (as the API reads it); `<DATA_DIR>/papers` when unset. */
    PAPERS_DIR: z.string().min(1).optional(),
    /** Address the web and API servers listen on. */
    HOST: z.string().min(1).default('127.0.0.1'),
    /** Password of the demo accounts the seed creates. */
    DEMO_PASSWORD: z
      .string()
      .min(8, 'must be at least 8 characters')
      .default(DEMO_PASSWORD_DEFAULT),
  })
  .refine((env) => env.PORT !== env.API_PORT, {
    message: 'must differ from API_PORT',
    path: ['PORT'],
  })
  .refine((env) => env.DATABASE_URL !== undefined || env.EMBEDDED_PG_PORT !== env.PORT, {
    message: 'must differ from PORT',
    path: ['EMBEDDED_PG_PORT'],
  })
  .refine((env) => env.DATABASE_URL !== undefined || env.EMBEDDED_PG_PORT !== env.API_PORT, {
    message: 'must differ from API_PORT',
    path: ['EMBEDDED_PG_PORT'],
  });

export type StartEnv = z.infer<typeof startEnvSchema>;

/**
 * Extra settings for the API when it serves the embedded database, whose demo data has
 * published passwords: DEMO_MODE, and with it no second factor required of staff, so the demo
 * accounts sign in with their password alone. Values the user set win.
 */
export function demoApiEnv(
  embedded: boolean,
  env: NodeJS.ProcessEnv = process.env,
): Record<string, string> {
  if (!embedded) return {};
  const demoMode = env['DEMO_MODE'] || 'true';
  const demo = demoMode === 'true' || demoMode === '1';
  return {
    DEMO_MODE: demoMode,
    REQUIRE_STAFF_TOTP: env['REQUIRE_STAFF_TOTP'] || (demo ? 'false' : 'true'),
  };
}

/** The start tools' settings, or one clear line on stderr and exit code 1. */
export function loadStartEnv(env: NodeJS.ProcessEnv = process.env): StartEnv {
  const defined = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = startEnvSchema.safeParse(defined);
  if (!parsed.success) {
    console.error(
      `Invalid configuration: ${describeEnvIssues(parsed.error, env, ['DATABASE_URL', 'DEMO_PASSWORD'])}`,
    );
    process.exit(1);
  }
  return parsed.data;
}

/** The paper store the API will use: PAPERS_DIR, else `<DATA_DIR>/papers`. */
export function papersDirectoryOf(env: Pick<StartEnv, 'PAPERS_DIR' | 'DATA_DIR'>): string {
  return path.resolve(env.PAPERS_DIR ?? path.join(env.DATA_DIR, 'papers'));
}
