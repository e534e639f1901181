import { MEMBERSHIP_ROLES, MEMBERSHIP_ROLE_LABELS } from '@boards/shared/contracts';
import { ChangeMemberRoleDocument } from '@boards/web/api-client';
import { Button, DateInput, Radios } from '@boards/web/ui-govuk';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { readForm } from '../csrf.server';
import { dateInputError, dateInputItems } from '../date-fields';
import { formatLocalDate } from '../dates';
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { BODIES_BREADCRUMBS, bodyPath } from '../secretariat/body-breadcrumbs';
import { readWholeNumber } from '../secretariat/form-reading';
import {
  MEMBERSHIP_CHANGE_ERRORS,
  doneWith,
  refusedChange,
} from '../secretariat/membership-actions.server';
import { possessive, roleText, theBody } from '../secretariat/membership-display';
import {
  CHANGE_ROLE_FIELD_IDS,
  EXPECTED_VERSION,
  ROLE_FROM,
  readChangeRoleForm,
} from '../secretariat/membership-forms';
import { loadMembership } from '../secretariat/membership-loader.server';
import { MembershipSummary } from '../secretariat/membership-summary';

export const handle: RouteHandle = { breadcrumbs: BODIES_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: formPageTitle(
      args.data
        ? `Change ${possessive(args.data.membership.person.fullName)} role`
        : 'Change a role',
      args,
    ),
  },
];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  return { membership: await loadMembership(args, 'change-role') };
}

/**
 * A new role from a date: the API ends the record so far the day before and continues it in the
 * new role (or, from its first day, simply replaces the role).
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const membership = await loadMembership(args, 'change-role');
  const posted = await readForm(request);
  const expectedVersion = readWholeNumber(posted, EXPECTED_VERSION);
  const form = readChangeRoleForm(posted);
  if (!form.ok) return redirectWithErrors(request, form.errors, form.values);
  const outcome = await apiAttempt(args, MEMBERSHIP_CHANGE_ERRORS, ChangeMemberRoleDocument, {
    id: membership.id,
    role: form.input.role,
    from: form.input.from,
    expectedVersion,
  });
  if (!outcome.ok) {
    return refusedChange(request, outcome.error, CHANGE_ROLE_FIELD_IDS, 'role', form.values);
  }
  return doneWith(
    request,
    bodyPath(membership.body.slug, 'members'),
    `${possessive(membership.person.fullName)} role on ${theBody(membership.body.name)} is ${roleText(form.input.role).toLowerCase()} from ${formatLocalDate(form.input.from)}`,
  );
}

export default function ChangeRole() {
  const { membership } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const from = dateInputError(errors, ROLE_FROM);
  const path = bodyPath(membership.body.slug, 'members', membership.id, 'change-role');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{membership.body.name}</span>
        <h1 className="govuk-heading-l">Change {possessive(membership.person.fullName)} role</h1>
        <MembershipSummary membership={membership} />
        <p className="govuk-body">
          The membership so far is kept as it was, ending the day before the new role starts, and
          continues in the new role on the same seat. To put right a role recorded wrongly,{' '}
          <a
            className="govuk-link"
            href={bodyPath(membership.body.slug, 'members', membership.id, 'correct')}
          >
            correct the mistake
          </a>{' '}
          instead.
        </p>
        <form method="post" action={path} noValidate>
          <input type="hidden" name={EXPECTED_VERSION} value={membership.version} />
          <Radios
            name="role"
            fieldset={{
              legend: { text: 'What is their new role?', className: 'govuk-fieldset__legend--s' },
            }}
            value={values['role']}
            items={MEMBERSHIP_ROLES.filter((role) => role !== membership.role).map((role) => ({
              value: role,
              text: MEMBERSHIP_ROLE_LABELS[role],
            }))}
            errorMessage={errorFor(errors, 'role')}
          />
          <DateInput
            id={ROLE_FROM}
            namePrefix={ROLE_FROM}
            fieldset={{
              legend: {
                text: 'From which date?',
                className: 'govuk-fieldset__legend--s',
              },
            }}
            hint={`The first day in the new role, on or after ${formatLocalDate(membership.startsOn)}. For example, 1 12 2026`}
            items={dateInputItems(ROLE_FROM, values, from.parts)}
            errorMessage={from.message}
          />
          <Button>Change role</Button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={bodyPath(membership.body.slug, 'members', membership.id)}>
            Cancel and go back to the membership
          </a>
        </p>
      </div>
    </div>
  );
}
