import { MEMBERSHIP_ROLES, MEMBERSHIP_ROLE_LABELS } from '@boards/shared/contracts';
import { CorrectMembershipDocument } from '@boards/web/api-client';
import { Button, DateInput, Radios, Textarea } from '@boards/web/ui-govuk';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { readForm } from '../csrf.server';
import { dateInputError, dateInputItems } from '../date-fields';
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { BODIES_BREADCRUMBS, bodyPath } from '../secretariat/body-breadcrumbs';
import { dateValues, readWholeNumber } from '../secretariat/form-reading';
import {
  MEMBERSHIP_CHANGE_ERRORS,
  doneWith,
  refusedChange,
} from '../secretariat/membership-actions.server';
import { crossSeatConsequences, possessive } from '../secretariat/membership-display';
import {
  CORRECT_FIELD_IDS,
  ENDS_ON,
  EXPECTED_VERSION,
  STARTS_ON,
  readCorrectForm,
} from '../secretariat/membership-forms';
import { loadMembership } from '../secretariat/membership-loader.server';
import { MembershipSummary } from '../secretariat/membership-summary';

export const handle: RouteHandle = { breadcrumbs: BODIES_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: formPageTitle(
      args.data
        ? `Correct ${possessive(args.data.membership.person.fullName)} membership`
        : 'Correct a membership',
      args,
    ),
  },
];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const membership = await loadMembership(args, 'correct');
  return { membership, resting: membership.restingCrossSeats };
}

/**
 * Puts a recording mistake right, with why (kept in the audit trail). The API checks every rule
 * again; cross-seats resting on a shortened membership follow, and the banner says so.
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const membership = await loadMembership(args, 'correct');
  const posted = await readForm(request);
  const expectedVersion = readWholeNumber(posted, EXPECTED_VERSION);
  const form = readCorrectForm(posted);
  if (!form.ok) return redirectWithErrors(request, form.errors, form.values);
  const outcome = await apiAttempt(args, MEMBERSHIP_CHANGE_ERRORS, CorrectMembershipDocument, {
    id: membership.id,
    input: form.input,
    expectedVersion,
  });
  if (!outcome.ok) {
    // Someone else changed it first: the form shows the membership as it now is, to correct
    // again; only why is kept.
    const kept =
      outcome.error.code === 'CONFLICT' ? { reason: form.values['reason'] ?? '' } : form.values;
    return refusedChange(request, outcome.error, CORRECT_FIELD_IDS, 'reason', kept);
  }
  return doneWith(
    request,
    bodyPath(membership.body.slug, 'members'),
    [
      `${possessive(membership.person.fullName)} membership has been corrected.`,
      ...crossSeatConsequences(outcome.data.correctMembership),
    ].join(' '),
  );
}

export default function CorrectMembership() {
  const { membership, resting } = useLoaderData<typeof loader>();
  const { errors, values: posted } = useFormState();
  // The record as it is, with whatever was posted (after a mistake, all of it) over it.
  const values: Record<string, string> = {
    role: membership.role,
    ...dateValues(STARTS_ON, membership.startsOn),
    ...dateValues(ENDS_ON, membership.endsOn),
    endReason: membership.endReason ?? '',
    ...posted,
  };
  const startsOn = dateInputError(errors, STARTS_ON);
  const endsOn = dateInputError(errors, ENDS_ON);
  const path = bodyPath(membership.body.slug, 'members', membership.id, 'correct');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{membership.body.name}</span>
        <h1 className="govuk-heading-l">
          Correct {possessive(membership.person.fullName)} membership
        </h1>
        <MembershipSummary membership={membership} />
        <p className="govuk-body">
          For a mistake in the record. For a real change, such as a new role or someone leaving, go
          back and make that change instead: the record then shows what happened when.
        </p>
        {resting.length ? (
          <p className="govuk-body">
            Their cross-seats resting on this membership end early or are removed if it no longer
            covers them.
          </p>
        ) : null}
        <form method="post" action={path} noValidate>
          <input type="hidden" name={EXPECTED_VERSION} value={membership.version} />
          <Radios
            name="role"
            fieldset={{ legend: { text: 'Role', className: 'govuk-fieldset__legend--s' } }}
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
            fieldset={{ legend: { text: 'First day', className: 'govuk-fieldset__legend--s' } }}
            hint="For example, 15 3 2021"
            items={dateInputItems(STARTS_ON, values, startsOn.parts)}
            errorMessage={startsOn.message}
          />
          <DateInput
            id={ENDS_ON}
            namePrefix={ENDS_ON}
            fieldset={{
              legend: { text: 'Last day (optional)', className: 'govuk-fieldset__legend--s' },
            }}
            hint="Leave blank if it has no end date"
            items={dateInputItems(ENDS_ON, values, endsOn.parts)}
            errorMessage={endsOn.message}
          />
          <Textarea
            name="endReason"
            label="Why it ended (optional)"
            labelClassName="govuk-label--s"
            hint="Only kept when it has a last day"
            rows={3}
            defaultValue={values['endReason']}
            errorMessage={errorFor(errors, 'endReason')}
          />
          <Textarea
            name="reason"
            label="What was wrong?"
            labelClassName="govuk-label--s"
            hint="Kept in the audit trail with the correction"
            rows={3}
            defaultValue={values['reason']}
            errorMessage={errorFor(errors, 'reason')}
          />
          <Button>Save correction</Button>
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
