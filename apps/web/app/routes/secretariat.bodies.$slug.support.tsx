import { BODY_SUPPORT_LIMITS } from '@boards/shared/contracts';
import { UpdateBodySupportDocument } from '@boards/web/api-client';
import { Button, Fieldset, Input, Textarea } from '@boards/web/ui-govuk';
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
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import type { RouteHandle } from '../route-handle';
import { BODIES_BREADCRUMBS, bodyPath } from '../secretariat/body-breadcrumbs';
import { loadBody } from '../secretariat/body-loader.server';
import { flashNotice } from '../session.server';

export const handle: RouteHandle = { breadcrumbs: BODIES_BREADCRUMBS };

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: formPageTitle(
      args.data ? `Contact and support for ${args.data.body.name}` : 'Contact and support',
      args,
    ),
  },
];

/** The form's fields, named as the API's input. */
const FIELDS = ['contactName', 'contactEmail', 'contactPhone', 'defaultSupport'] as const;

export async function loader(args: LoaderFunctionArgs) {
  await requireSignedIn(args.request);
  return { body: await loadBody(args) };
}

/** Saves the contact and usual support text; the API checks them (and says what is wrong). */
export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  await requireSignedIn(request);
  const body = await loadBody(args);
  const form = await readForm(request);
  const values = Object.fromEntries(FIELDS.map((field) => [field, formString(form, field)]));
  const outcome = await apiAttempt(args, ['BAD_USER_INPUT'], UpdateBodySupportDocument, {
    id: body.id,
    input: values,
  });
  if (!outcome.ok) {
    return redirectWithErrors(
      request,
      fieldErrorsFromApi(
        outcome.error,
        Object.fromEntries(FIELDS.map((field) => [field, field])),
        'contactName',
      ),
      values,
    );
  }
  return redirect(bodyPath(body.slug), {
    status: 303,
    headers: {
      'Set-Cookie': await flashNotice(request, 'The contact and support text have been saved'),
    },
  });
}

export default function BodySupportPage() {
  const { body } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  const shown = errors.length
    ? values
    : {
        contactName: body.supportContact?.name ?? '',
        contactEmail: body.supportContact?.email ?? '',
        contactPhone: body.supportContact?.phone ?? '',
        defaultSupport: body.defaultSupport ?? '',
      };
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <span className="govuk-caption-l">{body.name}</span>
        <h1 className="govuk-heading-l">Contact and support</h1>
        <form method="post" noValidate>
          <Fieldset legend={{ text: 'Who to contact', className: 'govuk-fieldset__legend--m' }}>
            <p className="govuk-body">
              A person in the secretariat. Everyone sees them on the body’s page, and members see
              them with the support offered for each meeting. Give an email address, a phone number,
              or both.
            </p>
            <Input
              name="contactName"
              label="Name"
              autoComplete="off"
              maxLength={BODY_SUPPORT_LIMITS.contactName}
              defaultValue={shown['contactName']}
              errorMessage={errorFor(errors, 'contactName')}
            />
            <Input
              name="contactEmail"
              label="Email address"
              type="email"
              spellCheck={false}
              autoComplete="off"
              maxLength={BODY_SUPPORT_LIMITS.contactEmail}
              defaultValue={shown['contactEmail']}
              errorMessage={errorFor(errors, 'contactEmail')}
            />
            <Input
              name="contactPhone"
              label="Phone number"
              type="tel"
              autoComplete="off"
              className="govuk-input--width-20"
              maxLength={BODY_SUPPORT_LIMITS.contactPhone}
              defaultValue={shown['contactPhone']}
              errorMessage={errorFor(errors, 'contactPhone')}
            />
          </Fieldset>
          <Textarea
            name="defaultSupport"
            label="Usual support text"
            labelClassName="govuk-label--m"
            hint="Given to each meeting scheduled without support of its own; only members and the secretariat see it. Phone numbers and web addresses that start with https:// become links."
            rows={6}
            maxLength={BODY_SUPPORT_LIMITS.defaultSupport}
            defaultValue={shown['defaultSupport']}
            errorMessage={errorFor(errors, 'defaultSupport')}
          />
          <Button>Save</Button>
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
