import { AcceptInvitationDocument } from '@boards/web/api-client';
import { Button } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { linkIsValid, tokenFrom } from '../account-token.server';
import { apiAttempt } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { startSession } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { LINK_NOT_VALID_TITLE, LinkNotValid } from '../components/link-not-valid';
import { NewPasswordFields } from '../components/new-password-fields';
import { formString, readForm } from '../csrf.server';
import { formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { NEW_PASSWORD_ID, newPasswordErrors } from '../new-password.server';
import { requestPath } from '../return-to';

export const WELCOME = 'Your account is ready. You are signed in';

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: formPageTitle(args.data?.valid ? 'Create a password' : LINK_NOT_VALID_TITLE, args),
  },
];

export async function loader(args: LoaderFunctionArgs) {
  const { valid } = await linkIsValid(args, 'INVITATION');
  return { valid };
}

export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  const form = await readForm(request);
  const token = tokenFrom(request);
  if (!token) return redirect(requestPath(request), 303);
  const password = formString(form, 'password');
  const errors = newPasswordErrors(password, formString(form, 'confirmPassword'));
  if (errors.length) return redirectWithErrors(request, errors);

  const outcome = await apiAttempt(args, ['BAD_USER_INPUT'], AcceptInvitationDocument, {
    token,
    password,
  });
  if (outcome.ok) return startSession(request, outcome.data.acceptInvitation, '/account', WELCOME);
  const fieldErrors = fieldErrorsFromApi(
    outcome.error,
    { password: NEW_PASSWORD_ID, token: 'token' },
    NEW_PASSWORD_ID,
  );
  // The link stopped working meanwhile: the page now says so.
  if (fieldErrors.some((error) => error.field === 'token')) {
    return redirect(requestPath(request), 303);
  }
  return redirectWithErrors(request, fieldErrors);
}

export default function AcceptInvitation() {
  const { valid } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  if (!valid) {
    return (
      <LinkNotValid>
        <p className="govuk-body">
          Invitation links work once, for a week. If you have already created your password,{' '}
          <a className="govuk-link" href="/sign-in">
            sign in
          </a>
          .
        </p>
        <p className="govuk-body">
          Otherwise, contact the secretariat and ask them to send you a new invitation.
        </p>
      </LinkNotValid>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Create a password</h1>
        <p className="govuk-body">
          You have been invited to the Boards portal. Create a password to set up your account. You
          will use it with your email address to sign in.
        </p>
        <form method="post" noValidate>
          <NewPasswordFields errors={errors} />
          <Button>Create your account</Button>
        </form>
      </div>
    </div>
  );
}
