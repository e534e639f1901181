import type { Response } from 'express';
import { sessionCookieName, type IdentityOptions } from './identity.options';

function cookieOptions(options: Pick<IdentityOptions, 'secureCookies'>) {
  return {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secureCookies,
    path: '/',
  } as const;
}

/** Gives a browser its session as an HttpOnly cookie that lasts as long as the session. */
export function setSessionCookie(
  res: Pick<Response, 'cookie'>,
  options: Pick<IdentityOptions, 'secureCookies'>,
  token: string,
  expiresAt: Date,
): void {
  res.cookie(sessionCookieName(options), token, { ...cookieOptions(options), expires: expiresAt });
}

export function clearSessionCookie(
  res: Pick<Response, 'clearCookie'>,
  options: Pick<IdentityOptions, 'secureCookies'>,
): void {
  res.clearCookie(sessionCookieName(options), cookieOptions(options));
}
