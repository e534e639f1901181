/** The longest email address the portal accepts (RFC 5321's limit on a path). */
export const MAX_EMAIL_LENGTH = 320;

/**
 * Whether a (trimmed) value looks like an email address: something, one @, something with a dot
 * after it, and no spaces. The API decides whether it is an account's address.
 */
export function looksLikeEmail(value: string): boolean {
  return value.length <= MAX_EMAIL_LENGTH && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
}

export const EMAIL_MESSAGES = {
  missing: 'Enter your email address',
  format: 'Enter an email address in the correct format, like name@example.com',
} as const;

/** The GOV.UK error for an email field, or undefined when the value will do. */
export function emailProblem(value: string): string | undefined {
  if (!value) return EMAIL_MESSAGES.missing;
  if (!looksLikeEmail(value)) return EMAIL_MESSAGES.format;
  return undefined;
}
