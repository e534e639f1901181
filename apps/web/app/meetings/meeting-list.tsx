import { Tag } from '@boards/web/ui-govuk';
import type { MeetingStatus } from '@boards/shared/contracts';
import { bodiesInWords, statusTag } from './meeting-display';

export interface MeetingListItem {
  readonly id: string;
  readonly title: string;
  readonly when: string;
  readonly status: MeetingStatus;
  readonly statusReason?: string | null;
  readonly bodies: readonly { readonly name: string }[];
  /** Where the title links to: the meeting's public page unless given. */
  readonly href?: string;
  /** The one asking's own attendance, when the list is theirs ("Apologies sent"). */
  readonly myAttendance?: { readonly status?: string | null } | null;
}

/** A list of meetings, each a link to its page, with when it is and any change of status. */
export function MeetingList({
  meetings,
  showBodies = false,
  empty,
}: {
  readonly meetings: readonly MeetingListItem[];
  readonly showBodies?: boolean;
  readonly empty: string;
}) {
  if (!meetings.length) return <p className="govuk-body">{empty}</p>;
  return (
    <ul className="govuk-list app-meeting-list">
      {meetings.map((meeting) => {
        const tag = statusTag(meeting.status);
        return (
          <li key={meeting.id} className="govuk-!-margin-bottom-4">
            <a
              className="govuk-link govuk-!-font-weight-bold"
              href={meeting.href ?? `/meetings/${meeting.id}`}
            >
              {meeting.title}
            </a>
            {tag ? (
              <>
                {' '}
                <Tag colour={tag.colour}>{tag.text}</Tag>
              </>
            ) : null}
            {meeting.myAttendance?.status === 'APOLOGIES' ? (
              <>
                {' '}
                <Tag colour="grey">Apologies sent</Tag>
              </>
            ) : null}
            <br />
            <span className="govuk-body-s">
              {meeting.when}
              {showBodies ? <> · {bodiesInWords(meeting.bodies)}</> : null}
            </span>
            {meeting.statusReason ? (
              <>
                <br />
                <span className="govuk-body-s">{meeting.statusReason}</span>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
