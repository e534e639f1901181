import { z } from 'zod';

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
