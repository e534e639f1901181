import {
  MEMBERSHIP_ROLE_LABELS,
  PUBLIC_DISPLAY_LABELS,
  isMembershipRole,
  isPublicDisplayChoice,
} from '@boards/shared/contracts';
import { formatLocalDate } from '../dates';

/** Audited actions in words; an action not listed here is shown as its name. */
export const AUDIT_ACTION_LABELS: Readonly<Record<string, string>> = {
  'person.create': 'Added a person',
  'person.update': 'Changed a person’s details',
  'person.display.give': 'Recorded consent to public display',
  'person.display.withdraw': 'Recorded that consent was withdrawn',
  'session.start': 'Signed in',
  'session.end': 'Signed out',
  'session.totp.verify': 'Signed in with an authenticator app code',
  'account.create': 'Set up an account',
  'account.grants': 'Changed an account’s rights',
  'account.disable': 'Disabled an account',
  'account.enable': 'Enabled an account',
  'account.totp.enable': 'Turned on two-step verification',
  'account.totp.disable': 'Turned off two-step verification',
  'invitation.send': 'Sent an invitation',
  'invitation.revoke': 'Revoked an invitation',
  'invitation.accept': 'Accepted an invitation',
  'password.change': 'Changed their password',
  'password.reset': 'Reset a password',
  'password.reset.request': 'Asked to reset a password',
  'body.create': 'Added a board or group',
  'body.update': 'Changed a board or group',
  'termsOfReference.draft.start': 'Started a draft of terms of reference',
  'termsOfReference.draft.save': 'Saved a draft of terms of reference',
  'termsOfReference.draft.discard': 'Discarded a draft of terms of reference',
  'termsOfReference.publish': 'Published terms of reference',
  'termsOfReference.supersede': 'Superseded terms of reference by a newer version',
  'body.dissolve': 'Dissolved a board or group',
  'membership.appoint': 'Appointed a member',
  'membership.end': 'Ended a membership',
  'membership.extend': 'Extended a membership',
  'membership.change-role': 'Changed a member’s role',
  'membership.correct': 'Corrected a membership',
  'membership.remove': 'Removed a membership recorded in error',
  'membership.cancel': 'Removed a membership that had not begun',
  'membership.import': 'Imported memberships from a CSV file',
  'cross-seat-rule.create': 'Added a cross-seat rule',
  'cross-seat-rule.change': 'Changed a cross-seat rule',
  'cross-seat-rule.remove': 'Removed a cross-seat rule',
};

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
  maxSeats: 'Most seats',
  dissolvedOn: 'Dissolved from',
  establishedOn: 'Established',
  imported: 'Memberships imported',
  lines: 'Lines in the file',
};

export function actionText(action: string): string {
  return AUDIT_ACTION_LABELS[action] ?? action;
}

export function fieldText(field: string): string {
  return AUDIT_FIELD_LABELS[field] ?? field;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function valueText(field: string, value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (value === '') return 'blank';
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
    return value.length ? value.map((item) => valueText(field, item)).join(', ') : 'none';
  }
  return JSON.stringify(value);
}

/**
 * A value from the audit trail (JSON, or null when there was none) in words: text as it is,
 * "Yes"/"No" for true and false, dates in the GOV.UK style, display choices by their labels,
 * and "nothing" for no value.
 */
export function changeValueText(field: string, json: string | null): string {
  if (json === null) return 'nothing';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  return valueText(field, value);
}

export interface AuditChange {
  readonly field: string;
  readonly before?: string | null;
  readonly after?: string | null;
}

/** One change as "Full name: Amara Okafor → Amara Okafor-Jones" parts, for a readable list. */
export function changeParts(change: AuditChange): {
  readonly field: string;
  readonly before: string | null;
  readonly after: string;
} {
  const before = change.before ?? null;
  return {
    field: fieldText(change.field),
    // An entry with nothing before is a new value: shown without an arrow.
    before: before === null ? null : changeValueText(change.field, before),
    after: changeValueText(change.field, change.after ?? null),
  };
}
