import type { EmailDeliveryStatus } from '@boards/web/api-client';
import type { TagColour } from '@boards/web/ui-govuk';
import { formatDateTime } from '../dates';

/** An email's delivery status in a word, and the GOV.UK tag colour to show it in. */
export const EMAIL_DELIVERY_STATUS: Record<
  EmailDeliveryStatus,
  { readonly label: string; readonly colour?: TagColour }
> = {
  QUEUED: { label: 'Queued', colour: 'grey' },
  RETRYING: { label: 'Retrying', colour: 'yellow' },
  SENT: { label: 'Sent', colour: 'green' },
  FAILED: { label: 'Failed', colour: 'red' },
};

export const EMAIL_DELIVERY_STATUSES = Object.keys(EMAIL_DELIVERY_STATUS) as EmailDeliveryStatus[];

/** A status from a page's address, if it is one. */
export function emailStatusOf(value: string | null): EmailDeliveryStatus | null {
  return EMAIL_DELIVERY_STATUSES.find((status) => status === value) ?? null;
}

/** What the portal's kinds of email are, in words; an unknown kind by its name. */
const KINDS: Readonly<Record<string, string>> = {
  'account.invitation': 'Invitation to sign in',
  'account.password-reset': 'Password reset',
  'meeting.scheduled': 'New meeting',
  'meeting.moved': 'Meeting moved',
  'meeting.details_changed': 'Meeting changed',
  'meeting.postponed': 'Meeting postponed',
  'meeting.cancelled': 'Meeting cancelled',
  'meeting.rescheduled': 'Meeting given a new date',
  'meeting.reminder': 'Meeting reminder',
  'papers.added': 'New papers',
  'minutes.circulated': 'Minutes for comment',
  'action.assigned': 'Action given',
  'action.due': 'Action due soon',
};

export function emailKindText(kind: string): string {
  return KINDS[kind] ?? kind;
}

const times = (count: number) => (count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`);

export interface DeliveryFacts {
  readonly status: EmailDeliveryStatus;
  readonly attempts: number;
  readonly sendAfter: string;
  readonly sentAt?: string | null;
  readonly gaveUpAt?: string | null;
}

/** One sentence on how delivery went, beside the status tag. */
export function deliveryText(email: DeliveryFacts): string {
  switch (email.status) {
    case 'SENT':
      return email.sentAt ? `Accepted by the mail server ${formatDateTime(email.sentAt)}` : '';
    case 'FAILED':
      return `Given up ${email.gaveUpAt ? `${formatDateTime(email.gaveUpAt)} ` : ''}after trying ${times(email.attempts)}`;
    case 'RETRYING':
      return `Tried ${times(email.attempts)}; next try ${formatDateTime(email.sendAfter)}`;
    default:
      return `Waiting to be sent, from ${formatDateTime(email.sendAfter)}`;
  }
}

/**
 * Whether an email can be sent again: a failed one goes back in the queue, a sent one is copied
 * into it; one still queued or retrying is on its way already.
 */
export function canResend(status: EmailDeliveryStatus): boolean {
  return status === 'FAILED' || status === 'SENT';
}
