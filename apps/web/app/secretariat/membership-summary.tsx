import { SummaryList, Tag } from '@boards/web/ui-govuk';
import { formatLocalDate } from '../dates';
import {
  MEMBERSHIP_STATUS,
  roleText,
  seatText,
  type MembershipStatusValue,
} from './membership-display';
import type { MembershipRole } from '@boards/shared/contracts';

export interface MembershipFacts {
  readonly role: MembershipRole;
  readonly seat: string;
  readonly startsOn: string;
  readonly endsOn: string | null;
  readonly endReason: string | null;
  readonly status: MembershipStatusValue;
  readonly person: { readonly id: string; readonly fullName: string };
  readonly fromBody: { readonly name: string } | null;
  readonly body: { readonly name: string };
}

/** A membership record as a summary list, at the top of its page and of each change to it. */
export function MembershipSummary({ membership }: { readonly membership: MembershipFacts }) {
  const status = MEMBERSHIP_STATUS[membership.status];
  return (
    <SummaryList
      rows={[
        {
          key: 'Person',
          value: (
            <a
              className="govuk-link"
              href={`/secretariat/people/${encodeURIComponent(membership.person.id)}`}
            >
              {membership.person.fullName}
            </a>
          ),
        },
        { key: 'Body', value: membership.body.name },
        { key: 'Role', value: roleText(membership.role) },
        { key: 'Seat', value: seatText(membership.seat, membership.fromBody) },
        { key: 'First day', value: formatLocalDate(membership.startsOn) },
        {
          key: 'Last day',
          value: membership.endsOn ? formatLocalDate(membership.endsOn) : 'No end date',
        },
        membership.endReason !== null && { key: 'End reason', value: membership.endReason },
        { key: 'Status today', value: <Tag colour={status.colour}>{status.label}</Tag> },
      ]}
    />
  );
}
