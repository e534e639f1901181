import { z } from 'zod';

/**
 * The life of one version of a body's terms of reference: a DRAFT is edited, then PUBLISHED
 * (and never changed again), then SUPERSEDED when the next version is published. The same three
 * values are the `terms_of_reference_status` enum in the database.
 */
export const TERMS_OF_REFERENCE_STATUSES = ['DRAFT', 'PUBLISHED', 'SUPERSEDED'] as const;
export type TermsOfReferenceStatus = (typeof TERMS_OF_REFERENCE_STATUSES)[number];

export const TERMS_OF_REFERENCE_STATUS_LABELS: Record<TermsOfReferenceStatus, string> = {
  DRAFT: 'Draft',
  PUBLISHED: 'Published',
  SUPERSEDED: 'Superseded',
};

/** A quorum is a number of voting members, or a fraction of them. */
export const QUORUM_KINDS = ['COUNT', 'FRACTION'] as const;
export type QuorumKind = (typeof QUORUM_KINDS)[number];

/** Longest values the portal keeps; the database has the same limits. */
export const TERMS_OF_REFERENCE_LIMITS = {
  content: 50_000,
  meetingFrequency: 200,
  composition: 4_000,
  /** The largest quorum given as a number of members. */
  quorumCount: 500,
  /** The largest denominator of a quorum given as a fraction. */
  quorumDenominator: 100,
} as const;

/** Printable text on several lines: no control or format characters but tab and line breaks. */
const PRINTABLE_LINES = /^(?:[^\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]|[\t\n])*$/u;
/** Printable text on one line. */
const PRINTABLE_LINE = /^[^\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}]*$/u;

/** Line breaks as `\n`, no spaces at the ends of lines or after the last line, NFC. */
function tidyLines(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/^\n+|\n+$/g, '')
    .normalize('NFC');
}

/** Free text that may be blank in a draft; published versions must fill it in. */
const draftText = (max: number, label: string, pattern: RegExp, multiline: boolean) =>
  z
    .string({ error: `${label} must be text` })
    .transform((value) => (multiline ? tidyLines(value) : value.trim().normalize('NFC')))
    .pipe(
      z
        .string()
        .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`)
        .regex(pattern, `${label} must not contain control characters`),
    );

const wholeNumber = (message: string) => z.number({ error: message }).int(message);

export const QUORUM_MESSAGES = {
  kind: 'Select whether the quorum is a number of members or a fraction of them',
  count: 'Enter the quorum as a whole number of members, like 4',
  countRange: `The quorum must be from 1 to ${TERMS_OF_REFERENCE_LIMITS.quorumCount} members`,
  numerator: 'Enter the top of the fraction as a whole number, like 1 in 1/2',
  denominator: 'Enter the bottom of the fraction as a whole number, like 2 in 1/2',
  fractionRange: `The fraction must be between 1/${TERMS_OF_REFERENCE_LIMITS.quorumDenominator} and 1, like 1/2 or 2/3`,
} as const;

/**
 * A quorum as the secretariat enters it: `{ kind: 'COUNT', count }` or
 * `{ kind: 'FRACTION', numerator, denominator }` (a fraction of the voting members, from
 * 1/100 to 1/1). Fields of the other kind are ignored.
 */
export const quorumSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('COUNT'),
      count: wholeNumber(QUORUM_MESSAGES.count)
        .min(1, QUORUM_MESSAGES.countRange)
        .max(TERMS_OF_REFERENCE_LIMITS.quorumCount, QUORUM_MESSAGES.countRange),
    }),
    z
      .object({
        kind: z.literal('FRACTION'),
        numerator: wholeNumber(QUORUM_MESSAGES.numerator).min(1, QUORUM_MESSAGES.fractionRange),
        denominator: wholeNumber(QUORUM_MESSAGES.denominator)
          .min(1, QUORUM_MESSAGES.fractionRange)
          .max(TERMS_OF_REFERENCE_LIMITS.quorumDenominator, QUORUM_MESSAGES.fractionRange),
      })
      .refine((quorum) => quorum.numerator <= quorum.denominator, {
        message: QUORUM_MESSAGES.fractionRange,
        path: ['numerator'],
      }),
  ],
  { error: QUORUM_MESSAGES.kind },
);
export type QuorumInput = z.output<typeof quorumSchema>;

/**
 * A draft of terms of reference as the secretariat saves it. Anything may still be blank (a
 * draft is work in progress); publishing asks for every part. Text is tidied: line breaks as
 * `\n`, no trailing spaces, NFC.
 */
export const termsOfReferenceDraftSchema = z.object({
  content: draftText(TERMS_OF_REFERENCE_LIMITS.content, 'The text', PRINTABLE_LINES, true),
  quorum: quorumSchema
    .nullable()
    .optional()
    .transform((value) => value ?? null),
  meetingFrequency: draftText(
    TERMS_OF_REFERENCE_LIMITS.meetingFrequency,
    'How often it meets',
    PRINTABLE_LINE,
    false,
  ),
  composition: draftText(
    TERMS_OF_REFERENCE_LIMITS.composition,
    'Membership',
    PRINTABLE_LINES,
    true,
  ),
});
export type TermsOfReferenceDraft = z.output<typeof termsOfReferenceDraftSchema>;
export type TermsOfReferenceDraftInput = z.input<typeof termsOfReferenceDraftSchema>;
