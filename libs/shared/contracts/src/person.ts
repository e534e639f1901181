import { z } from 'zod';
import { EMAIL, optionalText, PHONE, PRINTABLE, PRINTABLE_MULTILINE } from './text';

/**
 * How a person agrees to be shown to the public, from most to least revealing. The same four
 * values are the `public_display_choice` enum in the database.
 */
export const PUBLIC_DISPLAY_CHOICES = [
  'FULL_NAME',
  'FIRST_NAME_INITIAL',
  'ANONYMOUS',
  'HIDDEN',
] as const;
export type PublicDisplayChoice = (typeof PUBLIC_DISPLAY_CHOICES)[number];

export const publicDisplayChoiceSchema = z.enum(PUBLIC_DISPLAY_CHOICES, {
  error: 'Select how your name is shown to the public',
});

export function isPublicDisplayChoice(value: unknown): value is PublicDisplayChoice {
  return typeof value === 'string' && (PUBLIC_DISPLAY_CHOICES as readonly string[]).includes(value);
}

/** Plain-English labels, for radios and for the secretariat's screens. */
export const PUBLIC_DISPLAY_LABELS: Record<PublicDisplayChoice, string> = {
  FULL_NAME: 'Full name',
  FIRST_NAME_INITIAL: 'First name and initial of surname',
  ANONYMOUS: 'Not named',
  HIDDEN: 'Not shown at all',
};

/**
 * What the public sees with each choice, in words a young person can check before agreeing
 * (hint text under each radio).
 */
export const PUBLIC_DISPLAY_HINTS: Record<PublicDisplayChoice, string> = {
  FULL_NAME: 'For example, Amara Okafor, with your organisation and bio if you have given them',
  FIRST_NAME_INITIAL:
    'For example, Amara O., with your organisation and bio if you have given them',
  ANONYMOUS:
    'You are listed as ‘A member’, or ‘A member with lived experience’ if you agree to show that. No name, organisation or bio',
  HIDDEN: 'You are left out of public lists of members completely',
};

export const MEMBERSHIP_ROLES = ['CHAIR', 'VICE_CHAIR', 'MEMBER', 'CO_OPTED', 'OBSERVER'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const membershipRoleSchema = z.enum(MEMBERSHIP_ROLES, { error: 'Select a role' });

export function isMembershipRole(value: unknown): value is MembershipRole {
  return typeof value === 'string' && (MEMBERSHIP_ROLES as readonly string[]).includes(value);
}

export const MEMBERSHIP_ROLE_LABELS: Record<MembershipRole, string> = {
  CHAIR: 'Chair',
  VICE_CHAIR: 'Vice-chair',
  MEMBER: 'Member',
  CO_OPTED: 'Co-opted member',
  OBSERVER: 'Observer',
};

/** Longest values the portal keeps; the database has the same limits. */
export const PERSON_LIMITS = {
  fullName: 200,
  email: 320,
  phone: 40,
  affiliation: 300,
  bio: 2_000,
} as const;

/**
 * A person's details as the secretariat enters them. Text is trimmed and NFC-normalised; blank
 * optional fields become null. The messages follow the GOV.UK style for error messages.
 */
export const personDetailsSchema = z.object({
  fullName: z
    .string({ error: 'Enter the person’s full name' })
    .trim()
    .min(1, 'Enter the person’s full name')
    .max(PERSON_LIMITS.fullName, `Full name must be ${PERSON_LIMITS.fullName} characters or fewer`)
    .regex(PRINTABLE, 'Full name must not contain control characters')
    .transform((value) => value.normalize('NFC')),
  email: z
    .string()
    .trim()
    .max(PERSON_LIMITS.email, `Email address must be ${PERSON_LIMITS.email} characters or fewer`)
    .refine(
      (value) => value === '' || EMAIL.test(value),
      'Enter an email address in the correct format, like name@example.org',
    )
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  phone: z
    .string()
    .trim()
    .max(PERSON_LIMITS.phone, `Phone number must be ${PERSON_LIMITS.phone} characters or fewer`)
    .refine(
      (value) => value === '' || PHONE.test(value),
      'Enter a phone number, like 01632 960 001 or +44 808 157 0192',
    )
    .transform((value) => (value === '' ? null : value))
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  affiliation: optionalText(PERSON_LIMITS.affiliation, 'Organisation or role'),
  bio: optionalText(PERSON_LIMITS.bio, 'Bio', PRINTABLE_MULTILINE),
  livedExperience: z.boolean({ error: 'Select whether the person has lived experience of care' }),
});

export type PersonDetails = z.output<typeof personDetailsSchema>;
export type PersonDetailsInput = z.input<typeof personDetailsSchema>;
