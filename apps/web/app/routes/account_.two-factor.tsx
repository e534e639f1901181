import {
  BeginTotpSetupDocument,
  ConfirmTotpSetupDocument,
  DisableTotpDocument,
  TwoFactorStatusDocument,
} from '@boards/web/api-client';
import { Button, Input, PasswordInput, WarningText } from '@boards/web/ui-govuk';
import {
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt, apiRequest } from '../api.server';
import { fieldErrorsFromApi } from '../api-form-errors.server';
import { requireMe, secondFactorPath, sessionState, startSession } from '../auth.server';
import { FormErrorSummary } from '../components/form-error-summary';
import { formString, readForm } from '../csrf.server';
import { errorFor, formPageTitle, useFormState } from '../form-state';
import { redirectWithErrors } from '../form-state.server';
import { qrCodeDataUrl } from '../qr-code.server';
import { requestPath, safeReturnTo, signInPath } from '../return-to';
import { commitSession, flashNotice, getSession } from '../session.server';
import { codeProblem, groupsOfFour, normaliseCode } from '../totp-code';

export const SET_UP = 'Two-step verification is set up';
export const TURNED_OFF = 'Two-step verification is turned off';

export const meta: MetaFunction = (args) => [
  { title: formPageTitle('Two-step verification', args) },
];

/**
 * Who may be here: a signed-in person, or a session that must set up an app to finish signing
 * in (secondFactor TOTP_SETUP). Where to go afterwards: `returnTo`, or "Your account".
 */
async function gate(request: Request) {
  const returnTo = safeReturnTo(new URL(request.url).searchParams.get('returnTo'));
  const { token, secondFactor } = await sessionState(request);
  if (!token) throw redirect(signInPath(requestPath(request)));
  if (secondFactor === 'TOTP') throw redirect(secondFactorPath('TOTP', returnTo));
  return { returnTo, signingIn: secondFactor === 'TOTP_SETUP' };
}

export async function loader(args: LoaderFunctionArgs) {
  const { request } = args;
  const { returnTo, signingIn } = await gate(request);
  let enabled = false;
  if (!signingIn) {
    const { me } = await apiRequest(args, TwoFactorStatusDocument);
    enabled = (await requireMe(request, me)).totpEnabled;
  }
  const setup = (await getSession(request)).get('totpSetup');
  return {
    returnTo,
    signingIn,
    enabled,
    setup: setup
      ? { key: groupsOfFour(setup.secret), qrCode: await qrCodeDataUrl(setup.otpauthUri) }
      : null,
  };
}

async function back(request: Request, session: Awaited<ReturnType<typeof getSession>>) {
  return redirect(requestPath(request), {
    status: 303,
    headers: { 'Set-Cookie': await commitSession(session) },
  });
}

export async function action(args: ActionFunctionArgs) {
  const { request } = args;
  const form = await readForm(request);
  const { returnTo, signingIn } = await gate(request);
  const session = await getSession(request);
  const intent = formString(form, 'intent');

  if (intent === 'begin') {
    const outcome = await apiAttempt(args, ['FORBIDDEN'], BeginTotpSetupDocument);
    if (!outcome.ok) return redirect(secondFactorPath('TOTP', returnTo));
    const { secret, otpauthUri } = outcome.data.beginTotpSetup;
    session.set('totpSetup', { secret, otpauthUri });
    return back(request, session);
  }

  if (intent === 'cancel') {
    session.unset('totpSetup');
    return back(request, session);
  }

  if (intent === 'confirm') {
    const code = normaliseCode(formString(form, 'code'));
    const problem = codeProblem(code);
    if (problem) return redirectWithErrors(request, [{ field: 'code', message: problem }]);
    const outcome = await apiAttempt(
      args,
      ['BAD_USER_INPUT', 'TOO_MANY_REQUESTS', 'CONFLICT'],
      ConfirmTotpSetupDocument,
      { code },
    );
    if (outcome.ok) {
      return startSession(
        request,
        outcome.data.confirmTotpSetup,
        signingIn ? returnTo : '/account',
        SET_UP,
      );
    }
    const errors = fieldErrorsFromApi(outcome.error, { code: 'code' }, 'code');
    if (outcome.error.code === 'CONFLICT') {
      // The set-up was replaced (in another tab, say): this key no longer works.
      session.unset('totpSetup');
      const response = await redirectWithErrors(request, errors);
      response.headers.append('Set-Cookie', await commitSession(session));
      return response;
    }
    return redirectWithErrors(request, errors);
  }

  if (intent === 'disable' && !signingIn) {
    const password = formString(form, 'password');
    if (!password) {
      return redirectWithErrors(request, [{ field: 'password', message: 'Enter your password' }]);
    }
    const outcome = await apiAttempt(
      args,
      ['BAD_USER_INPUT', 'TOO_MANY_REQUESTS', 'FORBIDDEN'],
      DisableTotpDocument,
      { password },
    );
    if (!outcome.ok) {
      return redirectWithErrors(
        request,
        fieldErrorsFromApi(outcome.error, { password: 'password' }, 'password'),
      );
    }
    return redirect('/account', {
      status: 303,
      headers: { 'Set-Cookie': await flashNotice(request, TURNED_OFF) },
    });
  }

  throw new Response(null, { status: 400 });
}

function SetUpApp({
  setup,
  signingIn,
}: {
  readonly setup: { readonly key: readonly string[]; readonly qrCode: string | null };
  readonly signingIn: boolean;
}) {
  const { errors } = useFormState();
  return (
    <>
      <FormErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">Set up your authenticator app</h1>
      <ol className="govuk-list govuk-list--number">
        <li>
          Open an authenticator app on your phone or computer, for example one that came with your
          phone or your password manager.
        </li>
        <li>
          Add a new account in the app, by scanning the QR code or by typing in the key.
          {setup.qrCode ? (
            <img
              className="app-qr-code"
              src={setup.qrCode}
              width={200}
              height={200}
              alt="QR code for the Boards portal. If you cannot scan it, type in the key shown under it."
            />
          ) : null}
        </li>
      </ol>
      <h2 className="govuk-heading-s">Key</h2>
      <p className="govuk-body">
        <code className="app-totp-key">{setup.key.join(' ')}</code>
      </p>
      <p className="govuk-body">
        The spaces do not matter. Choose a time-based code if the app asks.
      </p>
      <form method="post" noValidate>
        <input type="hidden" name="intent" value="confirm" />
        <Input
          name="code"
          label="Enter the 6-digit code the app shows"
          labelClassName="govuk-label--s"
          className="govuk-input--width-5 govuk-input--extra-letter-spacing"
          inputMode="numeric"
          autoComplete="one-time-code"
          spellCheck={false}
          autoCapitalize="none"
          errorMessage={errorFor(errors, 'code')}
        />
        <Button>Confirm</Button>
      </form>
      {signingIn ? null : (
        <form method="post">
          <input type="hidden" name="intent" value="cancel" />
          <Button className="govuk-button--secondary">Cancel</Button>
        </form>
      )}
    </>
  );
}

export default function TwoFactor() {
  const { signingIn, enabled, setup } = useLoaderData<typeof loader>();
  const { errors } = useFormState();

  if (setup) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SetUpApp setup={setup} signingIn={signingIn} />
        </div>
      </div>
    );
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <FormErrorSummary errors={errors} />
        <h1 className="govuk-heading-l">Two-step verification</h1>
        {signingIn ? (
          <p className="govuk-body">
            Secretariat and admin accounts must use two-step verification. Set it up now to finish
            signing in.
          </p>
        ) : null}
        {enabled ? (
          <>
            <p className="govuk-body">
              Two-step verification is on. Each time you sign in, you enter your password and then a
              code from your authenticator app.
            </p>
            <h2 className="govuk-heading-m">Use a different authenticator app</h2>
            <p className="govuk-body">
              Your current app keeps working until you confirm a code from the new one.
            </p>
            <form method="post">
              <input type="hidden" name="intent" value="begin" />
              <Button className="govuk-button--secondary">Set up a different app</Button>
            </form>
            <h2 className="govuk-heading-m">Turn off two-step verification</h2>
            <WarningText>
              Without it, anyone who knows your password can sign in as you.
            </WarningText>
            <form method="post" noValidate>
              <input type="hidden" name="intent" value="disable" />
              <PasswordInput
                name="password"
                label="Enter your password to turn it off"
                labelClassName="govuk-label--s"
                autoComplete="current-password"
                errorMessage={errorFor(errors, 'password')}
              />
              <Button className="govuk-button--warning">Turn off two-step verification</Button>
            </form>
          </>
        ) : (
          <>
            <p className="govuk-body">
              Two-step verification keeps your account safe even if someone learns your password.
              Each time you sign in, you enter your password and then a 6-digit code from an
              authenticator app on your phone or computer.
            </p>
            <form method="post">
              <input type="hidden" name="intent" value="begin" />
              <Button>Set up an authenticator app</Button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
