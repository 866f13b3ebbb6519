// How hard guessing passwords is made: the per-account lockout and the per-address throttle.
// The operator may change them (HEARTH_LOGIN_* variables); these are the defaults.

export interface LoginLimits {
  /** Failed logins in a row that lock an account. */
  maxFailedLogins: number;
  /** How long a locked account refuses every login, the right password included. */
  lockMs: number;
  /** Failed logins from one address, within the window, after which that address is refused. */
  maxFailuresPerAddress: number;
  addressWindowMs: number;
}

export const DEFAULT_LOGIN_LIMITS: Readonly<LoginLimits> = {
  maxFailedLogins: 5,
  lockMs: 5 * 60_000,
  maxFailuresPerAddress: 20,
  addressWindowMs: 10 * 60_000,
};
