/**
 * Where an email in the outbox stands, as the secretariat sees it:
 * - QUEUED: waiting for its first attempt (or for the time it may be sent);
 * - RETRYING: an attempt failed and it will be tried again;
 * - SENT: the mail server accepted it;
 * - FAILED: the last attempt failed and it was given up; it is sent only if resent.
 */
export const EMAIL_DELIVERY_STATUSES = ['QUEUED', 'RETRYING', 'SENT', 'FAILED'] as const;
export type EmailDeliveryStatus = (typeof EMAIL_DELIVERY_STATUSES)[number];

export const EMAIL_DELIVERY_STATUS_LABELS: Record<EmailDeliveryStatus, string> = {
  QUEUED: 'Queued',
  RETRYING: 'Retrying',
  SENT: 'Sent',
  FAILED: 'Failed',
};

export function isEmailDeliveryStatus(value: unknown): value is EmailDeliveryStatus {
  return (
    typeof value === 'string' && (EMAIL_DELIVERY_STATUSES as readonly string[]).includes(value)
  );
}
