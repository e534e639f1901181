/**
 * Email delivery: where a message in the outbox stands, and what sending it again means.
 *
 * The rules, in plain English:
 *
 * 1. A message the mail server accepted is SENT. One given up after its last failed attempt is
 *    FAILED. Otherwise it is still queued: QUEUED before any attempt, RETRYING after a failed
 *    one. A message is never both sent and given up.
 * 2. The secretariat may send a message again when it is FAILED (it goes back in the queue as
 *    it is, its attempts counted from nought) or SENT (a new copy is queued, linked to the
 *    original, which stays as it was). A message still queued or retrying is on its way
 *    already: sending it again is refused (INVALID_TRANSITION).
 */
import type { EmailDeliveryStatus } from '@boards/shared/contracts';
import { DomainError } from './domain-error';

export type { EmailDeliveryStatus } from '@boards/shared/contracts';

export interface EmailDeliveryFacts {
  sentAt: Date | null;
  gaveUpAt: Date | null;
  attempts: number;
}

/** Rule 1. */
export function emailDeliveryStatus(facts: EmailDeliveryFacts): EmailDeliveryStatus {
  if (facts.sentAt && facts.gaveUpAt) {
    throw new Error('An email cannot be both sent and given up');
  }
  if (facts.sentAt) return 'SENT';
  if (facts.gaveUpAt) return 'FAILED';
  return facts.attempts > 0 ? 'RETRYING' : 'QUEUED';
}

/** How a message is sent again: the same one queued afresh, or a new copy. */
export type EmailResend = 'REQUEUE' | 'COPY';

const STILL_QUEUED: Partial<Record<EmailDeliveryStatus, string>> = {
  QUEUED: 'This email is still waiting to be sent, so it cannot be sent again yet',
  RETRYING: 'This email will be tried again by itself, so it cannot be sent again yet',
};

/** Rule 2: how a message of `status` is sent again; INVALID_TRANSITION while it is queued. */
export function emailResend(status: EmailDeliveryStatus): EmailResend {
  if (status === 'FAILED') return 'REQUEUE';
  if (status === 'SENT') return 'COPY';
  throw new DomainError(
    'INVALID_TRANSITION',
    STILL_QUEUED[status] ?? 'That change is not allowed at this stage',
    { status },
  );
}
