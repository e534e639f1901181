import { termsOfReferenceDraftSchema, type TermsOfReferenceDraft } from '@boards/shared/contracts';
import type { QuorumKind } from '@boards/web/api-client';
import {
  dateFieldErrors,
  parseDateFields,
  readDateFields,
  type DateQuestion,
} from '../date-fields';
import type { FieldError } from '../form-state';

/** The draft form's fields, in the order of the page: each input's name and id. */
export const DRAFT_FIELDS = ['quorum', 'meetingFrequency', 'composition', 'content'] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];
export type DraftFormValues = Readonly<Record<DraftField, string>>;

/** API field (`quorum.count`…) → the id of the input it is about. */
export const DRAFT_FIELD_IDS: Readonly<Record<string, DraftField>> = {
  content: 'content',
  quorum: 'quorum',
  'quorum.kind': 'quorum',
  'quorum.count': 'quorum',
  'quorum.numerator': 'quorum',
  'quorum.denominator': 'quorum',
  meetingFrequency: 'meetingFrequency',
  composition: 'composition',
};

/** The hidden fields naming the draft and the version of it the form was loaded with. */
export const DRAFT_ID = 'draftId';
export const EXPECTED_VERSION = 'expectedVersion';

/** Shown when someone else saved the draft between loading the form and posting it. */
export const DRAFT_CONFLICT_MESSAGE =
  'Someone else saved this draft while you were working on it. The form now shows their version: your changes are below it, to copy in again before you save';

export const QUORUM_FORMAT_MESSAGE =
  'Enter the quorum as a number of members, like 4, or a fraction of them, like 1/2';

type Source = { get(name: string): unknown };

const text = (form: Source, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
};

/**
 * The quorum as typed: a whole number of members ("4"), a fraction of them ("1/2", "2 / 3"), or
 * blank for not decided yet. Undefined when it is none of these.
 */
export function parseQuorum(
  typed: string,
):
  | { kind: 'COUNT'; count: number }
  | { kind: 'FRACTION'; numerator: number; denominator: number }
  | null
  | undefined {
  const value = typed.trim();
  if (value === '') return null;
  const count = /^(\d{1,9})$/.exec(value);
  if (count) return { kind: 'COUNT', count: Number(count[1]) };
  const fraction = /^(\d{1,9})\s*\/\s*(\d{1,9})$/.exec(value);
  if (fraction) {
    return { kind: 'FRACTION', numerator: Number(fraction[1]), denominator: Number(fraction[2]) };
  }
  return undefined;
}

export type DraftFormResult =
  | { readonly ok: true; readonly input: TermsOfReferenceDraft; readonly values: DraftFormValues }
  | { readonly ok: false; readonly errors: FieldError[]; readonly values: DraftFormValues };

/**
 * Reads the draft form and checks it with the schema the API uses, so the messages are the same
 * before and after a round trip. Anything may be blank in a draft; a quorum, once given, must be
 * a number of members or a fraction of them.
 */
export function readDraftForm(form: Source): DraftFormResult {
  const values = Object.fromEntries(
    DRAFT_FIELDS.map((field) => [field, text(form, field)]),
  ) as DraftFormValues;
  const quorum = parseQuorum(values.quorum);
  const result = termsOfReferenceDraftSchema.safeParse({
    content: values.content,
    quorum: quorum ?? null,
    meetingFrequency: values.meetingFrequency,
    composition: values.composition,
  });
  const errors: FieldError[] = [];
  // In the order of the form, one message per field.
  for (const field of DRAFT_FIELDS) {
    if (field === 'quorum' && quorum === undefined) {
      errors.push({ field, message: QUORUM_FORMAT_MESSAGE });
      continue;
    }
    const issue = result.success
      ? undefined
      : result.error.issues.find(
          (candidate) => DRAFT_FIELD_IDS[candidate.path.join('.')] === field,
        );
    if (issue) errors.push({ field, message: issue.message });
  }
  if (result.success && !errors.length) return { ok: true, input: result.data, values };
  return { ok: false, errors, values };
}

/** A quorum as the form shows it: "4", "1/2", or blank. */
function quorumText(
  quorum:
    | {
        readonly kind: QuorumKind;
        readonly count?: number | null;
        readonly numerator?: number | null;
        readonly denominator?: number | null;
      }
    | null
    | undefined,
): string {
  if (!quorum) return '';
  return quorum.kind === 'COUNT'
    ? String(quorum.count ?? '')
    : `${quorum.numerator ?? ''}/${quorum.denominator ?? ''}`;
}

/** A saved draft (or version) as the form's values. */
export function draftFormValues(draft: {
  readonly content: string;
  readonly meetingFrequency: string;
  readonly composition: string;
  readonly quorum?: Parameters<typeof quorumText>[0];
}): DraftFormValues {
  return {
    quorum: quorumText(draft.quorum),
    meetingFrequency: draft.meetingFrequency,
    composition: draft.composition,
    content: draft.content,
  };
}

/** The fields of `mine` that differ from `theirs`, ignoring spaces at the ends. */
export function changedDraftFields(mine: DraftFormValues, theirs: DraftFormValues): DraftField[] {
  return DRAFT_FIELDS.filter((field) => mine[field].trim() !== theirs[field].trim());
}

/** The date input of the publish page (its id and name prefix). */
export const EFFECTIVE_FROM = 'effectiveFrom';

export const EFFECTIVE_FROM_QUESTION: DateQuestion = {
  missing: 'Enter the date the new terms of reference come into force',
  subject: 'The date they come into force',
};

/** API field → input id on the publish page. */
export const PUBLISH_FIELD_IDS: Readonly<Record<string, string>> = {
  effectiveFrom: `${EFFECTIVE_FROM}-day`,
};

export type PublishFormResult =
  | {
      readonly ok: true;
      readonly effectiveFrom: string;
      readonly values: Record<string, string>;
    }
  | { readonly ok: false; readonly errors: FieldError[]; readonly values: Record<string, string> };

/** Reads the publish form: the day the version comes into force. */
export function readPublishForm(form: Source): PublishFormResult {
  const fields = readDateFields(form, EFFECTIVE_FROM);
  const values = {
    [`${EFFECTIVE_FROM}-day`]: fields.day,
    [`${EFFECTIVE_FROM}-month`]: fields.month,
    [`${EFFECTIVE_FROM}-year`]: fields.year,
  };
  const date = parseDateFields(fields, EFFECTIVE_FROM_QUESTION);
  if (!date.ok || date.value === null) {
    const message = date.ok ? EFFECTIVE_FROM_QUESTION.missing : date.message;
    const parts = date.ok ? undefined : date.parts;
    return { ok: false, errors: dateFieldErrors(EFFECTIVE_FROM, message, parts), values };
  }
  return { ok: true, effectiveFrom: date.value, values };
}
