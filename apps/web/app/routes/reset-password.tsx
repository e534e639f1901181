import { ResetPasswordDocument } from '@boards/web/api-client';
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
import { endSession } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { LINK_NOT_VALID_TITLE, LinkNotValid } from '../components/link-not-valid';
import { NewPasswordFields } from '../components/new-password-fields';
import { formString, readForm } from '../csrf.server';
import { formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { NEW_PASSWORD_ID, newPasswordErrors } from '../new-password.server';
import { requestPath } from '../return-to';

export const PASSWORD_CHANGED = 'Your password has been changed. Sign in with your new password';

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: formPageTitle(args.data?.valid ? 'Create a new password' : LINK_NOT_VALID_TITLE, args),
  },
];

export async function loader(args: LoaderFunctionArgs) {
  const { valid } = await linkIsValid(args, 'PASSWORD_RESET');
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

  const outcome = await apiAttempt(args, ['BAD_USER_INPUT'], ResetPasswordDocument, {
    token,
    password,
  });
  if (outcome.ok) {
    // Every session of the account has ended, this browser's too if it had one.
    return endSession(request, '/sign-in', PASSWORD_CHANGED);
  }
  const fieldErrors = fieldErrorsFromApi(
    outcome.error,
    { password: NEW_PASSWORD_ID, token: 'token' },
    NEW_PASSWORD_ID,
  );
  if (fieldErrors.some((error) => error.field === 'token')) {
    return redirect(requestPath(request), 303);
  }
  return redirectWithErrors(request, fieldErrors);
}

export default function ResetPassword() {
  const { valid } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  if (!valid) {
    return (
      <LinkNotValid>
        <p className="govuk-body">
          Password reset links work once, for an hour.{' '}
          <a className="govuk-link" href="/forgot-password">
            Ask for a new link
          </a>
          .
        </p>
      </LinkNotValid>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Create a new password</h1>
        <p className="govuk-body">
          Once you change it, you will be signed out everywhere and can sign in with the new
          password.
        </p>
        <form method="post" noValidate>
          <NewPasswordFields errors={errors} label="New password" />
          <Button>Change password</Button>
        </form>
      </div>
    </div>
  );
}
