import { MEMBERSHIP_ROLE_LABELS, type AttendanceStatus, isUuid } from '@boards/shared/contracts';
import {
  MeetingRegisterDocument,
  ObserverCandidatesDocument,
  RecordAttendanceDocument,
  RecordDeclarationDocument,
  RemoveDeclarationDocument,
} from '@boards/web/api-client';
import { Button, Input, Radios, Select, Table, Tag, Textarea } from '@boards/web/ui-govuk';
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
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { bodiesInWords } from '../meetings/meeting-display';
import {
  ATTENDANCE_WORDS,
  itemLabel,
  lowerFirst,
  personName,
  quorumInWords,
  quorumTag,
} from '../meetings/record-display';
import {
  DECLARATION_FIELDS,
  OBSERVER_FIELD,
  noteFieldName,
  readDeclarationForm,
  readRegisterForm,
  recordedFieldName,
  registerFieldId,
  registerFieldName,
} from '../meetings/register-form';
import type { RouteHandle } from '../route-handle';
import { MEETINGS_BREADCRUMBS, meetingPath } from '../secretariat/meeting-breadcrumbs';
import { flashNotice } from '../session.server';
import { idParam } from '../id-param';

export const handle: RouteHandle = { breadcrumbs: MEETINGS_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: formPageTitle(args.data ? `Attendance: ${args.data.meeting.title}` : 'Attendance', args),
  },
];

const MAX_SEARCH_LENGTH = 200;

/** One person on the register form: a member expected at the meeting, once. */
interface RegisterRow {
  readonly personId: string;
  readonly name: string;
  readonly about: string;
  readonly status: AttendanceStatus | null;
  readonly note: string;
  /** Apologies the member sent themselves from the meeting's page. */
  readonly sentByMember: boolean;
}

/**
 * The register of a meeting for the secretariat: everyone expected (members of its bodies on its
 * day, cross-seats marked), what has been recorded, the quorum, and declarations of interest.
 * `?find=` looks for someone to add as an observer.
 */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const id = idParam(args.params);
  const find = (new URL(args.request.url).searchParams.get('find') ?? '').trim();
  const searching = find !== '' && find.length <= MAX_SEARCH_LENGTH;
  const [{ meeting }, candidates] = await Promise.all([
    apiRequest(args, MeetingRegisterDocument, { id }),
    searching ? apiRequest(args, ObserverCandidatesDocument, { search: find }) : null,
  ]);
  if (!meeting) throw new Response(null, { status: 404 });
  const lines = meeting.attendance ?? [];
  const lineOf = (personId: string) => lines.find((line) => line.person.id === personId);
  const joint = meeting.bodies.length > 1;
  const rows: RegisterRow[] = [];
  for (const member of meeting.expectedMembers ?? []) {
    const personId = member.person.id;
    if (!personId || rows.some((row) => row.personId === personId)) continue;
    const line = lineOf(personId);
    rows.push({
      personId,
      name: personName(member.person),
      about: [
        MEMBERSHIP_ROLE_LABELS[member.role],
        joint && member.body ? `of the ${member.body.name}` : '',
        member.crossSeat && member.fromBody ? `from the ${member.fromBody.name}` : '',
      ]
        .filter(Boolean)
        .join(', '),
      status: line?.status ?? null,
      note: line?.note ?? '',
      sentByMember: line?.sentByMember ?? false,
    });
  }
  const others = lines
    .filter((line) => line.person.id && !rows.some((row) => row.personId === line.person.id))
    .map((line) => ({
      personId: line.person.id as string,
      name: personName(line.person),
      status: line.status,
      note: line.note ?? '',
    }));
  return {
    meeting: {
      id: meeting.id,
      title: meeting.title,
      when: meeting.when,
      status: meeting.status,
      bodies: meeting.bodies,
      agenda: meeting.agenda,
    },
    rows,
    others,
    quorum: meeting.quorum ?? null,
    declarations: meeting.declarations ?? [],
    // The API's answer, by its clock: whether who was there may be recorded yet.
    started: meeting.started === true,
    open: meeting.recordOpen === true,
    find: find.slice(0, MAX_SEARCH_LENGTH),
    searchTooLong: find.length > MAX_SEARCH_LENGTH,
    candidates: candidates
      ? candidates.people.edges
          .map(({ node }) => node)
          .filter(
            (person) =>
              !rows.some((row) => row.personId === person.id) &&
              !others.some((other) => other.personId === person.id),
          )
      : null,
  };
}

export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const id = idParam(args.params);
  const path = meetingPath(id, 'attendance');
  const form = await readForm(request);
  const intent = formString(form, 'intent');
  const done = async (notice: string, fragment = '') =>
    redirect(`${path}${fragment}`, {
      status: 303,
      headers: { 'Set-Cookie': await flashNotice(request, notice) },
    });
  const expected = ['BAD_USER_INPUT', 'INVALID_TRANSITION', 'NOT_FOUND'] as const;

  if (intent === 'register') {
    const register = readRegisterForm(form);
    if (!register.ok) return redirectWithErrors(request, register.errors, register.values);
    if (register.input) {
      const outcome = await apiAttempt(args, expected, RecordAttendanceDocument, {
        meetingId: id,
        entries: register.input.entries,
      });
      if (!outcome.ok) {
        return redirectWithErrors(
          request,
          fieldErrorsFromApi(outcome.error, register.fieldIds, 'register'),
          register.values,
        );
      }
    }
    return done('The register has been saved');
  }
  if (intent === 'add-observer') {
    const personId = formString(form, OBSERVER_FIELD);
    if (!isUuid(personId)) {
      return redirectWithErrors(request, [
        { field: OBSERVER_FIELD, message: 'Choose the person to add as an observer' },
      ]);
    }
    const outcome = await apiAttempt(args, expected, RecordAttendanceDocument, {
      meetingId: id,
      entries: [{ personId, status: 'OBSERVER' }],
    });
    if (!outcome.ok) {
      return redirectWithErrors(request, fieldErrorsFromApi(outcome.error, {}, OBSERVER_FIELD));
    }
    return done('The observer has been added to the register');
  }
  if (intent === 'declare') {
    const declaration = readDeclarationForm(form);
    if (!declaration.ok) {
      return redirectWithErrors(request, declaration.errors, declaration.values);
    }
    const outcome = await apiAttempt(args, expected, RecordDeclarationDocument, {
      meetingId: id,
      input: declaration.input,
    });
    if (!outcome.ok) {
      return redirectWithErrors(
        request,
        fieldErrorsFromApi(outcome.error, DECLARATION_FIELDS, DECLARATION_FIELDS.description),
        declaration.values,
      );
    }
    return done('The declaration of interest has been recorded');
  }
  if (intent === 'remove-declaration') {
    const declarationId = formString(form, 'declarationId');
    if (!isUuid(declarationId)) throw new Response(null, { status: 400 });
    const outcome = await apiAttempt(args, expected, RemoveDeclarationDocument, {
      id: declarationId,
    });
    if (!outcome.ok) {
      return redirectWithErrors(request, fieldErrorsFromApi(outcome.error, {}, 'declarations'));
    }
    return done('The declaration of interest has been removed');
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

export default function MeetingAttendance() {
  const { meeting, rows, others, quorum, declarations, started, open, ...page } =
    useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const path = meetingPath(meeting.id, 'attendance');
  const tag = quorum ? quorumTag(quorum, started) : null;
  const statusItems = (
    started ? (['PRESENT', 'APOLOGIES', 'ABSENT'] as const) : (['APOLOGIES'] as const)
  ).map((status) => ({ value: status, text: ATTENDANCE_WORDS[status] }));
  const chosen = (row: RegisterRow) =>
    values[registerFieldName(row.personId)] ?? row.status ?? undefined;
  const people = [
    ...rows.map((row) => ({ value: row.personId, text: row.name })),
    ...others.map((other) => ({ value: other.personId, text: `${other.name} (observer)` })),
  ];
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{meeting.title}</span>
        <h1 className="govuk-heading-l">Attendance and declarations of interest</h1>
        <p className="govuk-body">
          {meeting.when} (UK time), {bodiesInWords(meeting.bodies)}.{' '}
          <a className="govuk-link" href={meetingPath(meeting.id)}>
            Back to the meeting
          </a>
        </p>

        {quorum && meeting.status !== 'CANCELLED' ? (
          <>
            <h2 className="govuk-heading-m">Quorum</h2>
            <p className="govuk-body" id="quorum">
              {quorumInWords(quorum, started)}
              {tag ? (
                <>
                  {' '}
                  <Tag colour={tag.colour}>{tag.text}</Tag>
                </>
              ) : null}
            </p>
            {quorum.required ? (
              <p className="govuk-body-s">
                {`The terms of reference in force on the day set it as ${lowerFirst(quorum.description)}. `}
                Only voting members recorded as present count; observers never do.
              </p>
            ) : null}
          </>
        ) : null}

        <h2 className="govuk-heading-m" id="register">
          Register
        </h2>
        <ProblemText id="register-error" message={errorFor(errors, 'register')} />
        {!open ? (
          <p className="govuk-body">
            {meeting.status === 'CANCELLED'
              ? 'The meeting was cancelled, so there is no register.'
              : 'The minutes have been approved, so the register can no longer change.'}
          </p>
        ) : null}
        {open && !started ? (
          <p className="govuk-body">
            The meeting has not started yet: you can record apologies now, and who was there once it
            has started.
          </p>
        ) : null}
        {rows.length && open ? (
          <form method="post" noValidate>
            <input type="hidden" name="intent" value="register" />
            {rows.map((row) => (
              <div key={row.personId}>
                {row.status ? (
                  <input type="hidden" name={recordedFieldName(row.personId)} value={row.status} />
                ) : null}
                {row.note ? (
                  <input type="hidden" name={noteFieldName(row.personId)} value={row.note} />
                ) : null}
                <Radios
                  name={registerFieldName(row.personId)}
                  idPrefix={registerFieldId(row.personId)}
                  className="govuk-radios--inline govuk-radios--small"
                  fieldset={{
                    legend: { text: row.name, className: 'govuk-fieldset__legend--s' },
                  }}
                  hint={[
                    row.about,
                    row.sentByMember ? 'Sent their apologies themselves' : '',
                    row.note,
                  ]
                    .filter(Boolean)
                    .join('. ')}
                  value={chosen(row)}
                  items={statusItems}
                  errorMessage={errorFor(errors, registerFieldId(row.personId))}
                />
              </div>
            ))}
            <Button>Save the register</Button>
          </form>
        ) : null}
        {rows.length && !open ? (
          <Table
            caption="Who was expected, and how they took part"
            captionClassName="govuk-visually-hidden"
            head={[{ text: 'Name' }, { text: 'Role' }, { text: 'Attendance' }]}
            rows={rows.map((row) => [
              { text: row.name },
              { text: row.about },
              { text: row.status ? ATTENDANCE_WORDS[row.status] : 'Not recorded' },
            ])}
          />
        ) : null}
        {rows.length ? null : (
          <p className="govuk-body">No one sat on the meeting’s bodies on its day.</p>
        )}

        <h2 className="govuk-heading-m" id="observers">
          Observers and others on the register
        </h2>
        {others.length ? (
          <ul className="govuk-list">
            {others.map((other) => (
              <li key={other.personId}>
                {other.name}: {ATTENDANCE_WORDS[other.status]}
                {other.note ? ` (${other.note})` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p className="govuk-body">No one else is on the register.</p>
        )}
        {open && started ? (
          <>
            <form method="get" action={`${path}#observers`} noValidate>
              <Input
                name="find"
                label="Find someone who is not a member, to add as an observer"
                labelClassName="govuk-label--s"
                hint="Part of their name or email address. Observers never count towards the quorum."
                defaultValue={page.find}
                errorMessage={
                  page.searchTooLong
                    ? `Search must be ${MAX_SEARCH_LENGTH} characters or fewer`
                    : undefined
                }
              />
              <Button className="govuk-button--secondary">Find</Button>
            </form>
            {page.candidates ? (
              page.candidates.length ? (
                <form method="post" noValidate>
                  <input type="hidden" name="intent" value="add-observer" />
                  <Select
                    name={OBSERVER_FIELD}
                    label="Person to add as an observer"
                    labelClassName="govuk-label--s"
                    items={[
                      { value: '', text: 'Choose a person' },
                      ...page.candidates.map((person) => ({
                        value: person.id,
                        text: person.email
                          ? `${person.fullName} (${person.email})`
                          : person.fullName,
                      })),
                    ]}
                    errorMessage={errorFor(errors, OBSERVER_FIELD)}
                  />
                  <Button className="govuk-button--secondary">Add as an observer</Button>
                </form>
              ) : (
                <p className="govuk-body">No one else matches “{page.find}”.</p>
              )
            ) : (
              <ProblemText id={OBSERVER_FIELD} message={errorFor(errors, OBSERVER_FIELD)} />
            )}
          </>
        ) : null}

        <h2 className="govuk-heading-m" id="declarations">
          Declarations of interest
        </h2>
        <ProblemText id="declarations-error" message={errorFor(errors, 'declarations')} />
        {declarations.length ? (
          <Table
            caption="Declarations of interest recorded"
            captionClassName="govuk-visually-hidden"
            head={[
              { text: 'Who' },
              { text: 'On' },
              { text: 'Interest' },
              ...(open ? [{ text: 'Change' }] : []),
            ]}
            rows={declarations.map((declaration) => [
              { text: personName(declaration.person) },
              { text: itemLabel(declaration.agendaItem) },
              { text: declaration.description },
              ...(open
                ? [
                    {
                      text: (
                        <form method="post" className="app-inline-form">
                          <input type="hidden" name="intent" value="remove-declaration" />
                          <input type="hidden" name="declarationId" value={declaration.id} />
                          <button
                            type="submit"
                            className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0"
                          >
                            Remove
                            <span className="govuk-visually-hidden">
                              {' '}
                              the declaration by {personName(declaration.person)}
                            </span>
                          </button>
                        </form>
                      ),
                    },
                  ]
                : []),
            ])}
          />
        ) : (
          <p className="govuk-body">No declarations of interest have been recorded.</p>
        )}
        {open && people.length ? (
          <form method="post" noValidate>
            <h3 className="govuk-heading-s">Record a declaration of interest</h3>
            <input type="hidden" name="intent" value="declare" />
            <Select
              name={DECLARATION_FIELDS.personId}
              label="Who declared an interest"
              value={values[DECLARATION_FIELDS.personId]}
              items={[{ value: '', text: 'Choose a person' }, ...people]}
              errorMessage={errorFor(errors, DECLARATION_FIELDS.personId)}
            />
            <Select
              name={DECLARATION_FIELDS.agendaItemId}
              label="On"
              value={values[DECLARATION_FIELDS.agendaItemId]}
              items={[
                { value: '', text: 'The whole meeting' },
                ...meeting.agenda.map((item) => ({
                  value: item.id,
                  text: `${itemLabel(item)}${item.isPublic ? '' : ' (private)'}`,
                })),
              ]}
              errorMessage={errorFor(errors, DECLARATION_FIELDS.agendaItemId)}
            />
            <Textarea
              name={DECLARATION_FIELDS.description}
              label="The interest"
              hint="For example, “Works for an organisation that bid for the contract”"
              rows={3}
              defaultValue={values[DECLARATION_FIELDS.description]}
              errorMessage={errorFor(errors, DECLARATION_FIELDS.description)}
            />
            <Button className="govuk-button--secondary">Record the declaration</Button>
          </form>
        ) : null}
      </div>
    </div>
  );
}
