import { isUuid } from '@boards/shared/contracts';
import {
  ApproveMinutesDocument,
  CirculateMinutesDocument,
  MinutesEditorDocument,
  PublishMinutesDocument,
  RecordActionDocument,
  RecordDecisionDocument,
  RemoveDecisionDocument,
  SaveMinutesDocument,
  WithdrawMinutesDocument,
  type MinutesEditorQuery,
} from '@boards/web/api-client';
import {
  Button,
  DateInput,
  InsetText,
  Markdown,
  Select,
  SummaryList,
  Table,
  Tag,
  Textarea,
  WarningText,
} from '@boards/web/ui-govuk';
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useActionData, useLoaderData } from '@remix-run/react';
import { useEffect } from 'react';
import { apiAttempt, apiRequest, type RequestArgs } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { assertSameOrigin, formString, readForm } from '../csrf.server';
import { dateInputError, dateInputItems } from '../date-fields';
import { formatDateTime, formatLocalDate } from '../dates';
import { errorFor, formPageTitle, useFormState, type FieldError } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { bodiesInWords } from '../meetings/meeting-display';
import {
  ACTION_DUE_ON,
  ACTION_FIELDS,
  CONTENT_FIELD,
  DECISION_FIELDS,
  EXPECTED_VERSION,
  MINUTES_CONFLICT_MESSAGE,
  changedMinutesFields,
  maxMinutesFormBytes,
  minutesFieldIds,
  minutesFormValues,
  notesField,
  readActionForm,
  readDecisionForm,
  readMinutesForm,
  type MinutesFormValues,
} from '../meetings/minutes-form';
import {
  ACTION_STATUS_TAGS,
  MINUTES_STATUS_TAGS,
  groupByItem,
  itemLabel,
  personName,
} from '../meetings/record-display';
import type { RouteHandle } from '../route-handle';
import { readWholeNumber } from '../secretariat/form-reading';
import { MEETINGS_BREADCRUMBS, meetingPath } from '../secretariat/meeting-breadcrumbs';
import { flashNotice } from '../session.server';
import { idParam } from '../id-param';

export const handle: RouteHandle = { breadcrumbs: MEETINGS_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: formPageTitle(args.data ? `Minutes: ${args.data.meeting.title}` : 'Minutes', args),
  },
];

type EditorMeeting = NonNullable<MinutesEditorQuery['meeting']>;

async function loadMeeting(args: RequestArgs, id: string): Promise<EditorMeeting> {
  const { meeting } = await apiRequest(args, MinutesEditorDocument, { id });
  if (!meeting) throw new Response(null, { status: 404 });
  return meeting;
}

/**
 * The minutes of a meeting for the secretariat: the draft editor (the opening part and the notes
 * of each agenda item), the workflow steps the API allows now, decisions and actions item by
 * item, and members' comments.
 */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const meeting = await loadMeeting(args, idParam(args.params));
  const people = new Map<string, string>();
  for (const { person } of [...(meeting.expectedMembers ?? []), ...(meeting.attendance ?? [])]) {
    if (person.id && !people.has(person.id)) people.set(person.id, personName(person));
  }
  return {
    meeting,
    saved: minutesFormValues(meeting.minutes, meeting.agenda),
    people: [...people.entries()]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
  };
}

/** What the page shows after a save of the minutes that did not go through (ADR 0004). */
interface Unsaved {
  readonly errors: readonly FieldError[];
  readonly values: MinutesFormValues;
  /** Someone else saved first, or the minutes moved on: theirs in the form, these beside it. */
  readonly conflict: boolean;
}

const NOTICES = {
  circulate: 'The minutes have been circulated to members',
  withdraw: 'The minutes have been withdrawn for changes',
  publish: 'The minutes have been published',
} as const;

export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  assertSameOrigin(request);
  const id = idParam(args.params);
  const path = meetingPath(id, 'minutes');
  // The minutes are long: a save may post every item's notes (see ADR 0004).
  const meeting = await loadMeeting(args, id);
  const form = await readForm(request, { maxBytes: maxMinutesFormBytes(meeting.agenda.length) });
  const intent = formString(form, 'intent');
  const done = async (notice: string, fragment = '') =>
    redirect(`${path}${fragment}`, {
      status: 303,
      headers: { 'Set-Cookie': await flashNotice(request, notice) },
    });
  const expected = ['BAD_USER_INPUT', 'CONFLICT', 'INVALID_TRANSITION', 'NOT_FOUND'] as const;

  if (intent === 'save') {
    const expectedVersion = readWholeNumber(form, EXPECTED_VERSION);
    const minutes = readMinutesForm(form, meeting.agenda);
    if (!minutes.ok) {
      return data<Unsaved>(
        { errors: minutes.errors, values: minutes.values, conflict: false },
        { status: 400 },
      );
    }
    const outcome = await apiAttempt(args, expected, SaveMinutesDocument, {
      meetingId: id,
      expectedVersion,
      input: minutes.input,
    });
    if (outcome.ok) return done('The minutes have been saved');
    const { error } = outcome;
    if (error.code === 'BAD_USER_INPUT') {
      return data<Unsaved>(
        {
          errors: fieldErrorsFromApi(error, minutesFieldIds(meeting.agenda), CONTENT_FIELD),
          values: minutes.values,
          conflict: false,
        },
        { status: 400 },
      );
    }
    // CONFLICT: saved by someone else since; INVALID_TRANSITION: circulated meanwhile. Either
    // way what was typed is kept on the page, beside what is saved now.
    return data<Unsaved>(
      {
        errors: [
          {
            field: CONTENT_FIELD,
            message: error.code === 'CONFLICT' ? MINUTES_CONFLICT_MESSAGE : error.message,
          },
        ],
        values: minutes.values,
        conflict: true,
      },
      { status: 409 },
    );
  }

  if (intent === 'circulate' || intent === 'withdraw' || intent === 'publish') {
    const variables = { meetingId: id, expectedVersion: readWholeNumber(form, EXPECTED_VERSION) };
    const outcome =
      intent === 'circulate'
        ? await apiAttempt(args, expected, CirculateMinutesDocument, variables)
        : intent === 'withdraw'
          ? await apiAttempt(args, expected, WithdrawMinutesDocument, variables)
          : await apiAttempt(args, expected, PublishMinutesDocument, variables);
    if (!outcome.ok) {
      return redirectWithErrors(request, fieldErrorsFromApi(outcome.error, {}, 'workflow'));
    }
    return done(NOTICES[intent]);
  }

  if (intent === 'approve') {
    const approvedAtMeetingId = formString(form, 'approvedAtMeetingId');
    const values = { approvedAtMeetingId };
    if (!isUuid(approvedAtMeetingId)) {
      return redirectWithErrors(
        request,
        [
          {
            field: 'approvedAtMeetingId',
            message: 'Choose the meeting at which the minutes were approved',
          },
        ],
        values,
      );
    }
    const outcome = await apiAttempt(args, expected, ApproveMinutesDocument, {
      meetingId: id,
      expectedVersion: readWholeNumber(form, EXPECTED_VERSION),
      approvedAtMeetingId,
    });
    if (!outcome.ok) {
      return redirectWithErrors(
        request,
        fieldErrorsFromApi(
          outcome.error,
          { approvedAtMeetingId: 'approvedAtMeetingId' },
          'approvedAtMeetingId',
        ),
        values,
      );
    }
    return done('The minutes have been recorded as approved');
  }

  if (intent === 'add-decision') {
    const decision = readDecisionForm(form);
    if (!decision.ok) return redirectWithErrors(request, decision.errors, decision.values);
    const outcome = await apiAttempt(args, expected, RecordDecisionDocument, {
      meetingId: id,
      input: decision.input,
    });
    if (!outcome.ok) {
      return redirectWithErrors(
        request,
        fieldErrorsFromApi(outcome.error, DECISION_FIELDS, DECISION_FIELDS.text),
        decision.values,
      );
    }
    return done('The decision has been recorded', '#decisions');
  }

  if (intent === 'remove-decision') {
    const decisionId = formString(form, 'decisionId');
    if (!isUuid(decisionId)) throw new Response(null, { status: 400 });
    const outcome = await apiAttempt(args, expected, RemoveDecisionDocument, { id: decisionId });
    if (!outcome.ok) {
      return redirectWithErrors(request, fieldErrorsFromApi(outcome.error, {}, 'decisions'));
    }
    return done('The decision has been removed', '#decisions');
  }

  if (intent === 'add-action') {
    const meetingAction = readActionForm(form);
    if (!meetingAction.ok) {
      return redirectWithErrors(request, meetingAction.errors, meetingAction.values);
    }
    const outcome = await apiAttempt(args, expected, RecordActionDocument, {
      meetingId: id,
      input: meetingAction.input,
    });
    if (!outcome.ok) {
      return redirectWithErrors(
        request,
        fieldErrorsFromApi(outcome.error, ACTION_FIELDS, ACTION_FIELDS.description),
        meetingAction.values,
      );
    }
    return done('The action has been recorded', '#decisions');
  }
  throw new Response(null, { status: 400 });
}

function ProblemText({ id, message }: { readonly id: string; readonly message?: string }) {
  return message ? (
    <p className="govuk-error-message" id={id}>
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  ) : null;
}

function PrivateTag({ isPublic }: { readonly isPublic: boolean }) {
  return isPublic ? null : (
    <>
      {' '}
      <Tag colour="grey">Private</Tag>
    </>
  );
}

/** What someone typed that was not saved, to copy back into the form. */
function UnsavedChanges({
  mine,
  saved,
  labels,
}: {
  readonly mine: MinutesFormValues;
  readonly saved: MinutesFormValues;
  readonly labels: Readonly<Record<string, string>>;
}) {
  const fields = changedMinutesFields(mine, saved);
  if (!fields.length) return null;
  return (
    <InsetText id="unsaved">
      <h3 className="govuk-heading-s">Your changes, not saved</h3>
      <p className="govuk-body">Copy what you need into the form, then save again.</p>
      <SummaryList
        className="govuk-!-margin-bottom-0"
        rows={fields.map((field) => ({
          key: labels[field] ?? field,
          value: (
            <pre className="app-unsaved-text">{mine[field] === '' ? 'Blank' : mine[field]}</pre>
          ),
        }))}
      />
    </InsetText>
  );
}

/** A small form that posts one workflow step with the version loaded. */
function StepForm({
  intent,
  version,
  children,
}: {
  readonly intent: string;
  readonly version: number;
  readonly children: React.ReactNode;
}) {
  return (
    <form method="post" noValidate>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name={EXPECTED_VERSION} value={version} />
      {children}
    </form>
  );
}

export default function MeetingMinutes() {
  const { meeting, saved, people } = useLoaderData<typeof loader>();
  const unsaved = useActionData<typeof action>();
  const formState = useFormState();
  const errors = unsaved?.errors ?? formState.errors;
  const values = formState.values;
  // The page title cannot see the action's answer: with JavaScript, say "Error:" there too.
  useEffect(() => {
    if (unsaved?.errors.length && !document.title.startsWith('Error: ')) {
      document.title = `Error: ${document.title}`;
    }
  }, [unsaved?.errors.length]);

  const minutes = meeting.minutes ?? null;
  const status = minutes?.status ?? null;
  const tag = status ? MINUTES_STATUS_TAGS[status] : null;
  // What may be done now is the API's answer: write the minutes (a draft, or none yet, of a
  // meeting not cancelled), the workflow's steps, and change decisions and actions (until the
  // minutes are approved), and at which meetings they may be approved.
  const editable = meeting.minutesEditable === true;
  const allowed = minutes?.allowedActions ?? [];
  const open = meeting.recordOpen === true;
  const approvalMeetings = minutes?.approvalCandidates ?? [];
  const version = minutes?.version ?? 0;
  const shown = unsaved && !unsaved.conflict ? unsaved.values : saved;
  const labels: Record<string, string> = { [CONTENT_FIELD]: 'Opening' };
  for (const item of meeting.agenda) labels[notesField(item.id)] = itemLabel(item);
  const groups = groupByItem(
    [
      ...meeting.decisions.map((decision) => ({ kind: 'decision' as const, ...decision })),
      ...(meeting.actions ?? []).map((meetingAction) => ({
        kind: 'action' as const,
        ...meetingAction,
      })),
    ],
    meeting.agenda,
  );
  const itemChoices = [
    { value: '', text: 'The meeting as a whole' },
    ...meeting.agenda.map((item) => ({
      value: item.id,
      text: `${itemLabel(item)}${item.isPublic ? '' : ' (private)'}`,
    })),
  ];
  const due = dateInputError(errors, ACTION_DUE_ON);
  const workflowSteps = (['CIRCULATE', 'WITHDRAW', 'APPROVE', 'PUBLISH'] as const).filter((step) =>
    allowed.includes(step),
  );

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{meeting.title}</span>
        <h1 className="govuk-heading-l">Minutes</h1>
        <p className="govuk-body">
          {meeting.when} (UK time), {bodiesInWords(meeting.bodies)}.{' '}
          <a className="govuk-link" href={meetingPath(meeting.id)}>
            Back to the meeting
          </a>
        </p>
        <SummaryList
          rows={[
            {
              key: 'Status',
              value: tag ? <Tag colour={tag.colour}>{tag.text}</Tag> : 'Not started',
            },
            Boolean(minutes?.circulatedAt) && {
              key: 'Circulated',
              value: formatDateTime(minutes?.circulatedAt ?? ''),
            },
            Boolean(minutes?.approvedAtMeeting) && {
              key: 'Approved',
              value: (
                <>
                  At{' '}
                  <a
                    className="govuk-link"
                    href={meetingPath(minutes?.approvedAtMeeting?.id ?? '')}
                  >
                    {minutes?.approvedAtMeeting?.title}
                  </a>
                  , {minutes?.approvedAtMeeting?.when}
                </>
              ),
            },
            Boolean(minutes?.publishedAt) && {
              key: 'Published',
              value: formatDateTime(minutes?.publishedAt ?? ''),
            },
          ]}
        />

        <h2 className="govuk-heading-m">The minutes</h2>
        {editable ? (
          <>
            {unsaved?.conflict ? (
              <UnsavedChanges mine={unsaved.values} saved={saved} labels={labels} />
            ) : null}
            <form key={version} method="post" noValidate>
              <input type="hidden" name={EXPECTED_VERSION} value={version} />
              <Textarea
                name={CONTENT_FIELD}
                label="Opening"
                labelClassName="govuk-label--s"
                hint="Who was there, apologies, declarations and matters arising. Written in Markdown. The public sees it once the minutes are published."
                rows={6}
                spellCheck
                defaultValue={shown[CONTENT_FIELD]}
                errorMessage={errorFor(errors, CONTENT_FIELD)}
              />
              {meeting.agenda.map((item) => (
                <Textarea
                  key={item.id}
                  name={notesField(item.id)}
                  label={
                    <>
                      {itemLabel(item)}
                      <PrivateTag isPublic={item.isPublic} />
                    </>
                  }
                  labelClassName="govuk-label--s"
                  hint={
                    item.isPublic
                      ? undefined
                      : 'A private item: its notes and decisions are left out of the public version'
                  }
                  rows={5}
                  spellCheck
                  defaultValue={shown[notesField(item.id)]}
                  errorMessage={errorFor(errors, notesField(item.id))}
                />
              ))}
              <Button name="intent" value="save">
                Save the minutes
              </Button>
            </form>
          </>
        ) : minutes ? (
          <>
            {minutes.content ? (
              <Markdown source={minutes.content} headingLevel={3} />
            ) : (
              <p className="govuk-body">No opening part.</p>
            )}
            {meeting.agenda.map((item) => (
              <div key={item.id}>
                <h3 className="govuk-heading-s">
                  {itemLabel(item)}
                  <PrivateTag isPublic={item.isPublic} />
                </h3>
                {saved[notesField(item.id)] ? (
                  <Markdown source={saved[notesField(item.id)] ?? ''} headingLevel={4} />
                ) : (
                  <p className="govuk-body">No notes.</p>
                )}
              </div>
            ))}
          </>
        ) : (
          <p className="govuk-body">The meeting was cancelled, so it has no minutes.</p>
        )}

        {meeting.status === 'CANCELLED' ? null : (
          <>
            <h2 className="govuk-heading-m" id="workflow">
              Circulate, approve and publish
            </h2>
            <ProblemText id="workflow-error" message={errorFor(errors, 'workflow')} />
            {status === null && editable ? (
              <p className="govuk-body">
                Save the minutes first. Once the meeting has been recorded as held, you can
                circulate them to members for comment.
              </p>
            ) : null}
            {status === 'DRAFT' && !allowed.includes('CIRCULATE') ? (
              <p className="govuk-body">
                Once the meeting has been recorded as held, you can circulate the minutes to members
                for comment.
              </p>
            ) : null}
            {status === 'PUBLISHED' ? (
              <p className="govuk-body">
                The minutes are published: the public sees their public version on the meeting’s
                page.
              </p>
            ) : null}
            {workflowSteps.map((step) => {
              if (step === 'CIRCULATE') {
                return (
                  <StepForm key={step} intent="circulate" version={version}>
                    <p className="govuk-body">
                      Members of the body can then read the minutes and comment on them. The text
                      cannot change while they are out for comment.
                    </p>
                    <Button>Circulate to members</Button>
                  </StepForm>
                );
              }
              if (step === 'WITHDRAW') {
                return (
                  <StepForm key={step} intent="withdraw" version={version}>
                    <Button className="govuk-button--secondary">Withdraw for changes</Button>
                  </StepForm>
                );
              }
              if (step === 'APPROVE') {
                return approvalMeetings.length ? (
                  <StepForm key={step} intent="approve" version={version}>
                    <Select
                      name="approvedAtMeetingId"
                      label="Meeting at which the minutes were approved"
                      labelClassName="govuk-label--s"
                      hint="A later meeting of the same body that has started. Approved minutes never change again."
                      value={values['approvedAtMeetingId']}
                      items={[
                        { value: '', text: 'Choose a meeting' },
                        ...approvalMeetings.map((later) => ({
                          value: later.id,
                          text: `${later.title} (${later.when})`,
                        })),
                      ]}
                      errorMessage={errorFor(errors, 'approvedAtMeetingId')}
                    />
                    <Button>Approve</Button>
                  </StepForm>
                ) : (
                  <p key={step} className="govuk-body" id="approvedAtMeetingId">
                    Minutes are approved at a later meeting of the same body. None has started yet.
                  </p>
                );
              }
              return (
                <StepForm key={step} intent="publish" version={version}>
                  <p className="govuk-body">
                    The public will see the public version: the notes and decisions of private items
                    are left out.
                  </p>
                  <Button>Publish</Button>
                </StepForm>
              );
            })}
          </>
        )}

        <h2 className="govuk-heading-m" id="decisions">
          Decisions and actions
        </h2>
        <ProblemText id="decisions-error" message={errorFor(errors, 'decisions')} />
        {groups.length ? (
          groups.map((group) => {
            const decisions = group.parts.filter((part) => part.kind === 'decision');
            const actions = group.parts.flatMap((part) => (part.kind === 'action' ? [part] : []));
            return (
              <div key={group.key}>
                <h3 className="govuk-heading-s">{group.label}</h3>
                {decisions.length ? (
                  <ul className="govuk-list govuk-list--bullet">
                    {decisions.map((decision) => (
                      <li key={decision.id}>
                        Decision: {decision.text}
                        {open ? (
                          <>
                            {' '}
                            <form method="post" className="app-inline-form">
                              <input type="hidden" name="intent" value="remove-decision" />
                              <input type="hidden" name="decisionId" value={decision.id} />
                              <button
                                type="submit"
                                className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                              >
                                Remove<span className="govuk-visually-hidden"> this decision</span>
                              </button>
                            </form>
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {actions.length ? (
                  <Table
                    caption={`Actions: ${group.label}`}
                    captionClassName="govuk-visually-hidden"
                    head={[
                      { text: 'Action' },
                      { text: 'For' },
                      { text: 'Due' },
                      { text: 'Status' },
                    ]}
                    rows={actions.map((meetingAction) => [
                      { text: meetingAction.description },
                      {
                        text: meetingAction.owner
                          ? personName(meetingAction.owner)
                          : 'No one named',
                      },
                      { text: meetingAction.dueOn ? formatLocalDate(meetingAction.dueOn) : '' },
                      {
                        text: (
                          <Tag colour={ACTION_STATUS_TAGS[meetingAction.status].colour}>
                            {ACTION_STATUS_TAGS[meetingAction.status].text}
                          </Tag>
                        ),
                      },
                    ])}
                  />
                ) : null}
              </div>
            );
          })
        ) : (
          <p className="govuk-body">No decisions or actions have been recorded.</p>
        )}
        {open ? (
          <>
            {editable ? (
              <WarningText>
                Save the minutes before you record a decision or an action: these forms do not save
                the text above.
              </WarningText>
            ) : null}
            <form method="post" noValidate>
              <h3 className="govuk-heading-s">Record a decision</h3>
              <input type="hidden" name="intent" value="add-decision" />
              <Select
                name={DECISION_FIELDS.agendaItemId}
                label="On"
                value={values[DECISION_FIELDS.agendaItemId]}
                items={itemChoices}
                errorMessage={errorFor(errors, DECISION_FIELDS.agendaItemId)}
              />
              <Textarea
                name={DECISION_FIELDS.text}
                label="Decision"
                rows={3}
                defaultValue={values[DECISION_FIELDS.text]}
                errorMessage={errorFor(errors, DECISION_FIELDS.text)}
              />
              <Button className="govuk-button--secondary">Record the decision</Button>
            </form>
            <form method="post" noValidate>
              <h3 className="govuk-heading-s">Record an action</h3>
              <input type="hidden" name="intent" value="add-action" />
              <Select
                name={ACTION_FIELDS.agendaItemId}
                label="On"
                value={values[ACTION_FIELDS.agendaItemId]}
                items={itemChoices}
                errorMessage={errorFor(errors, ACTION_FIELDS.agendaItemId)}
              />
              <Textarea
                name={ACTION_FIELDS.description}
                label="What is to be done"
                rows={3}
                defaultValue={values[ACTION_FIELDS.description]}
                errorMessage={errorFor(errors, ACTION_FIELDS.description)}
              />
              <Select
                name={ACTION_FIELDS.ownerId}
                label="Who is to do it (optional)"
                value={values[ACTION_FIELDS.ownerId]}
                items={[
                  { value: '', text: 'No one named' },
                  ...people.map((person) => ({ value: person.id, text: person.name })),
                ]}
                errorMessage={errorFor(errors, ACTION_FIELDS.ownerId)}
              />
              <DateInput
                id={ACTION_DUE_ON}
                namePrefix={ACTION_DUE_ON}
                fieldset={{ legend: { text: 'Due by (optional)' } }}
                hint="For example, 27 3 2026"
                items={dateInputItems(ACTION_DUE_ON, values, due.parts)}
                errorMessage={due.message}
              />
              <Button className="govuk-button--secondary">Record the action</Button>
            </form>
          </>
        ) : null}

        {minutes?.comments?.length || status === 'CIRCULATED' ? (
          <>
            <h2 className="govuk-heading-m" id="comments">
              Comments from members
            </h2>
            {minutes?.comments?.length ? (
              <ul className="govuk-list">
                {minutes.comments.map((comment) => (
                  <li key={comment.id} className="govuk-!-margin-bottom-4">
                    <span className="govuk-!-font-weight-bold">{personName(comment.person)}</span>{' '}
                    on{' '}
                    {comment.agendaItem ? itemLabel(comment.agendaItem) : 'the minutes as a whole'},{' '}
                    {formatDateTime(comment.createdAt)}
                    <br />
                    {comment.text}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="govuk-body">No comments yet.</p>
            )}
          </>
        ) : null}
      </div>
    </div>
  );
}
