import { CreateBodyDocument } from '@boards/web/api-client';
import { Button } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { apiAttempt } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireSignedIn } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { readForm } from '../csrf.server';
import { formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { BODIES_BREADCRUMBS, bodyPath } from '../secretariat/body-breadcrumbs';
import { BodyFields } from '../secretariat/body-fields';
import { BODY_FIELD_IDS, readBodyForm } from '../secretariat/body-form';
import { flashNotice } from '../session.server';

const PATH = '/secretariat/bodies/new';

export const handle: RouteHandle = { breadcrumbs: BODIES_BREADCRUMBS };

export const meta: MetaFunction = (args) => [{ title: formPageTitle('Add a body', args) }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSignedIn(request);
  return null;
}

/**
 * Checks the form as the API will (the shared schema), then adds the body and opens its page. A
 * slug already in use comes back against the slug field.
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const form = readBodyForm(await readForm(request), { withSlug: true });
  if (!form.ok) return redirectWithErrors(request, form.errors, form.values);
  const outcome = await apiAttempt(args, ['BAD_USER_INPUT', 'CONFLICT'], CreateBodyDocument, {
    input: form.input,
  });
  if (!outcome.ok) {
    return redirectWithErrors(
      request,
      fieldErrorsFromApi(outcome.error, BODY_FIELD_IDS, 'name'),
      form.values,
    );
  }
  const body = outcome.data.createBody;
  return redirect(bodyPath(body.slug), {
    status: 303,
    headers: { 'Set-Cookie': await flashNotice(request, `${body.name} has been added`) },
  });
}

export default function NewBody() {
  const { errors, values } = useFormState();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">Bodies</span>
        <h1 className="govuk-heading-l">Add a body</h1>
        <p className="govuk-body">
          Add a board or group. You can appoint its members and set its cross-seat rules once it is
          added.
        </p>
        <form method="post" action={PATH} noValidate>
          <BodyFields values={values} errors={errors} withSlug />
          <Button>Add body</Button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href="/secretariat/bodies">
            Cancel and go back to bodies
          </a>
        </p>
      </div>
    </div>
  );
}
