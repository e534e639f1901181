import { CrossSeatRulesDocument, SetCrossSeatRuleDocument } from '@boards/web/api-client';
import { Button, DateInput, Input, Table } from '@boards/web/ui-govuk';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt, apiRequest, type RequestArgs } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { readForm } from '../csrf.server';
import { dateInputError, dateInputItems } from '../date-fields';
import { formatLocalDate } from '../dates';
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { CROSS_SEATING_BREADCRUMBS } from '../secretariat/body-breadcrumbs';
import { doneWith } from '../secretariat/membership-actions.server';
import { dateValues } from '../secretariat/form-reading';
import { ruleHistoryLines, seatsRequiredText, theBody } from '../secretariat/membership-display';
import { RULE_FIELD_IDS, RULE_FROM, readRuleForm } from '../secretariat/membership-forms';

export const handle: RouteHandle = { breadcrumbs: CROSS_SEATING_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  { title: formPageTitle('Change a cross-seat rule', args) },
];

async function loadRule(
  args: RequestArgs & { readonly params: Readonly<Record<string, string | undefined>> },
) {
  const { crossSeatRules, today } = await apiRequest(args, CrossSeatRulesDocument);
  const rule = crossSeatRules.find((candidate) => candidate.id === args.params['id']);
  if (!rule) throw new Response(null, { status: 404 });
  return { rule, today };
}

/** The rule, and the API's day: the change form starts from it (the API refuses earlier days). */
export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  return loadRule(args);
}

/**
 * Sets the fewest and most seats from a date; days before keep the seats they had, and
 * compliance from then is worked out again from the memberships.
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const { rule } = await loadRule(args);
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
    `From ${formatLocalDate(form.input.effectiveFrom)}, ${rule.targetBody.name} has ${seatsRequiredText(form.input)} for members of ${theBody(rule.fromBody.name)}`,
  );
}

export default function EditRule() {
  const { rule, today } = useLoaderData<typeof loader>();
  const { errors, values: posted } = useFormState();
  const values = Object.keys(posted).length
    ? posted
    : {
        minSeats: String(rule.minSeats),
        maxSeats: String(rule.maxSeats),
        ...dateValues(RULE_FROM, today),
      };
  const from = dateInputError(errors, RULE_FROM);
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
        <p className="govuk-body">
          A change takes effect from the date you give. Days before it keep the seats they had, so
          whether the rule was met in the past stays as it was.
        </p>
        <Table
          caption="How the rule has changed"
          captionClassName="govuk-table__caption--s"
          head={[{ text: 'From' }, { text: 'Seats' }]}
          rows={ruleHistoryLines(rule.history).map((line) => [
            { text: formatLocalDate(line.effectiveFrom) },
            { text: line.text },
          ])}
        />
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
          <DateInput
            id={RULE_FROM}
            namePrefix={RULE_FROM}
            fieldset={{
              legend: {
                text: 'From which date?',
                className: 'govuk-fieldset__legend--s',
              },
            }}
            hint={`Today (${formatLocalDate(today)}) or later. A change already due after this date is replaced. For example, 1 4 2027`}
            items={dateInputItems(RULE_FROM, values, from.parts)}
            errorMessage={from.message}
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
