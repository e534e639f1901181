/**
 * Password policy, after OWASP ASVS 5.0 level 2 (V6.2) and NIST SP 800-63B.
 *
 * - A password is normalised to Unicode NFC, and only that: it is never trimmed, truncated or
 *   case-folded before it is hashed or compared (V6.2.8). Use normalisePassword both when setting
 *   a password and when checking one at sign-in, so that the same characters typed on different
 *   keyboards (é as one code point or as e + U+0301) give the same password.
 * - Its length is counted in Unicode code points after normalisation: at least 8 (V6.2.1), at
 *   most 128, so 64 and more are accepted (V6.2.9). An emoji counts as one.
 * - There are no composition rules: no 'must contain a digit' or 'a capital letter' (V6.2.5).
 *   Spaces and any Unicode character are allowed.
 * - It must not be a common or breached password (V6.2.4, V6.2.12): `context.isCommon` is asked
 *   with the normalised password in lower case.
 * - It must not contain the person's own details (V6.2.11): any of `context.personal` (for
 *   example the email's local part and the person's names) that is 4 or more characters long,
 *   compared without regard to case. Each personal string is also split at spaces and
 *   punctuation, so 'amara.okafor' rules out passwords containing 'amara' or 'okafor'.
 * - A password over the maximum is reported as too long and nothing else is checked.
 */

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
/** Personal strings shorter than this (in code points) are not looked for. */
export const PERSONAL_DETAIL_MIN_LENGTH = 4;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_COMMON' | 'CONTAINS_PERSONAL_DETAILS';

export interface PasswordContext {
  /** Whether the password (normalised and lower-cased) is a common or breached password. */
  isCommon(password: string): boolean;
  /** The person's own details: e.g. the email's local part and the person's names. */
  personal: readonly string[];
}

/** GOV.UK style messages, one per problem. */
export const PASSWORD_PROBLEM_MESSAGES: Record<PasswordProblem, string> = {
  TOO_SHORT: `Password must be ${PASSWORD_MIN_LENGTH} characters or more`,
  TOO_LONG: `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`,
  TOO_COMMON: 'Password is too easy to guess. Choose a password that is not commonly used',
  CONTAINS_PERSONAL_DETAILS: 'Password must not include your name or email address',
};

/** The password in Unicode NFC. Never trims, truncates or changes case. */
export function normalisePassword(password: string): string {
  return password.normalize('NFC');
}

/**
 * Normalisation cannot shrink a string below an eighth of its UTF-16 length (a code point is at
 * most 2 UTF-16 units, and NFC composes at most 4 code points into one), so anything longer than
 * this is over the maximum however it normalises. Checked first, so that a huge input is refused
 * without being normalised, lower-cased or searched.
 */
const CERTAINLY_TOO_LONG = PASSWORD_MAX_LENGTH * 8;

/** The problems with `password`, in the order to show them; empty when it is acceptable. */
export function passwordProblems(password: string, context: PasswordContext): PasswordProblem[] {
  if (password.length > CERTAINLY_TOO_LONG) return ['TOO_LONG'];
  const normalised = normalisePassword(password);
  const length = codePointLength(normalised);
  if (length > PASSWORD_MAX_LENGTH) return ['TOO_LONG'];

  const problems: PasswordProblem[] = [];
  if (length < PASSWORD_MIN_LENGTH) problems.push('TOO_SHORT');
  const lower = normalised.toLowerCase();
  if (context.isCommon(lower)) problems.push('TOO_COMMON');
  if (personalDetails(context.personal).some((detail) => lower.includes(detail))) {
    problems.push('CONTAINS_PERSONAL_DETAILS');
  }
  return problems;
}

function codePointLength(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

/** Each personal string, and each of its parts between spaces and punctuation, lower-cased. */
function personalDetails(personal: readonly string[]): string[] {
  const details = new Set<string>();
  for (const value of personal) {
    const lower = normalisePassword(value).toLowerCase().trim();
    for (const candidate of [lower, ...lower.split(/[\s\p{P}\p{S}]+/u)]) {
      if (codePointLength(candidate) >= PERSONAL_DETAIL_MIN_LENGTH) details.add(candidate);
    }
  }
  return [...details];
}
