import { personDetailsSchema, type PersonDetails } from '@boards/shared/contracts';
import type { FieldError } from '../form-state';

/** The person form's fields: each input's name and id is the API's field name. */
export const PERSON_FIELDS = [
  'fullName',
  'email',
  'phone',
  'affiliation',
  'bio',
  'livedExperience',
] as const;
export type PersonField = (typeof PERSON_FIELDS)[number];

/** API field → input id, for errors the API names a field in. */
export const PERSON_FIELD_IDS: Readonly<Record<string, string>> = Object.fromEntries(
  PERSON_FIELDS.map((field) => [field, field]),
);

/** The hidden field carrying the version the form was loaded with. */
export const EXPECTED_VERSION = 'expectedVersion';

/** Shown when someone else saved the person between loading the form and posting it. */
export const CONFLICT_MESSAGE =
  'Someone else changed these details while you were editing. The form now shows their changes: make yours again and save';

/** What the person form shows in its fields: text as typed, lived experience as "yes"/"no". */
export type PersonFormValues = Readonly<Record<PersonField, string>>;

export type PersonFormResult =
  | { readonly ok: true; readonly input: PersonDetails; readonly values: PersonFormValues }
  | { readonly ok: false; readonly errors: FieldError[]; readonly values: PersonFormValues };

function yesNo(value: string): boolean | undefined {
  return value === 'yes' ? true : value === 'no' ? false : undefined;
}

/**
 * Reads the posted person form and checks it with the schema the API uses, so that people see
 * the same messages before and after a round trip. The values come back to fill the form in
 * again; the input is ready for createPerson / updatePerson.
 */
export function readPersonForm(form: { get(name: string): unknown }): PersonFormResult {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const values = Object.fromEntries(
    PERSON_FIELDS.map((field) => [field, text(field)]),
  ) as PersonFormValues;
  const result = personDetailsSchema.safeParse({
    fullName: values.fullName,
    email: values.email,
    phone: values.phone,
    affiliation: values.affiliation,
    bio: values.bio,
    livedExperience: yesNo(values.livedExperience),
  });
  if (result.success) return { ok: true, input: result.data, values };
  const errors: FieldError[] = [];
  // In the order of the form, one message per field.
  for (const field of PERSON_FIELDS) {
    const issue = result.error.issues.find((candidate) => candidate.path[0] === field);
    if (issue) errors.push({ field, message: issue.message });
  }
  return { ok: false, errors, values };
}

/** A saved person's details as the form's values. */
export function personFormValues(person: {
  readonly fullName: string;
  readonly email?: string | null;
  readonly phone?: string | null;
  readonly affiliation?: string | null;
  readonly bio?: string | null;
  readonly livedExperience: boolean;
}): PersonFormValues {
  return {
    fullName: person.fullName,
    email: person.email ?? '',
    phone: person.phone ?? '',
    affiliation: person.affiliation ?? '',
    bio: person.bio ?? '',
    livedExperience: person.livedExperience ? 'yes' : 'no',
  };
}

/** The fields whose value in `mine` differs from `theirs` (both as the form shows them). */
export function changedFields(
  mine: Readonly<Record<string, string | undefined>>,
  theirs: PersonFormValues,
): PersonField[] {
  return PERSON_FIELDS.filter(
    (field) => mine[field] !== undefined && mine[field].trim() !== theirs[field].trim(),
  );
}
