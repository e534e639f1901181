import { RemoveMembershipDocument } from '@boards/web/api-client';
import { Button, SummaryList, WarningText } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { formPageTitle, useFormState } from '../form-state';
import type { RouteHandle } from '../route-handle';
import { BODIES_BREADCRUMBS, bodyPath } from '../secretariat/body-breadcrumbs';
import { readWholeNumber } from '../secretariat/form-reading';
import { flashedValues, redirectWithValues } from '../secretariat/flash-values.server';
import { MEMBERSHIP_CHANGE_ERRORS, doneWith } from '../secretariat/membership-actions.server';
import {
  crossSeatConsequences,
  listText,
  possessive,
  theBody,
} from '../secretariat/membership-display';
import { EXPECTED_VERSION, readRemoveForm } from '../secretariat/membership-forms';
import { loadMembership } from '../secretariat/membership-loader.server';
import { MembershipSummary } from '../secretariat/membership-summary';

export const handle: RouteHandle = { breadcrumbs: BODIES_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: formPageTitle(
      args.data
        ? `Are you sure you want to remove ${possessive(args.data.membership.person.fullName)} membership?`
        : 'Remove a membership',
      args,
    ),
  },
];

/** The confirmation, with the reason from the form (carried in the flash cookie). */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const membership = await loadMembership(args, 'remove', 'confirm');
  const values = await flashedValues(args.request);
  const form = values
    ? readRemoveForm(new URLSearchParams({ reason: values['reason'] ?? '' }))
    : null;
  if (!form?.ok) {
    throw redirect(bodyPath(membership.body.slug, 'members', membership.id, 'remove'));
  }
  return {
    membership,
    reason: form.input.reason,
    resting: membership.restingCrossSeats,
  };
}

/** Removes the membership with the version the page was loaded with (or goes back to change). */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const membership = await loadMembership(args, 'remove', 'confirm');
  const posted = await readForm(request);
  const reason = formString(posted, 'reason');
  const formPath = bodyPath(membership.body.slug, 'members', membership.id, 'remove');
  const form = readRemoveForm(new URLSearchParams({ reason }));
  if (formString(posted, 'intent') === 'change' || !form.ok) {
    return redirectWithValues(request, formPath, { reason }, form.ok ? [] : form.errors);
  }
  const expectedVersion = readWholeNumber(posted, EXPECTED_VERSION);
  const outcome = await apiAttempt(args, MEMBERSHIP_CHANGE_ERRORS, RemoveMembershipDocument, {
    id: membership.id,
    reason: form.input.reason,
    expectedVersion,
  });
  if (!outcome.ok) {
    // A stale version, most likely: the form shows the membership as it now is.
    return redirectWithValues(
      request,
      formPath,
      { reason },
      fieldErrorsFromApi(outcome.error, { reason: 'reason' }, 'reason'),
    );
  }
  return doneWith(
    request,
    bodyPath(membership.body.slug, 'members'),
    [
      `${possessive(membership.person.fullName)} membership of ${theBody(membership.body.name)} has been removed.`,
      ...crossSeatConsequences(outcome.data.removeMembership),
    ].join(' '),
  );
}

export default function ConfirmRemove() {
  const { membership, reason, resting } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  const path = bodyPath(membership.body.slug, 'members', membership.id, 'remove', 'confirm');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{membership.body.name}</span>
        <h1 className="govuk-heading-l">
          Are you sure you want to remove {possessive(membership.person.fullName)} membership?
        </h1>
        <MembershipSummary membership={membership} />
        <SummaryList rows={[{ key: 'Why it was recorded in error', value: reason }]} />
        <WarningText>
          The membership will no longer be on record, as if it never was (the audit trail keeps it).
          {resting.length
            ? ` Their ${resting.length === 1 ? 'cross-seat' : 'cross-seats'} on ${listText(resting.map((seat) => theBody(seat.body.name)))} ${resting.length === 1 ? 'rests' : 'rest'} on it and will end or be removed too.`
            : null}
        </WarningText>
        <form method="post" action={path} noValidate>
          <input type="hidden" name={EXPECTED_VERSION} value={membership.version} />
          <input type="hidden" name="reason" value={reason} />
          <div className="govuk-button-group">
            <Button name="intent" value="remove" className="govuk-button--warning">
              Remove membership
            </Button>
            <Button name="intent" value="change" className="govuk-button--secondary">
              Change the reason
            </Button>
          </div>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={bodyPath(membership.body.slug, 'members', membership.id)}>
            Cancel: keep the membership
          </a>
        </p>
      </div>
    </div>
  );
}
