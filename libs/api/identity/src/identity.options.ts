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
  /** AES-256 key (32 bytes) that TOTP secrets are encrypted under at rest. */
  totpEncryptionKey: Buffer;
  /** Secretariat and admin accounts must sign in with a TOTP code (off only in demo mode). */
  requireStaffTotp: boolean;
}

export const IDENTITY_OPTIONS = Symbol('IDENTITY_OPTIONS');

export function sessionCookieName(options: Pick<IdentityOptions, 'secureCookies'>): string {
  return options.secureCookies ? '__Host-boards_session' : 'boards_session';
}

/**
 * The TOTP encryption key used when TOTP_ENCRYPTION_KEY is not set: published, so only for
 * development, tests and demos; production refuses to start without a key of its own.
 */
export const DEV_TOTP_ENCRYPTION_KEY = 'ZGV2ZWxvcG1lbnQtb25seS10b3RwLWtleS0zMi1ieXQ=';

/** The published password of the demo accounts; production refuses it. */
export const DEMO_PASSWORD_DEFAULT = 'boards-demo-password';
