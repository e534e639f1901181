import { MeetingMembersOnlyDocument, MeetingPageDocument } from '@boards/web/api-client';
import { InsetText, SummaryList, Table, Tag } from '@boards/web/ui-govuk';
import type { LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { formatTime } from '../dates';
import { AgendaItemTitle } from '../meetings/agenda-item-title';
import { bodiesInWords, formatDuration, statusTag } from '../meetings/meeting-display';
import { MinutesSection } from '../meetings/minutes-section';
import { Contact, SupportText } from '../meetings/support';
import { loadMeetingRecord } from '../meetings/minutes-section.server';
import { AgendaItemPapers, PapersSection } from '../meetings/papers-section';
import { loadMeetingPapers } from '../meetings/papers.server';
import { formPageTitle } from '../form-state';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { idParam } from '../id-param';
import { meetingFeedPath } from '../calendars/feed-paths';
import { ApologiesErrorSummary, ApologiesSection } from '../meetings/apologies';
import { useFormState } from '../form-state';

export const handle: RouteHandle = { breadcrumbs: [{ text: 'Home', href: '/' }] };

/** "Error: " first when a form on the page (a comment, an action moved on) came back with problems. */
export const meta: MetaFunction<typeof loader> = (args) => [
  { title: args.data ? formPageTitle(args.data.meeting.title, args) : pageTitle() },
];

/**
 * A meeting's page. Everyone sees when and where, and the public agenda; members of the body on
 * the day (cross-seats included) and the secretariat also see private items, the online link and
 * how to get support. The API decides who is who: the page only asks for the members' parts
 * when the API says the one asking may see them.
 */
export async function loader(args: LoaderFunctionArgs) {
  const id = idParam(args.params);
  const { meeting } = await apiRequest(args, MeetingPageDocument, { id });
  if (!meeting) throw new Response(null, { status: 404 });
  const membersOnly = meeting.canSeeMembersOnly
    ? (await apiRequest(args, MeetingMembersOnlyDocument, { id })).meeting
    : null;
  const record = await loadMeetingRecord(args, meeting);
  return { meeting, membersOnly, papers: await loadMeetingPapers(args, id), record };
}

export default function MeetingPage() {
  const { meeting, membersOnly, papers, record } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const tag = statusTag(meeting.status);
  const [lead] = meeting.bodies;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ApologiesErrorSummary errors={errors} />
        <span className="govuk-caption-l">
          {meeting.bodies.length > 1 ? 'Joint meeting' : (lead?.name ?? 'Meeting')}
        </span>
        <h1 className="govuk-heading-l">
          {meeting.title}
          {tag ? (
            <>
              {' '}
              <Tag colour={tag.colour}>{tag.text}</Tag>
            </>
          ) : null}
        </h1>
        {meeting.statusReason ? <InsetText>{meeting.statusReason}</InsetText> : null}
        {meeting.summary ? <p className="govuk-body-l">{meeting.summary}</p> : null}
        <SummaryList
          rows={[
            { key: 'When', value: `${meeting.when} (UK time)` },
            { key: 'Where', value: meeting.location ?? 'Online' },
            {
              key: meeting.bodies.length > 1 ? 'Bodies' : 'Body',
              value: (
                <ul className="govuk-list">
                  {meeting.bodies.map((body) => (
                    <li key={body.slug}>
                      <a
                        className="govuk-link"
                        href={`/bodies/${encodeURIComponent(body.slug)}/meetings`}
                      >
                        {body.name}
                      </a>
                    </li>
                  ))}
                </ul>
              ),
            },
            Boolean(membersOnly?.onlineLink) && {
              key: 'Join online',
              value: (
                <a
                  className="govuk-link"
                  href={membersOnly?.onlineLink ?? undefined}
                  rel="noreferrer"
                >
                  Join the meeting online
                  <span className="govuk-visually-hidden"> (for members only)</span>
                </a>
              ),
            },
          ]}
        />
        <p className="govuk-body">
          <a className="govuk-link" href={meetingFeedPath(meeting.id)} download>
            Add to your calendar
            <span className="govuk-visually-hidden">: {meeting.title}</span>
          </a>{' '}
          (a calendar file) or{' '}
          <a className="govuk-link" href="/subscribe">
            subscribe to calendars of meetings
          </a>
          .
        </p>

        {membersOnly?.myAttendance ? (
          <ApologiesSection
            meetingId={meeting.id}
            mine={membersOnly.myAttendance}
            errors={errors}
            values={values}
          />
        ) : null}

        <h2 className="govuk-heading-m">Agenda</h2>
        {meeting.agenda.length ? (
          <Table
            caption={`Agenda for ${bodiesInWords(meeting.bodies)}`}
            captionClassName="govuk-visually-hidden"
            head={[{ text: 'Item' }, { text: 'Title' }, { text: 'Time' }]}
            rows={meeting.agenda.map((item) => [
              { text: String(item.position) },
              {
                text: (
                  <>
                    <AgendaItemTitle item={item} withDescription />
                    <AgendaItemPapers papers={papers} itemId={item.id} />
                  </>
                ),
              },
              {
                text: [
                  item.plannedStart ? formatTime(item.plannedStart) : null,
                  item.durationMinutes ? formatDuration(item.durationMinutes) : null,
                ]
                  .filter(Boolean)
                  .join(', '),
              },
            ])}
          />
        ) : (
          <p className="govuk-body">The agenda has not been published yet.</p>
        )}
        {!meeting.canSeeMembersOnly && meeting.privateItemCount > 0 ? (
          <p className="govuk-body">
            {meeting.privateItemCount === 1
              ? 'There is also 1 private item, for members of the body only.'
              : `There are also ${meeting.privateItemCount} private items, for members of the body only.`}
          </p>
        ) : null}

        <PapersSection papers={papers} />

        {membersOnly?.support ? (
          <>
            <h2 className="govuk-heading-m">Support before and after the meeting</h2>
            <SupportText text={membersOnly.support} />
            {membersOnly.bodies.map((body) =>
              body.supportContact ? (
                <div key={body.id}>
                  <h3 className="govuk-heading-s">
                    {membersOnly.bodies.length > 1
                      ? `Your contact for the ${body.name}`
                      : 'Your contact in the secretariat'}
                  </h3>
                  <Contact contact={body.supportContact} />
                </div>
              ) : null,
            )}
          </>
        ) : null}

        <MinutesSection meetingId={meeting.id} agenda={meeting.agenda} record={record} />
      </div>
    </div>
  );
}
