import type { InvitationStatus } from '@boards/web/api-client';
import type { TagColour } from '@boards/web/ui-govuk';

/** An invitation's status in a word, and the GOV.UK tag colour to show it in. */
export const INVITATION_STATUS: Record<
  InvitationStatus,
  { readonly label: string; readonly colour?: TagColour }
> = {
  PENDING: { label: 'Waiting', colour: 'yellow' },
  ACCEPTED: { label: 'Accepted', colour: 'green' },
  EXPIRED: { label: 'Expired', colour: 'grey' },
  REVOKED: { label: 'Revoked', colour: 'red' },
};
