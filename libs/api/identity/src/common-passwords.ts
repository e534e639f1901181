import { dictionary } from '@zxcvbn-ts/language-common';

/** How many of the most common passwords are refused (OWASP ASVS 5, level 2). */
export const COMMON_PASSWORD_COUNT = 3_000;

let common: ReadonlySet<string> | undefined;

/** Whether a password is among the most common ones, ignoring case. */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(
    (dictionary['passwords-common'] as string[])
      .slice(0, COMMON_PASSWORD_COUNT)
      .map((p) => p.toLowerCase()),
  );
  return common.has(password.toLowerCase());
}
