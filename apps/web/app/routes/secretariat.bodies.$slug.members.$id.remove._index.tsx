import { Button, Textarea } from '@boards/web/ui-govuk';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { readForm } from '../csrf.server';
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { BODIES_BREADCRUMBS, bodyPath } from '../secretariat/body-breadcrumbs';
import { slugParam } from '../secretariat/body-loader.server';
import { redirectWithValues } from '../secretariat/flash-values.server';
import { possessive } from '../secretariat/membership-display';
import { readRemoveForm } from '../secretariat/membership-forms';
import { loadMembership } from '../secretariat/membership-loader.server';
import { MembershipSummary } from '../secretariat/membership-summary';

export const handle: RouteHandle = { breadcrumbs: BODIES_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: formPageTitle(
      args.data
        ? `Remove ${possessive(args.data.membership.person.fullName)} membership`
        : 'Remove a membership',
      args,
    ),
  },
];

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  return { membership: await loadMembership(args, 'remove') };
}

/** Checks the reason, then asks to confirm the removal on the next page. */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const slug = slugParam(args.params);
  const form = readRemoveForm(await readForm(request));
  if (!form.ok) return redirectWithErrors(request, form.errors, form.values);
  return redirectWithValues(
    request,
    bodyPath(slug, 'members', args.params['id'] ?? '', 'remove', 'confirm'),
    { reason: form.input.reason },
  );
}

export default function RemoveMembership() {
  const { membership } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const path = bodyPath(membership.body.slug, 'members', membership.id, 'remove');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{membership.body.name}</span>
        <h1 className="govuk-heading-l">
          Remove {possessive(membership.person.fullName)} membership
        </h1>
        <MembershipSummary membership={membership} />
        <p className="govuk-body">
          Remove a membership only if it was recorded in error and never happened. If they were a
          member and are leaving,{' '}
          <a
            className="govuk-link"
            href={bodyPath(membership.body.slug, 'members', membership.id, 'end')}
          >
            end the membership
          </a>{' '}
          instead, so that it stays on record as a past one.
        </p>
        <form method="post" action={path} noValidate>
          <Textarea
            name="reason"
            label="Why was it recorded in error?"
            labelClassName="govuk-label--s"
            hint="Kept in the audit trail, with what the membership was"
            rows={3}
            defaultValue={values['reason']}
            errorMessage={errorFor(errors, 'reason')}
          />
          <Button>Continue</Button>
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
