import { MEMBERSHIP_LIMITS } from '@boards/shared/contracts';
import { Button, DateInput, Textarea } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { readForm } from '../csrf.server';
import { dateInputError, dateInputItems } from '../date-fields';
import { formatLocalDate } from '../dates';
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { BODIES_BREADCRUMBS, bodyPath } from '../secretariat/body-breadcrumbs';
import { loadBody, slugParam } from '../secretariat/body-loader.server';
import { redirectWithValues } from '../secretariat/flash-values.server';
import { theBody } from '../secretariat/membership-display';
import { DISSOLVED_ON, readDissolveForm } from '../secretariat/membership-forms';

export const handle: RouteHandle = { breadcrumbs: BODIES_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: formPageTitle(
      args.data ? `Dissolve ${theBody(args.data.body.name)}` : 'Dissolve a body',
      args,
    ),
  },
];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  const body = await loadBody(args);
  // Already dissolved: nothing to do here.
  if (body.dissolvedOn) throw redirect(bodyPath(body.slug));
  return { body };
}

/** Checks the date and reason, then asks to confirm, showing what will end. */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const slug = slugParam(args.params);
  const form = readDissolveForm(await readForm(request));
  if (!form.ok) return redirectWithErrors(request, form.errors, form.values);
  return redirectWithValues(request, bodyPath(slug, 'dissolve', 'confirm'), {
    dissolvedOn: form.input.dissolvedOn,
    reason: form.input.reason,
  });
}

export default function DissolveBody() {
  const { body } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const date = dateInputError(errors, DISSOLVED_ON);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{body.name}</span>
        <h1 className="govuk-heading-l">Dissolve {theBody(body.name)}</h1>
        <p className="govuk-body">
          The body exists until the day before the date you give. Every membership running then ends
          on that day, memberships that have not begun are removed, and cross-seats its members hold
          on other bodies end with them. You will see exactly what will end before you confirm.
        </p>
        <form method="post" action={bodyPath(body.slug, 'dissolve')} noValidate>
          <DateInput
            id={DISSOLVED_ON}
            namePrefix={DISSOLVED_ON}
            fieldset={{
              legend: {
                text: 'From which date does it no longer exist?',
                className: 'govuk-fieldset__legend--s',
              },
            }}
            hint={`After ${formatLocalDate(body.establishedOn)}, when it was established. For example, 1 4 2027`}
            items={dateInputItems(DISSOLVED_ON, values, date.parts)}
            errorMessage={date.message}
          />
          <Textarea
            name="reason"
            label="Why is it being dissolved?"
            labelClassName="govuk-label--s"
            hint="Kept in the audit trail"
            maxLength={MEMBERSHIP_LIMITS.reason}
            defaultValue={values['reason']}
            errorMessage={errorFor(errors, 'reason')}
          />
          <Button>Continue</Button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href={bodyPath(body.slug)}>
            Cancel and go back to {body.name}
          </a>
        </p>
      </div>
    </div>
  );
}
