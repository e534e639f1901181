/** Settings of invitations and password resets. */
export interface AccountLifecycleOptions {
  /** The web app's origin as people reach it; links in emails start with it. */
  webOrigin: string;
  invitationTtlHours: number;
  passwordResetTtlMinutes: number;
  /** Password reset requests allowed within the window, per email address and per client address. */
  resetMaxPerEmail: number;
  resetMaxPerAddress: number;
  resetThrottleWindowMinutes: number;
}

export const ACCOUNT_LIFECYCLE_OPTIONS = Symbol('ACCOUNT_LIFECYCLE_OPTIONS');

export const DEFAULT_ACCOUNT_LIFECYCLE_OPTIONS: AccountLifecycleOptions = {
  webOrigin: 'http://localhost:3000',
  invitationTtlHours: 24 * 7,
  passwordResetTtlMinutes: 60,
  resetMaxPerEmail: 5,
  resetMaxPerAddress: 50,
  resetThrottleWindowMinutes: 60,
};
