import { createCookieSessionStorage, type CookieOptions } from '@remix-run/node';
import { config, type WebConfig } from './config.server';

/** What the web server remembers of a signed-in person, in its own signed, HttpOnly cookie. */
export interface SessionData {
  /** The API's session token, forwarded as `Authorization: Bearer`. Never shown to scripts. */
  token: string;
  /** The API's end of the session (ISO 8601); the cookie expires with it. */
  expiresAt: string;
  /** Set while the password is done but the second step is still owed. */
  secondFactor: 'TOTP' | 'TOTP_SETUP';
  /**
   * An authenticator app being set up: the secret offered by `beginTotpSetup`, kept until a code
   * confirms it, so that the page shows the same secret again after a wrong code. No worse kept
   * here than the session token itself, and removed once confirmed.
   */
  totpSetup: { secret: string; otpauthUri: string };
}

/** One-off messages carried across a redirect (Post/Redirect/Get), read once by the next page. */
export interface FlashData {
  /** Shown in a success notification banner on the next page, e.g. "You have signed out". */
  notice: string;
  /** A form's errors and the values to show again, for the page at `path` only. */
  form: FlashedForm;
}

export interface FlashedForm {
  readonly path: string;
  readonly errors: readonly { readonly field: string; readonly message: string }[];
  /** Values typed into the form, to fill it in again. Never passwords or codes. */
  readonly values: Readonly<Record<string, string>>;
}

type CookieConfig = Pick<WebConfig, 'SECURE_COOKIES' | 'SESSION_SECRETS'>;

/**
 * The options of the web server's cookies. HttpOnly, so scripts cannot read them; SameSite=Lax,
 * so other sites' forms and scripts cannot send them along (the first defence against CSRF, see
 * csrf.server.ts); Path=/; and with secure cookies (production) Secure and the `__Host-` prefix,
 * which the browser only accepts from HTTPS, for this exact host, with Path=/.
 */
export function cookieOptions(
  baseName: string,
  { SECURE_COOKIES, SESSION_SECRETS }: CookieConfig,
): CookieOptions & { name: string } {
  return {
    name: SECURE_COOKIES ? `__Host-${baseName}` : baseName,
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: SECURE_COOKIES,
    secrets: SESSION_SECRETS,
  };
}

const sessionCookie = cookieOptions('boards_session', config);
const flashCookie = cookieOptions('boards_flash', config);

/** The names of the web app's only cookies, as the cookies page states them. */
export const COOKIE_NAMES = { session: sessionCookie.name, flash: flashCookie.name } as const;

export const sessionStorage = createCookieSessionStorage<SessionData>({ cookie: sessionCookie });

export const flashStorage = createCookieSessionStorage<Record<string, never>, FlashData>({
  cookie: flashCookie,
});

/** The session of a request; empty when it has none or its signature does not match. */
export function getSession(request: Request) {
  return sessionStorage.getSession(request.headers.get('Cookie'));
}

export function getFlash(request: Request) {
  return flashStorage.getSession(request.headers.get('Cookie'));
}

/** A `Set-Cookie` value that saves the session until the API's session ends. */
export function commitSession(session: Awaited<ReturnType<typeof getSession>>): Promise<string> {
  const expiresAt = session.get('expiresAt');
  const expires = expiresAt ? new Date(expiresAt) : undefined;
  return sessionStorage.commitSession(
    session,
    expires && !Number.isNaN(expires.getTime()) ? { expires } : {},
  );
}

/** A `Set-Cookie` value that removes the session cookie. */
export function destroySession(session: Awaited<ReturnType<typeof getSession>>): Promise<string> {
  return sessionStorage.destroySession(session);
}

/** A `Set-Cookie` value that carries a success message to the next page. */
export async function flashNotice(request: Request, notice: string): Promise<string> {
  const flash = await getFlash(request);
  flash.flash('notice', notice);
  return flashStorage.commitSession(flash);
}
