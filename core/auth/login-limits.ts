// How hard guessing passwords and mass-creating accounts are made: the per-account lockout, the
// per-address throttle, the per-address sign-up allowance and the characters one account may
// have. The operator may change them (HEARTH_LOGIN_*, HEARTH_SIGNUP* and
// HEARTH_CHARACTERS_PER_ACCOUNT); these are the defaults.

export interface LoginLimits {
  /** Failed logins in a row from one address that lock an account for that address. */
  maxFailedLogins: number;
  /** Failed logins in a row from anywhere that lock an account except at addresses it used before. */
  maxFailedLoginsEverywhere: number;
  /** How long a lock refuses logins it holds against, the right password included. */
  lockMs: number;
  /** Failed logins from one address, within the window, after which that address is refused. */
  maxFailuresPerAddress: number;
  addressWindowMs: number;
  /** Accounts one address may create within the sign-up window. */
  signupsPerAddress: number;
  signupWindowMs: number;
  /** Characters one account may have (alts), its first included. */
  charactersPerAccount: number;
}

export const DEFAULT_LOGIN_LIMITS: Readonly<LoginLimits> = {
  maxFailedLogins: 5,
  maxFailedLoginsEverywhere: 10,
  lockMs: 5 * 60_000,
  maxFailuresPerAddress: 20,
  addressWindowMs: 10 * 60_000,
  signupsPerAddress: 5,
  signupWindowMs: 60 * 60_000,
  charactersPerAccount: 5,
};
