import { EndMembershipDocument } from '@boards/web/api-client';
import { Button, DateInput, Textarea, WarningText } from '@boards/web/ui-govuk';
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
import {
  crossSeatConsequences,
  listText,
  possessive,
  theBody,
} from '../secretariat/membership-display';
import {
  END_FIELD_IDS,
  ENDS_ON,
  EXPECTED_VERSION,
  readEndForm,
} from '../secretariat/membership-forms';
import { loadMembership } from '../secretariat/membership-loader.server';
import { MembershipSummary } from '../secretariat/membership-summary';

export const handle: RouteHandle = { breadcrumbs: BODIES_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: formPageTitle(
      args.data
        ? `End ${possessive(args.data.membership.person.fullName)} membership`
        : 'End a membership',
      args,
    ),
  },
];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const membership = await loadMembership(args, 'end');
  return { membership, resting: membership.restingCrossSeats };
}

/**
 * Ends the membership on its last day, with the version the page was loaded with. The banner
 * on the members page then says which cross-seats ended with it: the API ends them in the same
 * transaction and says so.
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const membership = await loadMembership(args, 'end');
  const posted = await readForm(request);
  const expectedVersion = readWholeNumber(posted, EXPECTED_VERSION);
  const form = readEndForm(posted);
  if (!form.ok) return redirectWithErrors(request, form.errors, form.values);
  const outcome = await apiAttempt(args, MEMBERSHIP_CHANGE_ERRORS, EndMembershipDocument, {
    id: membership.id,
    input: form.input,
    expectedVersion,
  });
  if (!outcome.ok) {
    return refusedChange(request, outcome.error, END_FIELD_IDS, `${ENDS_ON}-day`, form.values);
  }
  const change = outcome.data.endMembership;
  // Whether its last day has gone is the API's to say, on its day: the membership is then PAST.
  const ended = change.membership?.status === 'PAST' ? 'ended' : 'ends';
  const notice = [
    `${possessive(membership.person.fullName)} membership of ${theBody(membership.body.name)} ${ended} on ${formatLocalDate(form.input.endsOn)}.`,
    ...crossSeatConsequences(change),
  ].join(' ');
  return doneWith(request, bodyPath(membership.body.slug, 'members'), notice);
}

export default function EndMembership() {
  const { membership, resting } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const endsOn = dateInputError(errors, ENDS_ON);
  const path = bodyPath(membership.body.slug, 'members', membership.id, 'end');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{membership.body.name}</span>
        <h1 className="govuk-heading-l">End {possessive(membership.person.fullName)} membership</h1>
        <MembershipSummary membership={membership} />
        {resting.length ? (
          <WarningText>
            {resting.length === 1 ? 'Their cross-seat' : 'Their cross-seats'} on{' '}
            {listText(resting.map((seat) => theBody(seat.body.name)))}{' '}
            {resting.length === 1 ? 'rests' : 'rest'} on this membership: ending it ends{' '}
            {resting.length === 1 ? 'that cross-seat' : 'those cross-seats'} on the same day.
          </WarningText>
        ) : null}
        <form method="post" action={path} noValidate>
          <input type="hidden" name={EXPECTED_VERSION} value={membership.version} />
          <DateInput
            id={ENDS_ON}
            namePrefix={ENDS_ON}
            fieldset={{
              legend: { text: 'What is their last day?', className: 'govuk-fieldset__legend--s' },
            }}
            hint={`They are a member until the end of this day, on or after ${formatLocalDate(membership.startsOn)}. For example, 30 11 2026`}
            items={dateInputItems(ENDS_ON, values, endsOn.parts)}
            errorMessage={endsOn.message}
          />
          <Textarea
            name="reason"
            label="Why is the membership ending?"
            labelClassName="govuk-label--s"
            hint="For example, their term finished or they stepped down. Kept private: the public never sees it."
            defaultValue={values['reason']}
            errorMessage={errorFor(errors, 'reason')}
          />
          <Button className="govuk-button--warning">End membership</Button>
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
