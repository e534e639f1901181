/** The code from an authenticator app as typed: spaces and hyphens are ignored. */
export function normaliseCode(value: string): string {
  return value.replace(/[\s-]/g, '');
}

/** The GOV.UK error for a code field, or undefined when it is 6 digits. */
export function codeProblem(code: string): string | undefined {
  if (!code) return 'Enter the code from your authenticator app';
  if (!/^\d{6}$/.test(code)) return 'Enter the code using 6 digits, like 123456';
  return undefined;
}

/** A base32 secret in groups of four characters, easier to read and type. */
export function groupsOfFour(secret: string): string[] {
  return secret.match(/.{1,4}/g) ?? [];
}
