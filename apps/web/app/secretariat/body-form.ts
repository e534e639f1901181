import { BODY_KINDS, bodyDetailsSchema, type BodyDetails } from '@boards/shared/contracts';
import type { DateQuestion } from '../date-fields';
import type { FieldError } from '../form-state';
import {
  dateValues,
  inFormOrder,
  readDate,
  schemaErrors,
  text,
  type FormResult,
  type FormSource,
} from './form-reading';

export const ESTABLISHED_ON = 'establishedOn';

/** The hidden field carrying the version the form was loaded with. */
export const EXPECTED_VERSION = 'expectedVersion';

const ESTABLISHED_ON_QUESTION: DateQuestion = {
  missing: 'Enter the date the body was established',
  subject: 'The date the body was established',
};

/** API field → input id. */
export const BODY_FIELD_IDS: Readonly<Record<string, string>> = {
  slug: 'slug',
  name: 'name',
  kind: 'kind',
  purpose: 'purpose',
  establishedOn: `${ESTABLISHED_ON}-day`,
};

const ORDER = ['name', 'slug', 'kind', 'purpose', ESTABLISHED_ON];

/** Shown when someone else saved the body between loading the form and posting it. */
export const BODY_CONFLICT_MESSAGE =
  'Someone else changed this body while you were editing it. The form now shows their changes: make yours again and save';

/** A body's details for createBody (with its slug) or updateBody (without: it never changes). */
export type BodyInputDetails = Omit<BodyDetails, 'slug'> & { readonly slug?: string };

/**
 * A slug made from a name: lower case, accents dropped, every run of other characters a single
 * hyphen ("Children’s Panel" gives "children-s-panel"), at most 80 characters.
 */
export function slugFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

/**
 * Reads the body form. Adding a body (`withSlug`), a blank slug is made from the name; editing,
 * the slug is not on the form (it never changes) and `slug` is left out of the input.
 */
export function readBodyForm(
  form: FormSource,
  { withSlug }: { readonly withSlug: boolean },
): FormResult<BodyInputDetails> {
  const values: Record<string, string> = {
    name: text(form, 'name'),
    kind: text(form, 'kind').trim(),
    purpose: text(form, 'purpose'),
  };
  if (withSlug) values['slug'] = text(form, 'slug').trim();
  const errors: FieldError[] = [];
  const establishedOn = readDate(form, ESTABLISHED_ON, ESTABLISHED_ON_QUESTION, values, errors);
  // With no name there is nothing to make a slug from: the name's own error says so.
  const slug = withSlug
    ? values['slug'] || slugFromName(values['name']) || (values['name'].trim() ? '' : 'pending')
    : 'unchanged';
  const parsed = bodyDetailsSchema.safeParse({
    slug,
    name: values['name'],
    kind: (BODY_KINDS as readonly string[]).includes(values['kind']) ? values['kind'] : undefined,
    purpose: values['purpose'],
    establishedOn: establishedOn ?? '',
  });
  if (!parsed.success) {
    errors.push(
      ...schemaErrors(parsed.error.issues, Object.keys(BODY_FIELD_IDS), BODY_FIELD_IDS, errors),
    );
  }
  if (errors.length || !parsed.success) {
    return { ok: false, errors: inFormOrder(errors, ORDER), values };
  }
  const { slug: parsedSlug, ...details } = parsed.data;
  return { ok: true, input: withSlug ? { ...details, slug: parsedSlug } : details, values };
}

/** A saved body's details as the form's values. */
export function bodyFormValues(body: {
  readonly name: string;
  readonly kind: string;
  readonly purpose: string;
  readonly establishedOn: string;
}): Record<string, string> {
  return {
    name: body.name,
    kind: body.kind,
    purpose: body.purpose,
    ...dateValues(ESTABLISHED_ON, body.establishedOn),
  };
}
