import {
  AUDIT_ACTION_KIND_LABELS,
  AUDIT_ACTION_LABELS,
  AUDIT_OBJECT_TYPE_LABELS,
  auditActionKind,
  isAuditAction,
  isAuditObjectType,
  type AuditAction,
  MEMBERSHIP_ROLE_LABELS,
  PUBLIC_DISPLAY_LABELS,
  isMembershipRole,
  isPublicDisplayChoice,
} from '@boards/shared/contracts';
import { formatLocalDate } from '../dates';

/** Changed fields in words; a field not listed here is shown as its name. */
export const AUDIT_FIELD_LABELS: Readonly<Record<string, string>> = {
  fullName: 'Full name',
  email: 'Email address',
  phone: 'Phone number',
  affiliation: 'Organisation or role',
  bio: 'Bio',
  livedExperience: 'Lived experience of care',
  choice: 'How they are shown to the public',
  showLivedExperience: 'Lived experience shown to the public',
  effectiveOn: 'From',
  consentId: 'Consent record',
  grants: 'Rights',
  content: 'Text',
  quorum: 'Quorum',
  meetingFrequency: 'How often it meets',
  composition: 'Membership',
  basedOn: 'Copied from version',
  supersededBy: 'Superseded by version',
  supersedes: 'Supersedes version',
  number: 'Version number',
  status: 'Status',
  effectiveFrom: 'In force from',
  body: 'Body',
  role: 'Role',
  seat: 'Seat',
  startsOn: 'First day',
  endsOn: 'Last day',
  endReason: 'End reason',
  reason: 'Reason',
  minSeats: 'Fewest seats',
  removed: 'Removed',
  maxSeats: 'Most seats',
  dissolvedOn: 'Dissolved from',
  establishedOn: 'Established',
  imported: 'Memberships imported',
  lines: 'Lines in the file',
};

/** An audited action in words (AUDIT_ACTION_LABELS); one the portal no longer records, by its name. */
export function actionText(action: string): string {
  return isAuditAction(action) ? AUDIT_ACTION_LABELS[action] : action;
}

/** What was changed, in words ("Agenda item"); a type the portal no longer records, by its name. */
export function objectTypeText(objectType: string): string {
  return isAuditObjectType(objectType) ? AUDIT_OBJECT_TYPE_LABELS[objectType] : objectType;
}

/** Where the secretariat sees the thing an entry is about, for those that have a page by id. */
export function objectHref(objectType: string, id: string): string | null {
  const key = encodeURIComponent(id);
  switch (objectType) {
    case 'Person':
      return `/secretariat/people/${key}`;
    case 'Meeting':
      return `/secretariat/meetings/${key}`;
    case 'Paper':
      return `/papers/${key}`;
    default:
      return null;
  }
}

interface Choice {
  readonly value: string;
  readonly text: string;
}

/** A choice for a value from an old address that the lists no longer offer, so it stays shown. */
const kept = (current: string | undefined, choices: readonly Choice[]): Choice[] =>
  current && !choices.some((choice) => choice.value === current)
    ? [{ value: current, text: current }]
    : [];

/**
 * The audit trail's action filter: any action; then, kind by kind, every action of the kind
 * (its name's prefix, "paper.") and each action in words.
 */
export function actionChoices(current?: string): Choice[] {
  const byKind = new Map<string, AuditAction[]>();
  for (const action of Object.keys(AUDIT_ACTION_LABELS) as AuditAction[]) {
    const kind = auditActionKind(action);
    byKind.set(kind, [...(byKind.get(kind) ?? []), action]);
  }
  const choices: Choice[] = [{ value: '', text: 'Any action' }];
  for (const [kind, actions] of byKind) {
    const kindText = AUDIT_ACTION_KIND_LABELS[kind] ?? kind;
    choices.push({ value: `${kind}.`, text: `${kindText}: every action` });
    for (const action of actions) {
      choices.push({ value: action, text: `${kindText}: ${AUDIT_ACTION_LABELS[action]}` });
    }
  }
  return [...choices, ...kept(current, choices)];
}

/** The audit trail's filter by what was changed, in words, alphabetically. */
export function objectTypeChoices(current?: string): Choice[] {
  const choices: Choice[] = [
    { value: '', text: 'Anything' },
    ...Object.entries(AUDIT_OBJECT_TYPE_LABELS)
      .map(([value, text]) => ({ value, text }))
      .sort((a, b) => a.text.localeCompare(b.text, 'en-GB')),
  ];
  return [...choices, ...kept(current, choices)];
}

export function fieldText(field: string): string {
  return AUDIT_FIELD_LABELS[field] ?? field;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** What ids in an entry name today (the API's `names`), by id. */
export type AuditNames = ReadonlyMap<string, string>;

const NO_NAMES: AuditNames = new Map();

function valueText(field: string, value: unknown, names: AuditNames): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (value === '') return 'blank';
    const name = names.get(value);
    if (name !== undefined) return name;
    if (field === 'choice' && isPublicDisplayChoice(value)) return PUBLIC_DISPLAY_LABELS[value];
    if (field === 'role' && isMembershipRole(value)) return MEMBERSHIP_ROLE_LABELS[value];
    if (field === 'seat' && value === 'CROSS_SEAT') return 'Cross-seat';
    if (field === 'seat' && value === 'ORDINARY') return 'Ordinary';
    if (ISO_DATE.test(value)) {
      try {
        return formatLocalDate(value);
      } catch {
        return value;
      }
    }
    return value;
  }
  if (Array.isArray(value)) {
    return value.length ? value.map((item) => valueText(field, item, names)).join(', ') : 'none';
  }
  return JSON.stringify(value);
}

/**
 * A value from the audit trail (JSON, or null when there was none) in words: text as it is,
 * "Yes"/"No" for true and false, dates in the GOV.UK style, display choices by their labels,
 * ids by what they name today (`names`), and "nothing" for no value.
 */
export function changeValueText(
  field: string,
  json: string | null,
  names: AuditNames = NO_NAMES,
): string {
  if (json === null) return 'nothing';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  return valueText(field, value, names);
}

export interface AuditChange {
  readonly field: string;
  readonly before?: string | null;
  readonly after?: string | null;
}

/** One change as "Full name: Amara Okafor → Amara Okafor-Jones" parts, for a readable list. */
export function changeParts(
  change: AuditChange,
  names: AuditNames = NO_NAMES,
): {
  readonly field: string;
  readonly before: string | null;
  readonly after: string;
} {
  const before = change.before ?? null;
  return {
    field: fieldText(change.field),
    // An entry with nothing before is a new value: shown without an arrow.
    before: before === null ? null : changeValueText(change.field, before, names),
    after: changeValueText(change.field, change.after ?? null, names),
  };
}
