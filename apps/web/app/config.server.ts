import { describeEnvIssues, EMAIL, envFlag, PHONE } from '@boards/shared/contracts';
import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

/**
 * Signs the web server's cookies during development and tests only: it is public, so production
 * refuses to start with it (or without a SESSION_SECRET).
 */
export const DEVELOPMENT_SESSION_SECRET = 'boards-portal-development-only-session-secret';

const SESSION_SECRET_MIN_LENGTH = 32;

/** 25 MB, as the API's default. */
export const DEFAULT_PAPER_MAX_BYTES = 25 * 1024 * 1024;
const MAX_PAPER_MAX_BYTES = 1024 * 1024 * 1024;
const PAPER_MAX_BYTES_ERROR = `must be a whole number from 1 to ${MAX_PAPER_MAX_BYTES}`;

const envSchema = z
  .object({
    NODE_ENV: z
      .enum(['development', 'test', 'production'], {
        error: 'must be development, test or production',
      })
      .default('development'),
    API_URL: httpUrl.default('http://localhost:3333/graphql'),
    /** Where the phase banner's feedback link goes; the contact page's feedback section without it. */
    FEEDBACK_URL: httpUrl.optional(),
    /** The secretariat's address on the contact, accessibility and privacy pages. */
    CONTACT_EMAIL: z
      .string()
      .regex(EMAIL, { error: 'must be an email address' })
      .default('boards-secretariat@example.org'),
    /** The secretariat's phone number on the contact page (left out when unset). */
    CONTACT_PHONE: z.string().regex(PHONE, { error: 'must be a phone number' }).optional(),
    /**
     * Signs the session cookies. Several secrets may be given separated by commas to rotate them:
     * the first signs new cookies, every one is accepted.
     */
    SESSION_SECRET: z
      .string()
      .transform((value) => value.split(',').map((secret) => secret.trim()))
      .refine((secrets) => secrets.every((secret) => secret.length >= SESSION_SECRET_MIN_LENGTH), {
        error: `must be at least ${SESSION_SECRET_MIN_LENGTH} characters (each one, when several are separated by commas)`,
      })
      .optional(),
    /** Cookies only over HTTPS, with the __Host- prefix. On by default in production. */
    SECURE_COOKIES: envFlag.optional(),
    /**
     * The largest paper file, in bytes, as the API's own PAPER_MAX_BYTES (25 MB by default): the
     * web server stops sending an upload on to the API past it.
     */
    PAPER_MAX_BYTES: z.coerce
      .number({ error: PAPER_MAX_BYTES_ERROR })
      .int(PAPER_MAX_BYTES_ERROR)
      .min(1, PAPER_MAX_BYTES_ERROR)
      .max(MAX_PAPER_MAX_BYTES, PAPER_MAX_BYTES_ERROR)
      .default(DEFAULT_PAPER_MAX_BYTES),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    if (!env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'must be set in production',
      });
    } else if (env.SESSION_SECRET.includes(DEVELOPMENT_SESSION_SECRET)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'must not be the development secret in production',
      });
    }
  })
  .transform(({ SESSION_SECRET, SECURE_COOKIES, ...env }) => ({
    ...env,
    SESSION_SECRETS: SESSION_SECRET ?? [DEVELOPMENT_SESSION_SECRET],
    SECURE_COOKIES: SECURE_COOKIES ?? env.NODE_ENV === 'production',
  }));

export type WebConfig = z.infer<typeof envSchema>;

/** The web server's configuration from its environment; throws naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): WebConfig {
  // An empty variable counts as unset, as in the API's configuration.
  const defined = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const result = envSchema.safeParse(defined);
  if (!result.success) {
    throw new Error(
      `Invalid configuration: ${describeEnvIssues(result.error, env, ['SESSION_SECRET'])}`,
    );
  }
  return result.data;
}

/** Read once, when the server starts: a bad variable stops the server instead of a page. */
export const config = loadConfig();
