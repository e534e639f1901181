import { RequestPasswordResetDocument } from '@boards/web/api-client';
import { Button, Input } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { emailProblem } from '../email';
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { pageTitle } from '../page-title';

export const meta: MetaFunction<typeof loader> = (args) => [
  {
    title: args.data?.sent
      ? pageTitle('Check your email')
      : formPageTitle('Reset your password', args),
  },
];

export async function loader({ request }: LoaderFunctionArgs) {
  return { sent: new URL(request.url).searchParams.has('sent') };
}

export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  const form = await readForm(request);
  const email = formString(form, 'email').trim();
  const problem = emailProblem(email);
  if (problem)
    return redirectWithErrors(request, [{ field: 'email', message: problem }], { email });

  const outcome = await apiAttempt(
    args,
    ['BAD_USER_INPUT', 'TOO_MANY_REQUESTS'],
    RequestPasswordResetDocument,
    { email },
  );
  if (!outcome.ok) {
    return redirectWithErrors(
      request,
      fieldErrorsFromApi(outcome.error, { email: 'email' }, 'email'),
      {
        email,
      },
    );
  }
  // The same answer whether or not the address has an account.
  return redirect('/forgot-password?sent', 303);
}

export default function ForgotPassword() {
  const { sent } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  if (sent) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <h1 className="govuk-heading-l">Check your email</h1>
          <p className="govuk-body">
            If that address has an account, we have sent an email to it with a link to create a new
            password. The link works once, for an hour.
          </p>
          <p className="govuk-body">
            If no email arrives within a few minutes, check your spam folder, or{' '}
            <a className="govuk-link" href="/forgot-password">
              try again
            </a>
            . If you still have no email, contact the secretariat.
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Reset your password</h1>
        <p className="govuk-body">
          Enter the email address you sign in with. We will email you a link to create a new
          password.
        </p>
        <form method="post" noValidate>
          <Input
            name="email"
            type="email"
            label="Email address"
            autoComplete="email"
            spellCheck={false}
            autoCapitalize="none"
            defaultValue={values['email']}
            errorMessage={errorFor(errors, 'email')}
          />
          <Button>Send the link</Button>
        </form>
      </div>
    </div>
  );
}
