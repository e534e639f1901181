import { CreatePersonDocument } from '@boards/web/api-client';
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
import { PEOPLE_BREADCRUMBS } from '../secretariat/breadcrumbs';
import { PERSON_FIELD_IDS, readPersonForm } from '../secretariat/person-form';
import { PersonFields } from '../secretariat/person-fields';
import { flashNotice } from '../session.server';

export const handle: RouteHandle = { breadcrumbs: PEOPLE_BREADCRUMBS };

export const meta: MetaFunction = (args) => [{ title: formPageTitle('Add a person', args) }];

export async function loader({ request }: LoaderFunctionArgs) {
  await requireSignedIn(request);
  return null;
}

/**
 * Checks the form as the API will (the shared schema), then adds the person and goes to their
 * page. The API's refusals (such as an email address already in the portal) come back against
 * the field they are about.
 */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const form = readPersonForm(await readForm(request));
  if (!form.ok) return redirectWithErrors(request, form.errors, form.values);
  const outcome = await apiAttempt(args, ['BAD_USER_INPUT', 'CONFLICT'], CreatePersonDocument, {
    input: form.input,
  });
  if (!outcome.ok) {
    return redirectWithErrors(
      request,
      fieldErrorsFromApi(outcome.error, PERSON_FIELD_IDS, 'fullName'),
      form.values,
    );
  }
  const person = outcome.data.createPerson;
  return redirect(`/secretariat/people/${encodeURIComponent(person.id)}`, {
    status: 303,
    headers: { 'Set-Cookie': await flashNotice(request, `${person.fullName} has been added`) },
  });
}

export default function NewPerson() {
  const { errors, values } = useFormState();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">People</span>
        <h1 className="govuk-heading-l">Add a person</h1>
        <p className="govuk-body">
          Add someone before giving them a membership or inviting them to sign in. Until their
          consent is recorded, the public sees them only as ‘A member’.
        </p>
        <form method="post" action="/secretariat/people/new" noValidate>
          <PersonFields values={values} errors={errors} />
          <Button>Add person</Button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href="/secretariat/people">
            Cancel and go back to people
          </a>
        </p>
      </div>
    </div>
  );
}
