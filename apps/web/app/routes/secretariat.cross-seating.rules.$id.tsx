import { CrossSeatRulesDocument, SetCrossSeatRuleDocument } from '@boards/web/api-client';
import { Button, Input } from '@boards/web/ui-govuk';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt, apiRequest, type RequestArgs } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { readForm } from '../csrf.server';
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { CROSS_SEATING_BREADCRUMBS } from '../secretariat/body-breadcrumbs';
import { doneWith } from '../secretariat/membership-actions.server';
import { seatsRequiredText, theBody } from '../secretariat/membership-display';
import { RULE_FIELD_IDS, readRuleForm } from '../secretariat/membership-forms';

export const handle: RouteHandle = { breadcrumbs: CROSS_SEATING_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  { title: formPageTitle('Change a cross-seat rule', args) },
];

async function loadRule(
  args: RequestArgs & { readonly params: Readonly<Record<string, string | undefined>> },
) {
  const { crossSeatRules } = await apiRequest(args, CrossSeatRulesDocument);
  const rule = crossSeatRules.find((candidate) => candidate.id === args.params['id']);
  if (!rule) throw new Response(null, { status: 404 });
  return rule;
}

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  return { rule: await loadRule(args) };
}

/** Sets the fewest and most seats; compliance is worked out again from the memberships. */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const rule = await loadRule(args);
  const form = readRuleForm(await readForm(request), {
    targetBodyId: rule.targetBody.id,
    fromBodyId: rule.fromBody.id,
  });
  if (!form.ok) return redirectWithErrors(request, form.errors, form.values);
  const outcome = await apiAttempt(args, ['BAD_USER_INPUT'], SetCrossSeatRuleDocument, {
    input: form.input,
  });
  if (!outcome.ok) {
    return redirectWithErrors(
      request,
      fieldErrorsFromApi(outcome.error, RULE_FIELD_IDS, 'minSeats'),
      form.values,
    );
  }
  return doneWith(
    request,
    '/secretariat/cross-seating',
    `${rule.targetBody.name} now has ${seatsRequiredText(outcome.data.setCrossSeatRule)} for members of ${theBody(rule.fromBody.name)}`,
  );
}

export default function EditRule() {
  const { rule } = useLoaderData<typeof loader>();
  const { errors, values: posted } = useFormState();
  const values = Object.keys(posted).length
    ? posted
    : { minSeats: String(rule.minSeats), maxSeats: String(rule.maxSeats) };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">Cross-seating</span>
        <h1 className="govuk-heading-l">
          Seats on {theBody(rule.targetBody.name)} for members of {theBody(rule.fromBody.name)}
        </h1>
        <p className="govuk-body">
          Fewer seats held than the fewest is a vacancy. Appointing beyond the most is refused.
          Changing the numbers changes nobody’s membership.
        </p>
        <form
          method="post"
          action={`/secretariat/cross-seating/rules/${encodeURIComponent(rule.id)}`}
          noValidate
        >
          <Input
            name="minSeats"
            label="Fewest seats"
            labelClassName="govuk-label--s"
            hint="0 if none are required"
            className="govuk-input--width-3"
            inputMode="numeric"
            spellCheck={false}
            autoComplete="off"
            defaultValue={values['minSeats']}
            errorMessage={errorFor(errors, 'minSeats')}
          />
          <Input
            name="maxSeats"
            label="Most seats"
            labelClassName="govuk-label--s"
            hint="From 1 to 20"
            className="govuk-input--width-3"
            inputMode="numeric"
            spellCheck={false}
            autoComplete="off"
            defaultValue={values['maxSeats']}
            errorMessage={errorFor(errors, 'maxSeats')}
          />
          <Button>Save rule</Button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href="/secretariat/cross-seating">
            Cancel and go back to cross-seating
          </a>
        </p>
      </div>
    </div>
  );
}
