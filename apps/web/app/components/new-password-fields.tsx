import { PasswordInput } from '@boards/web/ui-govuk';
import { errorFor, type FieldError } from '../form-state';

/**
 * The GOV.UK "Create a password" fields: the password and its confirmation, both marked
 * `new-password` so that password managers offer to make and save one. Pasting is never blocked.
 */
export function NewPasswordFields({
  errors,
  label = 'Create a password',
}: {
  readonly errors: readonly FieldError[];
  readonly label?: string;
}) {
  return (
    <>
      <PasswordInput
        name="password"
        label={label}
        labelClassName="govuk-label--s"
        hint="Use at least 8 characters. A long phrase of several words you will remember is a good choice. Spaces and any characters are fine."
        autoComplete="new-password"
        errorMessage={errorFor(errors, 'password')}
      />
      <PasswordInput
        name="confirmPassword"
        label="Confirm your password"
        labelClassName="govuk-label--s"
        autoComplete="new-password"
        errorMessage={errorFor(errors, 'confirmPassword')}
      />
    </>
  );
}
