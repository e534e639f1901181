import { ExtendMembershipDocument } from '@boards/web/api-client';
import { Button, DateInput } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { readForm } from '../csrf.server';
import { dateInputError, dateInputItems } from '../date-fields';
import { formatLocalDate } from '../dates';
import { formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { BODIES_BREADCRUMBS, bodyPath } from '../secretariat/body-breadcrumbs';
import { readWholeNumber } from '../secretariat/form-reading';
import {
  MEMBERSHIP_CHANGE_ERRORS,
  doneWith,
  refusedChange,
} from '../secretariat/membership-actions.server';
import { possessive, theBody } from '../secretariat/membership-display';
import {
  ENDS_ON,
  EXPECTED_VERSION,
  EXTEND_FIELD_IDS,
  readExtendForm,
} from '../secretariat/membership-forms';
import { loadMembership } from '../secretariat/membership-loader.server';
import { MembershipSummary } from '../secretariat/membership-summary';

export const handle: RouteHandle = { breadcrumbs: BODIES_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: formPageTitle(
      args.data
        ? `Extend ${possessive(args.data.membership.person.fullName)} membership`
        : 'Extend a membership',
      args,
    ),
  },
];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const membership = await loadMembership(args, 'extend');
  // An open-ended membership cannot be extended.
  if (membership.endsOn === null) {
    throw redirect(bodyPath(membership.body.slug, 'members', membership.id));
  }
  return { membership };
}

/** A later last day, or none; the API checks the rules (cross-seats included) again. */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const membership = await loadMembership(args, 'extend');
  const posted = await readForm(request);
  const expectedVersion = readWholeNumber(posted, EXPECTED_VERSION);
  const form = readExtendForm(posted);
  if (!form.ok) return redirectWithErrors(request, form.errors, form.values);
  const outcome = await apiAttempt(args, MEMBERSHIP_CHANGE_ERRORS, ExtendMembershipDocument, {
    id: membership.id,
    endsOn: form.input.endsOn,
    expectedVersion,
  });
  if (!outcome.ok) {
    return refusedChange(request, outcome.error, EXTEND_FIELD_IDS, `${ENDS_ON}-day`, form.values);
  }
  const { endsOn } = outcome.data.extendMembership;
  return doneWith(
    request,
    bodyPath(membership.body.slug, 'members'),
    `${possessive(membership.person.fullName)} membership of ${theBody(membership.body.name)} ${
      endsOn ? `now ends on ${formatLocalDate(endsOn)}` : 'now has no end date'
    }`,
  );
}

export default function ExtendMembership() {
  const { membership } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const endsOn = dateInputError(errors, ENDS_ON);
  const path = bodyPath(membership.body.slug, 'members', membership.id, 'extend');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{membership.body.name}</span>
        <h1 className="govuk-heading-l">
          Extend {possessive(membership.person.fullName)} membership
        </h1>
        <MembershipSummary membership={membership} />
        <h2 className="govuk-heading-m">To a later date</h2>
        <form method="post" action={path} noValidate>
          <input type="hidden" name={EXPECTED_VERSION} value={membership.version} />
          <DateInput
            id={ENDS_ON}
            namePrefix={ENDS_ON}
            fieldset={{
              legend: { text: 'New last day', className: 'govuk-fieldset__legend--s' },
            }}
            hint={`After ${formatLocalDate(membership.endsOn ?? membership.startsOn)}. For example, 31 3 2027`}
            items={dateInputItems(ENDS_ON, values, endsOn.parts)}
            errorMessage={endsOn.message}
          />
          <Button name="intent" value="DATE">
            Extend to this date
          </Button>
        </form>
        <h2 className="govuk-heading-m">With no end date</h2>
        <form method="post" action={path} noValidate>
          <input type="hidden" name={EXPECTED_VERSION} value={membership.version} />
          <p className="govuk-body">The membership then runs until it is ended.</p>
          <Button name="intent" value="OPEN" className="govuk-button--secondary">
            Remove the end date
          </Button>
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
