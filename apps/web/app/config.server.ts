import { describeEnvIssues } from '@boards/shared/contracts';
import { z } from 'zod';

const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

const envSchema = z.object({
  API_URL: httpUrl.default('http://localhost:3333/graphql'),
  FEEDBACK_URL: httpUrl.optional(),
});

export type WebConfig = z.infer<typeof envSchema>;

/** The web server's configuration from its environment; throws naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): WebConfig {
  const result = envSchema.safeParse(env);
  if (!result.success) {
    throw new Error(`Invalid configuration: ${describeEnvIssues(result.error, env)}`);
  }
  return result.data;
}

/** Read once, when the server starts: a bad variable stops the server instead of a page. */
export const config = loadConfig();
