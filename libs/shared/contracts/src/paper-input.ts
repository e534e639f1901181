import { z } from 'zod';
import { PAPER_VISIBILITIES, type PaperVisibility } from './meeting';
import { PRINTABLE_MULTILINE, optionalText, requiredText } from './text';

/** Longest texts and lists a paper takes, as the database allows them. */
export const PAPER_LIMITS = {
  title: 200,
  contentNote: 1000,
  namedPeople: 100,
  withdrawalReason: 500,
} as const;

const optionalId = (message: string) =>
  z
    .string({ error: message })
    .uuid(message)
    .nullable()
    .optional()
    .transform((value) => value ?? null);

const paperFields = {
  agendaItemId: optionalId('Choose an agenda item from the list'),
  title: requiredText(PAPER_LIMITS.title, 'Title', 'Enter a title for the paper'),
  visibility: z.enum(PAPER_VISIBILITIES, { error: 'Choose who can open the paper' }),
  namedPersonIds: z
    .array(z.string({ error: 'Choose people from the list' }).uuid('Choose people from the list'), {
      error: 'Choose people from the list',
    })
    .max(
      PAPER_LIMITS.namedPeople,
      `A paper can name at most ${PAPER_LIMITS.namedPeople} people: make it a members’ paper instead`,
    )
    .nullable()
    .optional()
    .transform((ids) => [...new Set(ids ?? [])]),
  contentNote: optionalText(PAPER_LIMITS.contentNote, 'Content note', PRINTABLE_MULTILINE),
  easyReadOf: optionalId('Choose the paper this is an easy read version of from the list'),
  supersedes: optionalId('Choose the paper this replaces from the list'),
};

interface PaperFieldsOutput {
  visibility: PaperVisibility;
  namedPersonIds: string[];
  easyReadOf: string | null;
  supersedes: string | null;
}

/**
 * The checks that need more than one field: a NAMED paper names at least one person (and only a
 * NAMED paper keeps its names: a form that switches to PUBLIC may still send them, and they are
 * dropped), and a paper is not both the easy read version of a paper and its replacement.
 */
function checkTogether<T extends PaperFieldsOutput>(paper: T, context: z.RefinementCtx): void {
  if (paper.visibility === 'NAMED' && paper.namedPersonIds.length === 0) {
    context.addIssue({
      code: 'custom',
      path: ['namedPersonIds'],
      message: 'Choose at least one person who can open the paper',
    });
  }
  if (paper.easyReadOf !== null && paper.easyReadOf === paper.supersedes) {
    context.addIssue({
      code: 'custom',
      path: ['supersedes'],
      message: 'A paper cannot be both an easy read version of a paper and its replacement',
    });
  }
}

function withoutStrayNames<T extends PaperFieldsOutput>(paper: T): T {
  return paper.visibility === 'NAMED' ? paper : { ...paper, namedPersonIds: [] };
}

/**
 * A paper as the secretariat edits it. Every id is checked by the API against the meeting: the
 * agenda item, the paper it is an easy read version of and the paper it replaces must all belong
 * to the paper's meeting, and the named people must exist.
 */
export const paperDetailsSchema = z
  .object(paperFields)
  .superRefine(checkTogether)
  .transform(withoutStrayNames);
export type PaperDetails = z.output<typeof paperDetailsSchema>;

/** A new paper: its details and the meeting it is for (a paper never moves to another meeting). */
export const newPaperSchema = z
  .object({
    meetingId: z.string({ error: 'Choose a meeting' }).uuid('Choose a meeting'),
    ...paperFields,
  })
  .superRefine(checkTogether)
  .transform(withoutStrayNames);
export type NewPaper = z.output<typeof newPaperSchema>;

/** Why the secretariat withdraws a paper: shown with it to everyone who can see it. */
export const paperWithdrawalSchema = z.object({
  reason: requiredText(
    PAPER_LIMITS.withdrawalReason,
    'The reason',
    'Enter why the paper is withdrawn',
    PRINTABLE_MULTILINE,
  ),
});
export type PaperWithdrawal = z.output<typeof paperWithdrawalSchema>;

/** Who a paper is for, as far as comparing two papers' audiences needs. */
export interface PaperAudience {
  readonly visibility: PaperVisibility;
  readonly namedPersonIds: readonly string[];
}

/**
 * Whether an easy read version may have this audience, given the original's; null when it may,
 * else the message (about the version's visibility).
 *
 * The rule: **an easy read version is open to everyone who may open the original**, since it
 * exists so that they can read it. It may be more open than the original (the secretariat may
 * publish an easy read summary of a members' paper), never less:
 *
 * - of a PUBLIC paper: PUBLIC;
 * - of a MEMBERS paper: PUBLIC or MEMBERS;
 * - of a NAMED paper: PUBLIC, or NAMED naming at least everyone the original names. MEMBERS is
 *   refused, since a named person need not be a member of the body (and then could not open it).
 *
 * Staff open everything, so they do not come into it.
 */
export function easyReadAudienceProblem(
  original: PaperAudience,
  version: PaperAudience,
): string | null {
  if (version.visibility === 'PUBLIC') return null;
  switch (original.visibility) {
    case 'PUBLIC':
      return 'The original paper is public, so its easy read version must be public too';
    case 'MEMBERS':
      return version.visibility === 'MEMBERS'
        ? null
        : 'The original paper is for members, so its easy read version must be for members or public';
    case 'NAMED': {
      if (version.visibility !== 'NAMED') {
        return 'The original paper is for named people, so its easy read version must be public or name at least the same people';
      }
      const named = new Set(version.namedPersonIds);
      return original.namedPersonIds.every((id) => named.has(id))
        ? null
        : 'The easy read version must name at least everyone the original paper names';
    }
    default:
      return 'Choose who can open the paper';
  }
}
