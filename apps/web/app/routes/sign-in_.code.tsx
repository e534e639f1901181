import { VerifySecondFactorDocument } from '@boards/web/api-client';
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
import { endSession, secondFactorPath, sessionState, startSession } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { safeReturnTo, signInPath } from '../return-to';
import { codeProblem, normaliseCode } from '../totp-code';

const TITLE = 'Enter the code from your authenticator app';

export const meta: MetaFunction = (args) => [{ title: formPageTitle(TITLE, args) }];

/** Only a session that has passed the password and owes a code belongs here. */
async function requireCodeOwed(request: Request, returnTo: string): Promise<void> {
  const { token, secondFactor } = await sessionState(request);
  if (!token) throw redirect(signInPath(returnTo));
  if (!secondFactor) throw redirect(returnTo);
  if (secondFactor === 'TOTP_SETUP') throw redirect(secondFactorPath(secondFactor, returnTo));
}

export async function loader({ request }: LoaderFunctionArgs) {
  const returnTo = safeReturnTo(new URL(request.url).searchParams.get('returnTo'));
  await requireCodeOwed(request, returnTo);
  return { returnTo };
}

export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  const form = await readForm(request);
  const returnTo = safeReturnTo(formString(form, 'returnTo'));
  await requireCodeOwed(request, returnTo);

  const code = normaliseCode(formString(form, 'code'));
  const problem = codeProblem(code);
  if (problem) return redirectWithErrors(request, [{ field: 'code', message: problem }]);

  const outcome = await apiAttempt(
    args,
    ['BAD_USER_INPUT', 'TOO_MANY_REQUESTS', 'UNAUTHENTICATED', 'FORBIDDEN'],
    VerifySecondFactorDocument,
    { code },
  );
  if (outcome.ok) return startSession(request, outcome.data.verifySecondFactor, returnTo);
  if (outcome.error.code === 'UNAUTHENTICATED' || outcome.error.code === 'FORBIDDEN') {
    // The step has lapsed (it lasts minutes), or no longer applies: start signing in again.
    return endSession(request, signInPath(returnTo));
  }
  return redirectWithErrors(request, fieldErrorsFromApi(outcome.error, { code: 'code' }, 'code'));
}

export default function SignInCode() {
  const { returnTo } = useLoaderData<typeof loader>();
  const { errors } = useFormState();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <form method="post" noValidate>
          <input type="hidden" name="returnTo" value={returnTo} />
          <Input
            name="code"
            label={TITLE}
            labelIsPageHeading
            labelClassName="govuk-label--l"
            hint="Open the authenticator app you set up for the Boards portal. The code has 6 digits and changes every 30 seconds."
            className="govuk-input--width-5 govuk-input--extra-letter-spacing"
            inputMode="numeric"
            autoComplete="one-time-code"
            spellCheck={false}
            autoCapitalize="none"
            errorMessage={errorFor(errors, 'code')}
          />
          <Button>Continue</Button>
        </form>
        <p className="govuk-body">
          If you no longer have your authenticator app, contact the secretariat to reset it.
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href={signInPath(returnTo)}>
            Sign in with a different account
          </a>
        </p>
      </div>
    </div>
  );
}
