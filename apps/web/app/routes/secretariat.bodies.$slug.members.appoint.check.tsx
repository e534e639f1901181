import { AppointMemberDocument, AppointmentCheckDocument } from '@boards/web/api-client';
import { Button, ErrorMessage, SummaryList, type SummaryListRow } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import type { ReactNode } from 'react';
import { apiAttempt } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { readForm } from '../csrf.server';
import { formatLocalDate } from '../dates';
import { hasFormErrors, useFormState, type FieldError } from '../form-state';
import { pageTitle } from '../page-title';
import type { RouteHandle } from '../route-handle';
import { BODIES_BREADCRUMBS, bodyPath } from '../secretariat/body-breadcrumbs';
import { slugParam } from '../secretariat/body-loader.server';
import { redirectWithValues } from '../secretariat/flash-values.server';
import { flashNotice } from '../session.server';
import { asRole, previewSentences, roleText, theBody } from '../secretariat/membership-display';
import {
  APPOINT_FIELD_IDS,
  appointFormValuesFromQuery,
  appointmentQuery,
  readAppointmentQuery,
} from '../secretariat/membership-forms';

export const handle: RouteHandle = { breadcrumbs: BODIES_BREADCRUMBS };

const TITLE = 'Check the appointment';

export const meta: MetaFunction<typeof loader> = ({ data, matches, location }) => {
  const root = matches.find((match) => match.id === 'root')?.data;
  const errors = Boolean(data?.refusals.length) || hasFormErrors(root, location.pathname);
  return [{ title: pageTitle(errors ? `Error: ${TITLE}` : TITLE) }];
};

/** The rows of the check, each with the field of the appointment form it changes. */
type Row = 'personId' | 'role' | 'startsOn' | 'endsOn' | 'seat';

/** The API's field → the row it is about; refusals about no field are shown by the outcome. */
const FIELD_ROWS: Readonly<Record<string, Row>> = {
  personId: 'personId',
  bodyId: 'personId',
  role: 'role',
  startsOn: 'startsOn',
  endsOn: 'endsOn',
  fromBodyId: 'seat',
};

/** The id of a row's "Change" link, which the error summary links to. */
const changeId = (row: Row) => `change-${row}`;
const OUTCOME = 'outcome';

/** The input of the appointment form that each row's "Change" link goes to. */
const FORM_FIELD: Readonly<Record<Row, string>> = {
  personId: 'personId',
  role: 'role',
  startsOn: 'startsOn-day',
  endsOn: 'endsOn-day',
  seat: 'seat',
};

/**
 * Asks the API what appointing would do (previewAppointment) without doing it: every rule that
 * refuses it, and the seats its cross-seat rule counts before and after.
 */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const slug = slugParam(args.params);
  const query = new URL(args.request.url).searchParams;
  const formPath = bodyPath(slug, 'members', 'appoint');
  const appointment = readAppointmentQuery(query);
  if (!appointment) throw redirect(formPath);
  const outcome = await apiAttempt(args, ['BAD_USER_INPUT'], AppointmentCheckDocument, {
    slug,
    input: appointment,
    personId: appointment.personId,
  });
  if (!outcome.ok) {
    // Answers the API cannot take (such as dates before the body began): back to the form.
    throw await redirectWithValues(
      args.request,
      `${formPath}?${appointmentQuery(appointment)}`,
      appointFormValuesFromQuery(query),
      fieldErrorsFromApi(outcome.error, APPOINT_FIELD_IDS, 'personId'),
    );
  }
  const { body, person, bodies, previewAppointment: check } = outcome.data;
  if (!body || body.id !== appointment.bodyId || !person) {
    throw new Response(null, { status: 404 });
  }
  const fromBody = bodies.find((candidate) => candidate.id === appointment.fromBodyId) ?? null;
  const refusals: FieldError[] = check.refusals.map((refusal) => {
    const row = refusal.field ? FIELD_ROWS[refusal.field] : undefined;
    return { field: row ? changeId(row) : OUTCOME, message: refusal.message };
  });
  return {
    body,
    person,
    fromBody,
    appointment,
    check,
    refusals,
    sentences: previewSentences(check, body.name),
    formHref: `${formPath}?${appointmentQuery(appointment)}`,
  };
}

/** Appoints, as checked. Should the API refuse after all (someone else was quicker), the check says why. */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const slug = slugParam(args.params);
  const posted = await readForm(request);
  const appointment = readAppointmentQuery(
    new URLSearchParams(
      ['bodyId', 'personId', 'role', 'startsOn', 'endsOn', 'fromBodyId'].map((name) => {
        const value = posted.get(name);
        return [name, typeof value === 'string' ? value : ''];
      }),
    ),
  );
  if (!appointment) throw new Response(null, { status: 400 });
  const outcome = await apiAttempt(
    args,
    ['BAD_USER_INPUT', 'CROSS_SEAT_RULE', 'MEMBERSHIP_OVERLAP'],
    AppointMemberDocument,
    { input: appointment },
  );
  if (!outcome.ok) {
    const fieldIds = Object.fromEntries(
      Object.entries(FIELD_ROWS).map(([field, row]) => [field, changeId(row)]),
    );
    return redirectWithValues(
      request,
      `${bodyPath(slug, 'members', 'appoint', 'check')}?${appointmentQuery(appointment)}`,
      {},
      fieldErrorsFromApi(outcome.error, fieldIds, OUTCOME),
    );
  }
  const member = outcome.data.appointMember;
  return redirect(bodyPath(slug, 'members'), {
    status: 303,
    headers: {
      'Set-Cookie': await flashNotice(
        request,
        `${member.person.fullName} has been appointed to ${theBody(member.body.name)} as ${asRole(member.role)} from ${formatLocalDate(member.startsOn)}${
          member.fromBody ? `, in a cross-seat from ${theBody(member.fromBody.name)}` : ''
        }`,
      ),
    },
  });
}

function SeatValue({ fromBody }: { readonly fromBody: { readonly name: string } | null }) {
  return <>{fromBody ? `Cross-seat from ${theBody(fromBody.name)}` : 'Ordinary seat'}</>;
}

export default function CheckAppointment() {
  const { body, person, fromBody, appointment, check, refusals, sentences, formHref } =
    useLoaderData<typeof loader>();
  const { errors: flashed } = useFormState();
  const errors = [...refusals, ...flashed];
  const rowError = (row: Row) => errors.filter((error) => error.field === changeId(row));
  const value = (row: Row, content: ReactNode) => {
    const problems = rowError(row);
    return problems.length ? (
      <>
        {problems.map((problem) => (
          <ErrorMessage key={problem.message} className="govuk-!-margin-bottom-1">
            {problem.message}
          </ErrorMessage>
        ))}
        {content}
      </>
    ) : (
      content
    );
  };
  const row = (key: Row, label: string, content: ReactNode, what: string): SummaryListRow => ({
    key: label,
    value: value(key, content),
    actions: [
      {
        href: `${formHref}#${FORM_FIELD[key]}`,
        text: 'Change',
        visuallyHiddenText: what,
        attributes: { id: changeId(key) },
      },
    ],
  });
  const path = bodyPath(body.slug, 'members', 'appoint', 'check');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{body.name}</span>
        <h1 className="govuk-heading-l">{TITLE}</h1>
        <SummaryList
          rows={[
            row('personId', 'Person', person.fullName, 'the person'),
            { key: 'Body', value: body.name },
            row('role', 'Role', roleText(appointment.role), 'the role'),
            row('startsOn', 'First day', formatLocalDate(appointment.startsOn), 'the first day'),
            row(
              'endsOn',
              'Last day',
              appointment.endsOn ? formatLocalDate(appointment.endsOn) : 'No end date',
              'the last day',
            ),
            row('seat', 'Seat', <SeatValue fromBody={fromBody} />, 'the seat'),
          ]}
        />
        <h2 className="govuk-heading-m" id={OUTCOME} tabIndex={-1}>
          {check.allowed ? 'What this appointment does' : 'This appointment cannot be made'}
        </h2>
        {sentences.map((sentence) => (
          <p key={sentence} className="govuk-body">
            {sentence}
          </p>
        ))}
        {check.allowed ? (
          <form method="post" action={path} noValidate>
            <input type="hidden" name="bodyId" value={appointment.bodyId} />
            <input type="hidden" name="personId" value={appointment.personId} />
            <input type="hidden" name="role" value={appointment.role} />
            <input type="hidden" name="startsOn" value={appointment.startsOn} />
            <input type="hidden" name="endsOn" value={appointment.endsOn ?? ''} />
            <input type="hidden" name="fromBodyId" value={appointment.fromBodyId ?? ''} />
            <Button preventDoubleClick>Confirm appointment</Button>
          </form>
        ) : (
          <>
            <p className="govuk-body">
              {check.refusals.length === 1
                ? 'The problem is listed at the top of this page.'
                : 'The problems are listed at the top of this page.'}{' '}
              Change the answers, or leave the members as they are.
            </p>
            <p className="govuk-body">
              <a className="govuk-link" href={formHref}>
                Change the appointment
              </a>
            </p>
          </>
        )}
        <p className="govuk-body">
          <a className="govuk-link" href={bodyPath(body.slug, 'members')}>
            Cancel and go back to the members
          </a>
        </p>
      </div>
    </div>
  );
}
