import { z } from 'zod';
import { EMAIL, PHONE, PRINTABLE_MULTILINE, optionalText, requiredText } from './text';

export const BODY_KINDS = ['BOARD', 'GROUP'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** A body's slug: lower-case words joined by single hyphens, as used in `/bodies/{slug}`. */
export const bodySlugSchema = z
  .string()
  .min(1, 'Enter a slug')
  .max(80, 'Slug must be 80 characters or fewer')
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'Slug must be lower-case letters, numbers and single hyphens',
  );

/** A real calendar date written `YYYY-MM-DD` (so 2023-02-29 is refused). */
export const isoDateSchema = (missing: string) =>
  z
    .string({ error: missing })
    .min(1, missing)
    .refine((value) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
      const time = Date.parse(`${value}T00:00:00Z`);
      return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === value;
    }, 'Enter a real date');

export const BODY_LIMITS = { name: 200, purpose: 4_000 } as const;

/** A body as the secretariat creates or edits it. Dissolving is a separate step. */
export const bodyDetailsSchema = z.object({
  slug: bodySlugSchema,
  name: requiredText(BODY_LIMITS.name, 'Name', 'Enter the body’s name'),
  kind: z.enum(BODY_KINDS, { error: 'Select whether it is a board or a group' }),
  purpose: requiredText(
    BODY_LIMITS.purpose,
    'Purpose',
    'Enter what the body is for',
    PRINTABLE_MULTILINE,
  ),
  establishedOn: isoDateSchema('Enter the date the body was established'),
});
export type BodyDetails = z.output<typeof bodyDetailsSchema>;

export const BODY_SUPPORT_LIMITS = {
  contactName: 200,
  contactEmail: 320,
  contactPhone: 40,
  defaultSupport: 4_000,
} as const;

/**
 * Who to contact about a body (a named person in the secretariat, with an email address or a
 * phone number, or both), shown to everyone with the body and to members with the support
 * offered before and after its meetings; and the body's usual support text, which a meeting
 * scheduled without one of its own takes.
 */
export const bodySupportSchema = z
  .object({
    contactName: optionalText(BODY_SUPPORT_LIMITS.contactName, 'The contact’s name'),
    contactEmail: optionalText(
      BODY_SUPPORT_LIMITS.contactEmail,
      'The contact’s email address',
    ).refine(
      (value) => value === null || EMAIL.test(value),
      'Enter an email address in the correct format, like name@example.org',
    ),
    contactPhone: optionalText(
      BODY_SUPPORT_LIMITS.contactPhone,
      'The contact’s phone number',
    ).refine(
      (value) => value === null || PHONE.test(value),
      'Enter a phone number, like 020 7946 0000 or +44 20 7946 0000',
    ),
    defaultSupport: optionalText(
      BODY_SUPPORT_LIMITS.defaultSupport,
      'The support text',
      PRINTABLE_MULTILINE,
    ).transform((value) => value ?? ''),
  })
  .superRefine((support, context) => {
    const reachable = support.contactEmail !== null || support.contactPhone !== null;
    if (support.contactName === null && reachable) {
      context.addIssue({
        code: 'custom',
        path: ['contactName'],
        message: 'Enter the name of the person to contact',
      });
    }
    if (support.contactName !== null && !reachable) {
      context.addIssue({
        code: 'custom',
        path: ['contactEmail'],
        message: 'Enter an email address or a phone number for the contact, or both',
      });
    }
  });
export type BodySupport = z.output<typeof bodySupportSchema>;
