import { MEMBERSHIP_ROLES, MEMBERSHIP_ROLE_LABELS } from '@boards/shared/contracts';
import { AppointmentOptionsDocument } from '@boards/web/api-client';
import { Button, DateInput, Input, Radios, Select } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiRequest } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { dateInputError, dateInputItems } from '../date-fields';
import { formatLocalDate } from '../dates';
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { BODIES_BREADCRUMBS, bodyPath } from '../secretariat/body-breadcrumbs';
import { slugParam } from '../secretariat/body-loader.server';
import { seatsRequiredText, theBody } from '../secretariat/membership-display';
import {
  ENDS_ON,
  ORDINARY_SEAT,
  STARTS_ON,
  appointFormValuesFromQuery,
  appointmentQuery,
  readAppointForm,
} from '../secretariat/membership-forms';

const MAX_SEARCH_LENGTH = 200;

export const handle: RouteHandle = { breadcrumbs: BODIES_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: formPageTitle(
      args.data ? `Appoint a member of ${theBody(args.data.body.name)}` : 'Appoint a member',
      args,
    ),
  },
];

/**
 * The appointment form: people to choose from (found by a search that works without
 * JavaScript), roles, dates, and the bodies a cross-seat may come from (those with a rule for
 * seats on this body). Answers sent back from the check page fill it in again.
 */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const slug = slugParam(args.params);
  const query = new URL(args.request.url).searchParams;
  const search = (query.get('search') ?? '').trim().slice(0, MAX_SEARCH_LENGTH);
  const answers = appointFormValuesFromQuery(query);
  const data = await apiRequest(args, AppointmentOptionsDocument, {
    slug,
    search: search || null,
    hasPerson: Boolean(answers['personId']),
    personId: answers['personId'] || '',
  });
  if (!data.body) throw new Response(null, { status: 404 });
  // Gone (the API says it exists on no day from today): nobody can be appointed.
  if (!data.body.stillExists) throw redirect(bodyPath(data.body.slug, 'members'));
  const people = data.people.edges.map((edge) => edge.node);
  if (data.person && !people.some((person) => person.id === data.person?.id)) {
    people.unshift(data.person);
  }
  return {
    body: data.body,
    search,
    answers,
    people,
    totalPeople: data.people.totalCount,
    rules: data.crossSeatRules
      .filter((rule) => rule.targetBody.id === data.body?.id)
      .map((rule) => ({
        id: rule.id,
        minSeats: rule.minSeats,
        maxSeats: rule.maxSeats,
        fromBody: rule.fromBody,
      })),
  };
}

/** Checks the answers, then goes to the check page, which asks the API what would happen. */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const slug = slugParam(args.params);
  const posted = await readForm(request);
  const form = readAppointForm(posted, formString(posted, 'bodyId'));
  if (!form.ok) return redirectWithErrors(request, form.errors, form.values);
  return redirect(
    `${bodyPath(slug, 'members', 'appoint', 'check')}?${appointmentQuery(form.input)}`,
    { status: 303 },
  );
}

export default function Appoint() {
  const { body, search, answers, people, totalPeople, rules } = useLoaderData<typeof loader>();
  const { errors, values: posted } = useFormState();
  const values = Object.keys(posted).length ? posted : answers;
  const startsOn = dateInputError(errors, STARTS_ON);
  const endsOn = dateInputError(errors, ENDS_ON);
  const path = bodyPath(body.slug, 'members', 'appoint');
  // The form posts to this address with the search, so that its errors come back to it.
  const formAction = search ? `${path}?${new URLSearchParams({ search })}` : path;
  const listed = search
    ? people.length
      ? `${totalPeople} ${totalPeople === 1 ? 'person matches' : 'people match'} ‘${search}’.`
      : `Nobody matches ‘${search}’.`
    : totalPeople > people.length
      ? `The first ${people.length} of ${totalPeople} people are listed: search to find others.`
      : null;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{body.name}</span>
        <h1 className="govuk-heading-l">Appoint a member of {theBody(body.name)}</h1>
        <p className="govuk-body">
          You can check what the appointment would do before you confirm it. Someone who is not in
          the portal yet must be{' '}
          <a className="govuk-link" href="/secretariat/people/new">
            added as a person
          </a>{' '}
          first.
        </p>

        <form method="get" action={path} role="search" aria-label="People">
          <Input
            name="search"
            type="search"
            label="Find a person by name or email address"
            labelClassName="govuk-label--s"
            autoComplete="off"
            spellCheck={false}
            defaultValue={search}
          />
          <Button className="govuk-button--secondary">Search</Button>
        </form>
        {listed ? (
          <p className="govuk-body" role="status">
            {listed}{' '}
            {search ? (
              <a className="govuk-link" href={path}>
                List everyone
              </a>
            ) : null}
          </p>
        ) : null}

        <form method="post" action={formAction} noValidate>
          <input type="hidden" name="bodyId" value={body.id} />
          <Select
            name="personId"
            label="Person"
            labelClassName="govuk-label--s"
            value={values['personId']}
            items={[
              { value: '', text: people.length ? 'Choose a person' : 'Nobody to choose' },
              ...people.map((person) => ({
                value: person.id,
                text: person.email ? `${person.fullName} (${person.email})` : person.fullName,
              })),
            ]}
            errorMessage={errorFor(errors, 'personId')}
          />
          <Radios
            name="role"
            fieldset={{
              legend: { text: 'Role', className: 'govuk-fieldset__legend--s' },
            }}
            value={values['role']}
            items={MEMBERSHIP_ROLES.map((role) => ({
              value: role,
              text: MEMBERSHIP_ROLE_LABELS[role],
            }))}
            errorMessage={errorFor(errors, 'role')}
          />
          <DateInput
            id={STARTS_ON}
            namePrefix={STARTS_ON}
            fieldset={{
              legend: { text: 'First day', className: 'govuk-fieldset__legend--s' },
            }}
            hint={`On or after ${formatLocalDate(body.establishedOn)}, for example 1 12 2026`}
            items={dateInputItems(STARTS_ON, values, startsOn.parts)}
            errorMessage={startsOn.message}
          />
          <DateInput
            id={ENDS_ON}
            namePrefix={ENDS_ON}
            fieldset={{
              legend: { text: 'Last day (optional)', className: 'govuk-fieldset__legend--s' },
            }}
            hint="Leave blank if the term has no fixed end"
            items={dateInputItems(ENDS_ON, values, endsOn.parts)}
            errorMessage={endsOn.message}
          />
          <Radios
            name="seat"
            fieldset={{
              legend: { text: 'Which seat?', className: 'govuk-fieldset__legend--s' },
            }}
            hint={
              rules.length
                ? 'A cross-seat is held because they are a member of another body, for as long as they are.'
                : `No cross-seat rule asks for seats on ${theBody(body.name)}, so only ordinary seats can be given.`
            }
            value={values['seat']}
            items={[
              { value: ORDINARY_SEAT, text: 'An ordinary seat' },
              ...rules.map((rule) => ({
                value: rule.fromBody.id,
                text: `A cross-seat from ${theBody(rule.fromBody.name)}`,
                hint: `The rule asks for ${seatsRequiredText(rule)}`,
              })),
            ]}
            errorMessage={errorFor(errors, 'seat')}
          />
          <Button>Continue</Button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={bodyPath(body.slug, 'members')}>
            Cancel and go back to the members
          </a>
        </p>
      </div>
    </div>
  );
}
