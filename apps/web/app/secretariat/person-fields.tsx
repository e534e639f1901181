import { PERSON_LIMITS } from '@boards/shared/contracts';
import { Input, Radios, Textarea } from '@boards/web/ui-govuk';
import { errorFor, type FieldError } from '../form-state';

/**
 * The fields of the person form (add and edit): each input's name and id is the API's field
 * name, so that the API's errors land on the right field.
 */
export function PersonFields({
  values,
  errors,
}: {
  readonly values: Readonly<Record<string, string | undefined>>;
  readonly errors: readonly FieldError[];
}) {
  return (
    <>
      <Input
        name="fullName"
        label="Full name"
        autoComplete="off"
        spellCheck={false}
        defaultValue={values['fullName']}
        errorMessage={errorFor(errors, 'fullName')}
      />
      <Input
        name="email"
        type="email"
        label="Email address (optional)"
        hint="Needed to invite them to sign in"
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="none"
        defaultValue={values['email']}
        errorMessage={errorFor(errors, 'email')}
      />
      <Input
        name="phone"
        type="tel"
        label="Phone number (optional)"
        autoComplete="off"
        className="govuk-input--width-20"
        defaultValue={values['phone']}
        errorMessage={errorFor(errors, 'phone')}
      />
      <Input
        name="affiliation"
        label="Organisation or role (optional)"
        hint="Shown to the public with their name if they agree"
        autoComplete="off"
        defaultValue={values['affiliation']}
        errorMessage={errorFor(errors, 'affiliation')}
      />
      <Textarea
        name="bio"
        label="Bio (optional)"
        hint={`A few sentences about them, up to ${PERSON_LIMITS.bio} characters. Shown to the public with their name if they agree`}
        rows={6}
        defaultValue={values['bio']}
        errorMessage={errorFor(errors, 'bio')}
      />
      <Radios
        name="livedExperience"
        className="govuk-radios--inline"
        fieldset={{
          legend: {
            text: 'Do they have lived experience of care?',
            className: 'govuk-fieldset__legend--s',
          },
        }}
        hint="This is special category data. The public never sees it unless they have agreed to show it."
        value={values['livedExperience']}
        items={[
          { value: 'yes', text: 'Yes' },
          { value: 'no', text: 'No' },
        ]}
        errorMessage={errorFor(errors, 'livedExperience')}
      />
    </>
  );
}
