import { SignOutDocument } from '@boards/web/api-client';
import { Button } from '@boards/web/ui-govuk';
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import { apiAttempt } from '../api.server';
import { endSession, sessionState } from '../auth.server';
import { readForm } from '../csrf.server';
import { pageTitle } from '../page-title';

export const SIGNED_OUT = 'You have signed out';

export const meta: MetaFunction = () => [{ title: pageTitle('Sign out') }];

export async function loader({ request }: LoaderFunctionArgs) {
  const { token } = await sessionState(request);
  return { signedIn: Boolean(token) };
}

/**
 * Ends the session at the API and forgets it here, whatever the API says (a session it has
 * already ended is just as finished), then goes home with a success message.
 */
export async function action(args: ActionFunctionArgs) {
  await readForm(args.request);
  const { token } = await sessionState(args.request);
  if (token) await apiAttempt(args, ['UNAUTHENTICATED'], SignOutDocument);
  return endSession(args.request, '/', SIGNED_OUT);
}

export default function SignOut() {
  const { signedIn } = useLoaderData<typeof loader>();
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Sign out</h1>
        {signedIn ? (
          <>
            <p className="govuk-body">
              Signing out ends your session on this device. You will need your password to sign in
              again.
            </p>
            <form method="post">
              <Button>Sign out</Button>
            </form>
          </>
        ) : (
          <p className="govuk-body">
            You are not signed in.{' '}
            <a className="govuk-link" href="/sign-in">
              Sign in
            </a>
          </p>
        )}
      </div>
    </div>
  );
}
