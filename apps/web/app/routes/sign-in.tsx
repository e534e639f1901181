import { SignInDocument } from '@boards/web/api-client';
import { Button, Input, PasswordInput } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { sessionState, startSession } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { emailProblem } from '../email';
import { errorFor, formPageTitle, useFormState, type FieldError } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { safeReturnTo } from '../return-to';

/** The same answer for an unknown address and a wrong password, so neither gives the other away. */
export const WRONG_CREDENTIALS = 'Enter a correct email address and password';

export const meta: MetaFunction = (args) => [{ title: formPageTitle('Sign in', args) }];

export async function loader({ request }: LoaderFunctionArgs) {
  const returnTo = safeReturnTo(new URL(request.url).searchParams.get('returnTo'));
  const { token, secondFactor } = await sessionState(request);
  // Already signed in: straight on. (A session the API has ended is found out there.)
  if (token && !secondFactor) throw redirect(returnTo);
  return { returnTo };
}

export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  const form = await readForm(request);
  const email = formString(form, 'email').trim();
  const password = formString(form, 'password');
  const returnTo = safeReturnTo(formString(form, 'returnTo'));

  const errors: FieldError[] = [];
  const emailError = emailProblem(email);
  if (emailError) errors.push({ field: 'email', message: emailError });
  if (!password) errors.push({ field: 'password', message: 'Enter your password' });
  if (errors.length) return redirectWithErrors(request, errors, { email });

  const outcome = await apiAttempt(
    args,
    ['UNAUTHENTICATED', 'BAD_USER_INPUT', 'TOO_MANY_REQUESTS'],
    SignInDocument,
    { email, password },
  );
  if (!outcome.ok) {
    return redirectWithErrors(
      request,
      outcome.error.code === 'TOO_MANY_REQUESTS'
        ? [{ field: 'email', message: outcome.error.message }]
        : [
            { field: 'email', message: WRONG_CREDENTIALS },
            { field: 'password', message: WRONG_CREDENTIALS },
          ],
      { email },
    );
  }
  return startSession(request, outcome.data.login, returnTo);
}

export default function SignIn() {
  const { returnTo } = useLoaderData<typeof loader>();
  const { errors, values } = useFormState();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">
          Members of the boards and groups, and the secretariat, can sign in to see their papers and
          meetings and to choose how the public sees them.
        </p>
        <form method="post" noValidate>
          <input type="hidden" name="returnTo" value={returnTo} />
          <Input
            name="email"
            type="email"
            label="Email address"
            autoComplete="username"
            spellCheck={false}
            autoCapitalize="none"
            defaultValue={values['email']}
            errorMessage={errorFor(errors, 'email')}
          />
          <PasswordInput
            name="password"
            label="Password"
            autoComplete="current-password"
            errorMessage={errorFor(errors, 'password')}
          />
          <Button>Sign in</Button>
        </form>
        <p className="govuk-body">
          <a className="govuk-link" href="/forgot-password">
            I have forgotten my password
          </a>
        </p>
        <p className="govuk-body">
          If you do not have an account and think you should, contact the secretariat.
        </p>
      </div>
    </div>
  );
}
