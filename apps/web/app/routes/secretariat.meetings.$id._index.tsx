import { isUuid, PRESENTER_KIND_LABELS } from '@boards/shared/contracts';
import {
  AddAgendaItemDocument,
  MarkMeetingHeldDocument,
  MoveAgendaItemDocument,
  PostponeMeetingDocument,
  SecretariatMeetingDocument,
} from '@boards/web/api-client';
import {
  Button,
  Input,
  Radios,
  Select,
  SummaryList,
  Table,
  Tag,
  Textarea,
} from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt, apiRequest } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { formatTime } from '../dates';
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { NO_PRESENTER, readAgendaItemForm } from '../meetings/agenda-form';
import { AgendaItemTitle } from '../meetings/agenda-item-title';
import { CANCEL_REASON_FIELD, CancelReason } from '../meetings/meeting-cancel';
import { bodiesInWords, formatDuration, statusTag } from '../meetings/meeting-display';
import { loadSecretariatPapers } from '../meetings/papers.server';
import { SecretariatPapers } from '../meetings/secretariat-papers';
import type { RouteHandle } from '../route-handle';
import { readWholeNumber } from '../secretariat/form-reading';
import { MEETINGS_BREADCRUMBS, meetingPath } from '../secretariat/meeting-breadcrumbs';
import { flashNotice } from '../session.server';
import { idParam } from '../id-param';

export const handle: RouteHandle = { breadcrumbs: MEETINGS_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  { title: formPageTitle(args.data ? args.data.meeting.title : 'Meeting', args) },
];

/** The meeting as the secretariat manages it (the API refuses these fields to anyone else). */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const { meeting } = await apiRequest(args, SecretariatMeetingDocument, {
    id: idParam(args.params),
  });
  if (!meeting) throw new Response(null, { status: 404 });
  // Each member once (a joint meeting lists them body by body), by name.
  const presenters = [
    ...new Map(
      (meeting.expectedMembers ?? []).flatMap(({ person }) =>
        person.id && person.displayName ? [[person.id, person.displayName] as const] : [],
      ),
    ),
  ]
    .map(([id, name]) => ({ id, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return {
    meeting,
    presenters,
    papers: await loadSecretariatPapers(args, meeting.id),
  };
}

/** The steps on this page, each a small form: status changes and the agenda. */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const id = idParam(args.params);
  const path = meetingPath(id);
  const form = await readForm(request);
  const intent = formString(form, 'intent');
  const done = async (notice: string) =>
    redirect(path, { status: 303, headers: { 'Set-Cookie': await flashNotice(request, notice) } });
  const expected = ['BAD_USER_INPUT', 'INVALID_TRANSITION', 'CONFLICT', 'NOT_FOUND'] as const;

  if (intent === 'postpone') {
    const field = 'postponeReason';
    const reason = formString(form, field);
    const values = { [field]: reason };
    if (!reason.trim()) {
      return redirectWithErrors(request, [{ field, message: 'Enter the reason' }], values);
    }
    const expectedVersion = readWholeNumber(form, 'expectedVersion');
    const outcome = await apiAttempt(args, expected, PostponeMeetingDocument, {
      id,
      expectedVersion,
      reason,
    });
    if (!outcome.ok) {
      return redirectWithErrors(
        request,
        fieldErrorsFromApi(outcome.error, { reason: field }, field),
        values,
      );
    }
    return done('The meeting has been postponed');
  }
  if (intent === 'held') {
    const outcome = await apiAttempt(args, expected, MarkMeetingHeldDocument, {
      id,
      expectedVersion: readWholeNumber(form, 'expectedVersion'),
    });
    if (!outcome.ok)
      return redirectWithErrors(request, fieldErrorsFromApi(outcome.error, {}, 'held'), {});
    return done('The meeting has been recorded as held');
  }
  if (intent === 'add-item') {
    const item = readAgendaItemForm(form);
    if (!item.ok) return redirectWithErrors(request, item.errors, item.values);
    const outcome = await apiAttempt(args, expected, AddAgendaItemDocument, {
      meetingId: id,
      input: item.input,
    });
    if (!outcome.ok) {
      return redirectWithErrors(
        request,
        fieldErrorsFromApi(outcome.error, {}, 'title'),
        item.values,
      );
    }
    return done(`“${item.input.title}” has been added to the agenda`);
  }
  if (intent === 'move-item') {
    const itemId = formString(form, 'itemId');
    if (!isUuid(itemId)) throw new Response(null, { status: 400 });
    const outcome = await apiAttempt(args, expected, MoveAgendaItemDocument, {
      id: itemId,
      position: readWholeNumber(form, 'position'),
    });
    if (!outcome.ok)
      return redirectWithErrors(request, fieldErrorsFromApi(outcome.error, {}, 'agenda'), {});
    return done('The agenda has been reordered');
  }
  throw new Response(null, { status: 400 });
}

function ItemButton({
  itemId,
  intent,
  position,
  children,
}: {
  readonly itemId: string;
  readonly intent: 'move-item';
  readonly position?: number;
  readonly children: React.ReactNode;
}) {
  return (
    <form method="post" className="app-inline-form">
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="itemId" value={itemId} />
      {position ? <input type="hidden" name="position" value={position} /> : null}
      <button
        type="submit"
        className="govuk-button govuk-button--secondary govuk-!-margin-bottom-1 govuk-!-margin-right-1"
      >
        {children}
      </button>
    </form>
  );
}

/**
 * Asked once the API has said a guest's name names someone on the portal: a guest who only
 * shares a name with them may still be named as written.
 */
function ConfirmGuest() {
  return (
    <div className="govuk-form-group">
      <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
        <div className="govuk-checkboxes__item">
          <input
            className="govuk-checkboxes__input"
            id="presenterNameConfirmed"
            name="presenterNameConfirmed"
            type="checkbox"
            value="yes"
          />
          <label className="govuk-label govuk-checkboxes__label" htmlFor="presenterNameConfirmed">
            The guest is someone else, who only has a name like theirs
          </label>
        </div>
      </div>
    </div>
  );
}

export default function ManageMeeting() {
  const { meeting, papers, presenters } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const tag = statusTag(meeting.status);
  // What may be done now is the API's answer: the changes of status the rule allows (none for
  // a meeting that was held or cancelled, whose details are then fixed too), and whether the
  // record, its agenda first, may still change (not once cancelled or its minutes approved).
  const allowed = meeting.allowedActions ?? [];
  const open = allowed.length > 0;
  const agendaOpen = meeting.recordOpen === true;
  const count = meeting.agenda.length;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{bodiesInWords(meeting.bodies)}</span>
        <h1 className="govuk-heading-l">{meeting.title}</h1>
        <SummaryList
          rows={[
            {
              key: 'Status',
              value: (
                <>
                  {tag ? <Tag colour={tag.colour}>{tag.text}</Tag> : 'Scheduled'}
                  {meeting.statusReason ? (
                    <p className="govuk-body govuk-!-margin-top-2">{meeting.statusReason}</p>
                  ) : null}
                </>
              ),
            },
            {
              key: 'When',
              value: `${meeting.when} (UK time)`,
              actions: open
                ? [
                    {
                      href: meetingPath(meeting.id, 'edit'),
                      text: 'Change',
                      visuallyHiddenText: 'the meeting’s details',
                    },
                  ]
                : [],
            },
            { key: 'Where', value: meeting.location ?? 'Online only' },
            { key: 'Online link', value: meeting.onlineLink ?? 'None' },
            {
              key: 'Public page',
              value: (
                <a className="govuk-link" href={`/meetings/${meeting.id}`}>
                  See the meeting as the public does
                </a>
              ),
            },
          ]}
        />

        {meeting.status === 'CANCELLED' ? null : (
          <>
            <h2 className="govuk-heading-m">Record and minute the meeting</h2>
            <ul className="govuk-list">
              <li>
                <a className="govuk-link" href={meetingPath(meeting.id, 'attendance')}>
                  Attendance, quorum and declarations of interest
                </a>
              </li>
              <li>
                <a className="govuk-link" href={meetingPath(meeting.id, 'minutes')}>
                  Minutes, decisions and actions
                </a>
              </li>
            </ul>
          </>
        )}

        <h2 className="govuk-heading-m" id="agenda">
          Agenda
        </h2>
        {errorFor(errors, 'agenda') ? (
          <p className="govuk-error-message">{errorFor(errors, 'agenda')}</p>
        ) : null}
        {count ? (
          <Table
            caption="Agenda items in order"
            captionClassName="govuk-visually-hidden"
            head={[{ text: 'Item' }, { text: 'Title' }, { text: 'Time' }, { text: 'Change' }]}
            rows={meeting.agenda.map((item) => [
              { text: String(item.position) },
              {
                text: (
                  <>
                    <AgendaItemTitle item={item} />
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
              {
                text: agendaOpen ? (
                  <>
                    {item.position > 1 ? (
                      <ItemButton itemId={item.id} intent="move-item" position={item.position - 1}>
                        Move up<span className="govuk-visually-hidden"> {item.title}</span>
                      </ItemButton>
                    ) : null}
                    {item.position < count ? (
                      <ItemButton itemId={item.id} intent="move-item" position={item.position + 1}>
                        Move down<span className="govuk-visually-hidden"> {item.title}</span>
                      </ItemButton>
                    ) : null}
                    <Button
                      href={meetingPath(meeting.id, 'agenda', item.id, 'remove')}
                      className="govuk-button--secondary govuk-!-margin-bottom-1"
                    >
                      Remove<span className="govuk-visually-hidden"> {item.title}</span>
                    </Button>
                  </>
                ) : (
                  ''
                ),
              },
            ])}
          />
        ) : (
          <p className="govuk-body">There are no items on the agenda yet.</p>
        )}
      </div>
      <div className="govuk-grid-column-two-thirds">
        {agendaOpen ? (
          <form method="post" noValidate>
            <h3 className="govuk-heading-s">Add an item</h3>
            <input type="hidden" name="intent" value="add-item" />
            <Input
              name="title"
              label="Title"
              defaultValue={values['title']}
              errorMessage={errorFor(errors, 'title')}
            />
            {/* The follow-up questions stand after the radios rather than revealed by them:
                govuk-frontend's reveal puts aria-expanded on a radio, which ARIA does not allow. */}
            <Radios
              name="presenterKind"
              fieldset={{
                legend: { text: 'Who leads this item?', className: 'govuk-fieldset__legend--s' },
              }}
              hint="A member is shown to the public only as they chose to be"
              value={values['presenterKind'] || NO_PRESENTER}
              errorMessage={errorFor(errors, 'presenterKind')}
              items={[
                { value: NO_PRESENTER, text: 'Nobody named' },
                { value: 'PERSON', text: PRESENTER_KIND_LABELS.PERSON },
                { value: 'SECRETARIAT', text: PRESENTER_KIND_LABELS.SECRETARIAT },
                { value: 'GUEST', text: PRESENTER_KIND_LABELS.GUEST },
              ]}
            />
            <Select
              name="presenterPersonId"
              label="If someone on the portal, who"
              hint="The members of the meeting’s bodies on its day"
              value={values['presenterPersonId']}
              errorMessage={errorFor(errors, 'presenterPersonId')}
              items={[
                { value: '', text: 'Choose a person' },
                ...presenters.map((person) => ({ value: person.id, text: person.name })),
              ]}
            />
            <Input
              name="presenterName"
              label="If a guest from outside, their name"
              hint="Shown to the public as you write it. For a member, choose them as someone on the portal instead"
              defaultValue={values['presenterName']}
              errorMessage={errorFor(errors, 'presenterName')}
            />
            {errorFor(errors, 'presenterName') && values['presenterName'] ? <ConfirmGuest /> : null}
            <Input
              name="durationMinutes"
              label="Length in minutes (optional)"
              className="govuk-input--width-4"
              inputMode="numeric"
              defaultValue={values['durationMinutes']}
              errorMessage={errorFor(errors, 'durationMinutes')}
            />
            <Radios
              name="isPublic"
              fieldset={{
                legend: {
                  text: 'Can the public see this item?',
                  className: 'govuk-fieldset__legend--s',
                },
              }}
              hint="A private item’s title and papers are for members of the body only"
              className="govuk-radios--inline"
              value={values['isPublic']}
              items={[
                { value: 'yes', text: 'Yes' },
                { value: 'no', text: 'No, it is private' },
              ]}
              errorMessage={errorFor(errors, 'isPublic')}
            />
            <Textarea
              name="description"
              label="Description (optional)"
              rows={3}
              defaultValue={values['description']}
              errorMessage={errorFor(errors, 'description')}
            />
            <Button className="govuk-button--secondary">Add the item</Button>
          </form>
        ) : null}

        <SecretariatPapers meetingId={meeting.id} papers={papers} />

        {open ? (
          <>
            <h2 className="govuk-heading-m">Change the status</h2>
            {allowed.includes('MARK_HELD') ? (
              <form method="post">
                <input type="hidden" name="intent" value="held" />
                <input type="hidden" name="expectedVersion" value={meeting.version} />
                {errorFor(errors, 'held') ? (
                  <p className="govuk-error-message" id="held">
                    {errorFor(errors, 'held')}
                  </p>
                ) : null}
                <Button>Record that the meeting was held</Button>
              </form>
            ) : null}
            {allowed.includes('POSTPONE') ? (
              <form method="post" noValidate>
                <input type="hidden" name="intent" value="postpone" />
                <input type="hidden" name="expectedVersion" value={meeting.version} />
                <Textarea
                  name="postponeReason"
                  label="Why is it postponed?"
                  labelClassName="govuk-label--s"
                  hint="Members and the public see this. Give the meeting a new date and time later to reschedule it."
                  rows={2}
                  defaultValue={values['postponeReason']}
                  errorMessage={errorFor(errors, 'postponeReason')}
                />
                <Button className="govuk-button--secondary">Postpone the meeting</Button>
              </form>
            ) : null}
            {allowed.includes('CANCEL') ? (
              <form method="post" action={meetingPath(meeting.id, 'cancel')} noValidate>
                <input type="hidden" name="expectedVersion" value={meeting.version} />
                <CancelReason value={values[CANCEL_REASON_FIELD]} error={errors} />
                <Button className="govuk-button--warning">Cancel the meeting</Button>
              </form>
            ) : null}
          </>
        ) : null}
      </div>
    </div>
  );
}
