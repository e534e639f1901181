import { PASSWORD_PROBLEM_MESSAGES, passwordProblems } from '@boards/domain';
import type { FieldError } from './form-state';

/** Ids of the new-password fields, as NewPasswordFields renders them. */
export const NEW_PASSWORD_ID = 'password';
export const CONFIRM_PASSWORD_ID = 'confirmPassword';

/**
 * Checks a new password and its confirmation before the API is asked: present, long enough, not
 * too long, and typed the same twice. Whether it is too common or contains the person's name is
 * for the API to say (it knows the person and the list of common passwords).
 */
export function newPasswordErrors(password: string, confirmation: string): FieldError[] {
  const errors: FieldError[] = [];
  if (!password) {
    errors.push({ field: NEW_PASSWORD_ID, message: 'Enter a password' });
  } else {
    const [problem] = passwordProblems(password, { isCommon: () => false, personal: [] });
    if (problem)
      errors.push({ field: NEW_PASSWORD_ID, message: PASSWORD_PROBLEM_MESSAGES[problem] });
  }
  if (!confirmation) {
    errors.push({ field: CONFIRM_PASSWORD_ID, message: 'Confirm your password' });
  } else if (password && confirmation !== password) {
    errors.push({
      field: CONFIRM_PASSWORD_ID,
      message: 'The passwords do not match. Enter the same password twice',
    });
  }
  return errors;
}
