import type { z } from 'zod';
import { DomainError } from '@boards/domain';

/**
 * Checks a mutation's input against a shared zod schema. The first problem becomes
 * BAD_USER_INPUT with its field, and every problem is listed in details.fields, so the web app
 * can show an error summary with a message against each field.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const fields: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || 'input';
    fields[field] ??= issue.message;
  }
  const [field, message] = Object.entries(fields)[0] ?? ['input', 'The input is not valid'];
  throw new DomainError('BAD_USER_INPUT', message, { field, fields });
}
