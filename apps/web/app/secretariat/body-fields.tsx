import { BODY_KINDS, BODY_LIMITS } from '@boards/shared/contracts';
import { DateInput, Input, Radios, Textarea } from '@boards/web/ui-govuk';
import { BODY_KIND_LABELS } from '../body-kind';
import { dateInputError, dateInputItems } from '../date-fields';
import { errorFor, type FieldError } from '../form-state';
import { ESTABLISHED_ON } from './body-form';

const KIND_HINTS = {
  BOARD: 'Such as the Experts by Experience Board',
  GROUP: 'An advisory group, such as the Evidence Group',
} as const;

/**
 * The fields of the body form (add and edit). The slug is asked for only when adding a body: it
 * is the body's address for good.
 */
export function BodyFields({
  values,
  errors,
  withSlug,
}: {
  readonly values: Readonly<Record<string, string | undefined>>;
  readonly errors: readonly FieldError[];
  readonly withSlug: boolean;
}) {
  const established = dateInputError(errors, ESTABLISHED_ON);
  return (
    <>
      <Input
        name="name"
        label="Name"
        autoComplete="off"
        maxLength={BODY_LIMITS.name}
        defaultValue={values['name']}
        errorMessage={errorFor(errors, 'name')}
      />
      {withSlug ? (
        <Input
          name="slug"
          label="Web address (optional)"
          hint="Its page will be at /bodies/ followed by this: lower-case letters, numbers and single hyphens, such as evidence-group. Left blank, it is made from the name. It cannot be changed later."
          prefix={{ text: '/bodies/' }}
          className="govuk-input--width-20"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="none"
          defaultValue={values['slug']}
          errorMessage={errorFor(errors, 'slug')}
        />
      ) : null}
      <Radios
        name="kind"
        fieldset={{
          legend: { text: 'Is it a board or a group?', className: 'govuk-fieldset__legend--s' },
        }}
        value={values['kind']}
        items={BODY_KINDS.map((kind) => ({
          value: kind,
          text: BODY_KIND_LABELS[kind],
          hint: KIND_HINTS[kind],
        }))}
        errorMessage={errorFor(errors, 'kind')}
      />
      <Textarea
        name="purpose"
        label="Purpose"
        hint="What the body is for, in plain English. The public sees this on its page."
        rows={6}
        defaultValue={values['purpose']}
        errorMessage={errorFor(errors, 'purpose')}
      />
      <DateInput
        id={ESTABLISHED_ON}
        namePrefix={ESTABLISHED_ON}
        fieldset={{
          legend: { text: 'When was it established?', className: 'govuk-fieldset__legend--s' },
        }}
        hint="For example, 14 4 2021"
        items={dateInputItems(ESTABLISHED_ON, values, established.parts)}
        errorMessage={established.message}
      />
    </>
  );
}
