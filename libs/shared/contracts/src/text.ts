import { z } from 'zod';

/** Letters, marks, numbers, punctuation, symbols and spaces; no control or format characters. */
export const PRINTABLE = /^[^\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]*$/u;
/** Printable, and line breaks allowed (for a bio). */
export const PRINTABLE_MULTILINE = /^(?:[^\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]|\r?\n)*$/u;
/** Pragmatic: something@something.tld, no spaces. Deliverability is proven by the invitation. */
export const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/u;
export const PHONE = /^\+?[0-9 ()-]{6,}$/u;

/**
 * Text with each run of control characters (C0 and C1, NUL, tabs and line breaks included) made
 * one space: what can be stored and searched of text from outside (a search, a file's words).
 */
export function spaceOutControls(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
}

/** Optional free text: trimmed, NFC-normalised, blank becomes null. */
export const optionalText = (max: number, label: string, pattern = PRINTABLE) =>
  z
    .string()
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .regex(pattern, `${label} must not contain control characters`)
    .transform((value) => (value === '' ? null : value.normalize('NFC')))
    .nullable()
    .optional()
    .transform((value) => value ?? null);

/** Required free text: trimmed, NFC-normalised, with GOV.UK-style messages. */
export const requiredText = (max: number, label: string, missing: string, pattern = PRINTABLE) =>
  z
    .string({ error: missing })
    .trim()
    .min(1, missing)
    .max(max, `${label} must be ${max} characters or fewer`)
    .regex(pattern, `${label} must not contain control characters`)
    .transform((value) => value.normalize('NFC'));
