import { DomainError, PASSWORD_PROBLEM_MESSAGES, passwordProblems } from '@boards/domain';
import { isCommonPassword } from './common-passwords';

/**
 * Refuses a new password that breaks the password policy, naming the first problem as a
 * BAD_USER_INPUT on `field`. The person's name and the local part of their email address count
 * as personal details.
 */
export function assertAcceptablePassword(
  password: string,
  person: { fullName: string; email: string | null },
  field = 'password',
): void {
  const personal = [person.fullName];
  if (person.email) personal.push(person.email.split('@')[0] ?? '');
  const problems = passwordProblems(password, { isCommon: isCommonPassword, personal });
  const first = problems[0];
  if (first) {
    throw new DomainError('BAD_USER_INPUT', PASSWORD_PROBLEM_MESSAGES[first], {
      field,
      problems,
    });
  }
}
