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
    ctx.addIssue({
      code: 'custom',
      message: 'must be a URL like postgres://user:password@host:5432/database',
    });
    return;
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    ctx.addIssue({ code: 'custom', message: 'must start with postgres:// or postgresql://' });
  } else if (!url.hostname) {
    ctx.addIssue({
      code: 'custom',
      message: 'must name a host, like postgres://user:password@host:5432/database',
    });
  } else if (url.port && portSchema.safeParse(url.port).success === false) {
    ctx.addIssue({
      code: 'custom',
      message: 'has a port that is not a whole number from 1 to 65535',
    });
  } else if (url.pathname.length <= 1) {
    ctx.addIssue({
      code: 'custom',
      message: 'must name a database, like postgres://user:password@host:5432/database',
    });
  }
});

/** A boolean switch in an environment variable. */
export const envFlag = z
  .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

/** One line naming every bad variable, e.g. `API_PORT must be a whole number from 1 to 65535 (got "abc")`. */
export function describeEnvIssues(
  error: z.ZodError,
  env: Record<string, string | undefined>,
  secrets: readonly string[] = [],
): string {
  return error.issues
    .map((issue) => {
      const name = String(issue.path[0] ?? 'configuration');
      const value = env[name];
      const shown =
        value === undefined
          ? 'not set'
          : secrets.includes(name)
            ? 'value hidden'
            : `got ${JSON.stringify(value)}`;
      return `${name} ${issue.message} (${shown})`;
    })
    .join('; ');
}
