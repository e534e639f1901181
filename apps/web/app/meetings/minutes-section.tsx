import type { ActionStatus } from '@boards/shared/contracts';
import type { MeetingMinutesQuery, MeetingRecordMembersOnlyQuery } from '@boards/web/api-client';
import {
  Button,
  InsetText,
  Markdown,
  Radios,
  Select,
  SummaryList,
  Tag,
  Textarea,
} from '@boards/web/ui-govuk';
import { FormErrorSummary } from '../components/form-error-summary';
import { isApologiesError } from './apologies';
import { formatDateTime, formatLocalDate } from '../dates';
import { errorFor, useFormState, type FieldError } from '../form-state';
import { COMMENT_FIELDS, actionNoteFieldId, actionStatusFieldId } from './minutes-form';
import {
  ACTION_STATUS_CHOICES,
  ACTION_STATUS_TAGS,
  ATTENDANCE_WORDS,
  MINUTES_STATUS_TAGS,
  groupByItem,
  itemLabel,
  namesInWords,
  personName,
  quorumInWords,
  quorumTag,
  registerByStatus,
} from './record-display';

type Minutes = NonNullable<MeetingMinutesQuery['meeting']>;
type MembersOnly = NonNullable<MeetingRecordMembersOnlyQuery['meeting']>;
type ActionLine = NonNullable<MembersOnly['actions']>[number];

/** What a meeting's page shows of its record: the minutes and decisions, and the members' parts. */
export interface MeetingRecord {
  readonly minutes: Minutes['minutes'];
  readonly decisions: Minutes['decisions'];
  /** Null unless the one asking is a member of the meeting's bodies on its day, or staff. */
  readonly members: {
    /** The one asking, to mark their own actions. */
    readonly personId: string | null;
    /** The API's answer: whether the meeting has started, so that anyone can have been present. */
    readonly started: boolean;
    readonly comments: NonNullable<NonNullable<MembersOnly['minutes']>['comments']>;
    readonly quorum: MembersOnly['quorum'];
    readonly attendance: NonNullable<MembersOnly['attendance']>;
    readonly actions: NonNullable<MembersOnly['actions']>;
    readonly actionsCarriedForward: NonNullable<MembersOnly['actionsCarriedForward']>;
  } | null;
}

/** Where the forms of this section post: the meeting's own page has no action of its own. */
export const meetingRecordPath = (meetingId: string) =>
  `/meetings/${encodeURIComponent(meetingId)}/minutes`;

/** The id of the section, where the forms come back to. */
export const MEETING_RECORD_ID = 'meeting-record';

interface AgendaItemRef {
  readonly id: string;
  readonly position: number;
  readonly title: string;
  readonly isPublic: boolean;
}

function PrivateTag({ isPublic }: { readonly isPublic: boolean }) {
  return isPublic ? null : (
    <>
      {' '}
      <Tag colour="grey">Private</Tag>
    </>
  );
}

/** A part of the record: a region named by its heading, for those who move by landmarks. */
function Part({
  id,
  heading,
  children,
}: {
  readonly id: string;
  readonly heading: string;
  readonly children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id}>
      <h2 className="govuk-heading-m" id={id}>
        {heading}
      </h2>
      {children}
    </section>
  );
}

/** What stage the minutes are at, in words for the one reading them. */
function MinutesStage({ minutes }: { readonly minutes: NonNullable<Minutes['minutes']> }) {
  if (minutes.status === 'PUBLISHED') {
    return minutes.isPublicVersion ? (
      <InsetText>
        This is the public version of the minutes
        {minutes.publishedAt ? `, published on ${formatDateTime(minutes.publishedAt)}` : ''}. The
        notes and decisions of private items are left out.
      </InsetText>
    ) : (
      <p className="govuk-body">
        <Tag colour={MINUTES_STATUS_TAGS.PUBLISHED.colour}>Published</Tag> You are reading the full
        minutes. The public sees a version without the notes and decisions of private items.
      </p>
    );
  }
  const tag = MINUTES_STATUS_TAGS[minutes.status];
  return (
    <p className="govuk-body">
      <Tag colour={tag.colour}>{tag.text}</Tag>{' '}
      {minutes.status === 'CIRCULATED'
        ? 'These minutes have been circulated to members for comment. They may change before they are approved.'
        : minutes.status === 'APPROVED'
          ? `These minutes were approved${minutes.approvedAtMeeting ? ` at “${minutes.approvedAtMeeting.title}”` : ''}. They are not published yet.`
          : 'A draft: only the secretariat sees it.'}
    </p>
  );
}

/** A form to move an action on, with the statuses the API allows the one asking. */
export function ActionStatusForm({
  meetingId,
  action,
  errors,
  values,
  formAction,
}: {
  readonly meetingId: string;
  readonly action: Pick<ActionLine, 'id' | 'version' | 'allowedStatuses' | 'description'>;
  readonly errors: readonly FieldError[];
  readonly values: Readonly<Record<string, string>>;
  /** Where the form posts: the meeting's record unless given (the actions list posts to itself). */
  readonly formAction?: string;
}) {
  const statusId = actionStatusFieldId(action.id);
  const noteId = actionNoteFieldId(action.id);
  return (
    <form method="post" action={formAction ?? meetingRecordPath(meetingId)} noValidate>
      <input type="hidden" name="intent" value="action-status" />
      <input type="hidden" name="actionId" value={action.id} />
      <input type="hidden" name="expectedVersion" value={action.version} />
      <Radios
        name="status"
        idPrefix={statusId}
        className="govuk-radios--small"
        fieldset={{
          legend: {
            text: (
              <>
                Move this action on
                <span className="govuk-visually-hidden">: {action.description}</span>
              </>
            ),
            className: 'govuk-fieldset__legend--s',
          },
        }}
        value={values[statusId]}
        items={action.allowedStatuses.map((status: ActionStatus) => ({
          value: status,
          text: ACTION_STATUS_CHOICES[status],
        }))}
        errorMessage={errorFor(errors, statusId)}
      />
      <Textarea
        name="note"
        id={noteId}
        label="A note on progress (optional)"
        rows={2}
        defaultValue={values[noteId]}
        errorMessage={errorFor(errors, noteId)}
      />
      <Button className="govuk-button--secondary">Update the action</Button>
    </form>
  );
}

/** One action: what, on which item, for whom, by when, and where it stands. */
function ActionDetails({
  action,
  personId,
  raisedAt,
}: {
  readonly action: ActionLine;
  readonly personId: string | null;
  readonly raisedAt?: { readonly id: string; readonly title: string; readonly date: string } | null;
}) {
  const tag = ACTION_STATUS_TAGS[action.status];
  const mine = Boolean(personId && action.owner?.id === personId);
  return (
    <SummaryList
      className="govuk-!-margin-bottom-4"
      rows={[
        {
          key: 'Action',
          value: (
            <>
              {action.description}
              {mine ? (
                <>
                  {' '}
                  <Tag colour="purple">Yours</Tag>
                </>
              ) : null}
            </>
          ),
        },
        Boolean(raisedAt) && {
          key: 'Agreed at',
          value: (
            <a className="govuk-link" href={`/meetings/${raisedAt?.id ?? ''}`}>
              {raisedAt?.title} ({formatLocalDate(raisedAt?.date ?? '')})
            </a>
          ),
        },
        { key: 'On', value: itemLabel(action.agendaItem) },
        { key: 'For', value: action.owner ? personName(action.owner) : 'No one named' },
        {
          key: 'Due',
          value: (
            <>
              {action.dueOn ? formatLocalDate(action.dueOn) : 'No date set'}
              {action.overdue ? (
                <>
                  {' '}
                  <Tag colour="red">Overdue</Tag>
                </>
              ) : null}
            </>
          ),
        },
        {
          key: 'Status',
          value: (
            <>
              <Tag colour={tag.colour}>{tag.text}</Tag>
              {action.statusNote ? (
                <p className="govuk-body govuk-!-margin-top-2 govuk-!-margin-bottom-0">
                  {action.statusNote}
                </p>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}

function ActionList({
  meetingId,
  actions,
  personId,
  errors,
  values,
  carried = false,
}: {
  readonly meetingId: string;
  readonly actions: readonly (ActionLine & {
    readonly meeting?: {
      readonly id: string;
      readonly title: string;
      readonly date: string;
    } | null;
  })[];
  readonly personId: string | null;
  readonly errors: readonly FieldError[];
  readonly values: Readonly<Record<string, string>>;
  readonly carried?: boolean;
}) {
  return (
    <>
      {actions.map((action) => (
        <div key={action.id} className="app-action govuk-!-margin-bottom-6">
          <ActionDetails
            action={action}
            personId={personId}
            raisedAt={carried ? action.meeting : undefined}
          />
          {action.allowedStatuses.length ? (
            <ActionStatusForm
              meetingId={meetingId}
              action={action}
              errors={errors}
              values={values}
            />
          ) : null}
        </div>
      ))}
    </>
  );
}

/**
 * The record of a meeting on its page. For everyone: the minutes as far as they may see them (the
 * public version of published minutes, marked as such) and the decisions. For members and the
 * secretariat: circulated minutes with a form to comment, the attendance and quorum, the actions
 * agreed (theirs marked, with a form to move their own on) and those carried forward.
 */
export function MinutesSection({
  meetingId,
  agenda,
  record,
}: {
  readonly meetingId: string;
  readonly agenda: readonly AgendaItemRef[];
  readonly record: MeetingRecord;
}) {
  const { errors, values } = useFormState();
  const { minutes, decisions, members } = record;
  const decisionGroups = groupByItem(decisions, agenda);
  const canComment = Boolean(minutes?.allowedActions.includes('COMMENT'));
  const quorum = members?.quorum ?? null;
  const tag = quorum ? quorumTag(quorum, members?.started) : null;
  const register = registerByStatus(members?.attendance ?? []);
  return (
    <div id={MEETING_RECORD_ID}>
      <FormErrorSummary errors={errors.filter((error) => !isApologiesError(error))} />
      <Part id="minutes" heading="Minutes">
        {minutes ? (
          <>
            <MinutesStage minutes={minutes} />
            {minutes.content ? <Markdown source={minutes.content} headingLevel={3} /> : null}
            {minutes.entries.map((entry) =>
              entry.agendaItem ? (
                <div key={entry.agendaItem.id}>
                  <h3 className="govuk-heading-s">
                    {itemLabel(entry.agendaItem)}
                    <PrivateTag isPublic={entry.agendaItem.isPublic} />
                  </h3>
                  <Markdown source={entry.notes} headingLevel={4} />
                </div>
              ) : null,
            )}
          </>
        ) : (
          <p className="govuk-body">
            {members
              ? 'The minutes have not been circulated yet.'
              : 'The minutes are published here once they have been approved.'}
          </p>
        )}

        {members?.comments.length ? (
          <>
            <h3 className="govuk-heading-s">Your comments</h3>
            <ul className="govuk-list">
              {members.comments.map((comment) => (
                <li key={comment.id}>
                  On {comment.agendaItem ? itemLabel(comment.agendaItem) : 'the minutes as a whole'}
                  , {formatDateTime(comment.createdAt)}: {comment.text}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {canComment ? (
          <form method="post" action={meetingRecordPath(meetingId)} noValidate>
            <h3 className="govuk-heading-s" id="comment">
              Comment on the minutes
            </h3>
            <p className="govuk-body">
              Your comment goes to the secretariat, not to other members.
            </p>
            <input type="hidden" name="intent" value="comment" />
            <Select
              name={COMMENT_FIELDS.agendaItemId}
              label="On"
              value={values[COMMENT_FIELDS.agendaItemId]}
              items={[
                { value: '', text: 'The minutes as a whole' },
                ...agenda.map((item) => ({ value: item.id, text: itemLabel(item) })),
              ]}
              errorMessage={errorFor(errors, COMMENT_FIELDS.agendaItemId)}
            />
            <Textarea
              name={COMMENT_FIELDS.text}
              label="Your comment"
              rows={4}
              defaultValue={values[COMMENT_FIELDS.text]}
              errorMessage={errorFor(errors, COMMENT_FIELDS.text)}
            />
            <Button className="govuk-button--secondary">Send your comment</Button>
          </form>
        ) : null}
      </Part>

      {decisionGroups.length ? (
        <Part id="decisions" heading="Decisions">
          {decisionGroups.map((group) => (
            <div key={group.key}>
              <h3 className="govuk-heading-s">{group.label}</h3>
              <ul className="govuk-list govuk-list--bullet">
                {group.parts.map((decision) => (
                  <li key={decision.id}>{decision.text}</li>
                ))}
              </ul>
            </div>
          ))}
        </Part>
      ) : null}

      {members ? (
        <>
          <Part id="attendance" heading="Attendance">
            {quorum ? (
              <p className="govuk-body">
                {quorumInWords(quorum, members.started)}
                {tag ? (
                  <>
                    {' '}
                    <Tag colour={tag.colour}>{tag.text}</Tag>
                  </>
                ) : null}
              </p>
            ) : null}
            {register.length ? (
              <SummaryList
                rows={register.map((group) => ({
                  key: ATTENDANCE_WORDS[group.status],
                  value: namesInWords(group.names),
                }))}
              />
            ) : (
              <p className="govuk-body">No attendance has been recorded yet.</p>
            )}
          </Part>

          <Part id="actions" heading="Actions">
            {members.actions.length ? (
              <ActionList
                meetingId={meetingId}
                actions={members.actions}
                personId={members.personId}
                errors={errors}
                values={values}
              />
            ) : (
              <p className="govuk-body">No actions were agreed at this meeting.</p>
            )}
          </Part>

          <Part id="actions-carried-forward" heading="Actions carried forward">
            {members.actionsCarriedForward.length ? (
              <ActionList
                meetingId={meetingId}
                actions={members.actionsCarriedForward}
                personId={members.personId}
                errors={errors}
                values={values}
                carried
              />
            ) : (
              <p className="govuk-body">No actions from earlier meetings are still open.</p>
            )}
          </Part>
        </>
      ) : null}
    </div>
  );
}
