export interface IdentityOptions {
  /** A session not used for this long ends. */
  idleTimeoutMinutes: number;
  /** A session ends this long after sign-in, however busy. */
  absoluteTimeoutHours: number;
  /** Production: Secure cookies with the __Host- prefix. */
  secureCookies: boolean;
  /** Failed sign-ins allowed within the window, per email address and per client address. */
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  throttleWindowMinutes: number;
}

export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');

export function sessionCookieName(options: Pick<IdentityOptions, 'secureCookies'>): string {
  return options.secureCookies ? '__Host-boards_session' : 'boards_session';
}

/** The published password of the demo accounts; production refuses it. */
export const DEMO_PASSWORD_DEFAULT = 'boards-demo-password';
