import { redirect } from '@remix-run/node';
import { requestPath, safeReturnTo, signInPath } from './return-to';
import {
  commitSession,
  destroySession,
  flashNotice,
  flashStorage,
  getFlash,
  getSession,
  type SessionData,
} from './session.server';

/** A session the API has just started, from `login` and the other sign-in mutations. */
export interface StartedSession {
  readonly token: string;
  readonly expiresAt: string;
  /** The second step still owed before the session is signed in, if any. */
  readonly secondFactor?: SessionData['secondFactor'] | null;
}

/** Where a session that owes a second step goes next. */
export function secondFactorPath(step: SessionData['secondFactor'], returnTo: string): string {
  const query = new URLSearchParams({ returnTo });
  return step === 'TOTP_SETUP' ? `/account/two-factor?${query}` : `/sign-in/code?${query}`;
}

/**
 * Keeps the API's new session in the web server's cookie and moves on: to the second step when
 * one is owed, otherwise to `returnTo` (validated here again) or "Your account".
 */
export async function startSession(
  request: Request,
  started: StartedSession,
  returnTo: unknown,
  notice?: string,
): Promise<Response> {
  const session = await getSession(request);
  session.set('token', started.token);
  session.set('expiresAt', started.expiresAt);
  if (started.secondFactor) session.set('secondFactor', started.secondFactor);
  else session.unset('secondFactor');
  session.unset('totpSetup');
  const destination = safeReturnTo(returnTo);
  const headers = new Headers();
  headers.append('Set-Cookie', await commitSession(session));
  // A message about the outcome waits until the person is signed in.
  if (notice && !started.secondFactor) {
    headers.append('Set-Cookie', await flashNotice(request, notice));
  }
  return redirect(
    started.secondFactor ? secondFactorPath(started.secondFactor, destination) : destination,
    { status: 303, headers },
  );
}

/** Removes the session cookie and goes to `to`, with a success message when one is given. */
export async function endSession(request: Request, to: string, notice?: string): Promise<Response> {
  const headers = new Headers();
  headers.append('Set-Cookie', await destroySession(await getSession(request)));
  if (notice) {
    const flash = await getFlash(request);
    flash.flash('notice', notice);
    headers.append('Set-Cookie', await flashStorage.commitSession(flash));
  }
  return redirect(to, { status: 303, headers });
}

/** The session as far as the web server knows it, without asking the API. */
export async function sessionState(
  request: Request,
): Promise<{ token?: string; secondFactor?: SessionData['secondFactor'] }> {
  const session = await getSession(request);
  return { token: session.get('token'), secondFactor: session.get('secondFactor') };
}

/**
 * For the loaders and actions of pages for signed-in people: sends anybody without a session to
 * the sign-in page (to come back here afterwards), and a session that still owes its second step
 * to that step. Whether the session is still open is the API's to say: `apiRequest` redirects to
 * sign in when it answers UNAUTHENTICATED, and pages check that `me` is not null.
 */
export async function requireSignedIn(request: Request): Promise<void> {
  const { token, secondFactor } = await sessionState(request);
  if (!token) throw redirect(signInPath(requestPath(request)));
  if (secondFactor) throw redirect(secondFactorPath(secondFactor, requestPath(request)));
}

/** Throws the sign-in redirect (removing the cookie) when the API no longer knows the session. */
export async function requireMe<T>(request: Request, me: T | null | undefined): Promise<T> {
  if (me) return me;
  throw redirect(signInPath(requestPath(request)), {
    headers: { 'Set-Cookie': await destroySession(await getSession(request)) },
  });
}
