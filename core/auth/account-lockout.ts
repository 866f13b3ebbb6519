// When an account refuses logins after failed ones. A lock used to hold everywhere, so anyone who
// knew a name could keep its owner out by guessing. Now it has two parts:
// - failures in a row from one address lock the account for that address only (kept in memory,
//   bounded): a guesser locks themself out, not the owner;
// - failures in a row from anywhere, more of them, lock it everywhere except the addresses the
//   account last logged in from (kept on the account row): guessing from many addresses is
//   bounded, and the owner's usual addresses still get in; a login from one lifts the lock.
// An admin can lift both (`hearth account unlock`).
import { AccountLockedError, LoginFailedError, type HearthError } from '../errors.js';

export interface LockoutPolicy {
  /** Failed logins in a row from one address that lock the account for that address. */
  maxFailedLogins: number;
  /** Failed logins in a row from anywhere that lock the account except at its known addresses. */
  maxFailedLoginsEverywhere: number;
  lockMs: number;
}

/** What the lockout reads of an account row. */
export interface LockoutState {
  failedAttempts: number;
  lockedUntil: Date | null;
  loginAddresses: string[];
}

/** Addresses remembered per account as known. */
export const KNOWN_ADDRESSES_KEPT = 10;

interface AddressFailures {
  failures: number;
  lockedUntil: number | null;
}

export class AccountLockout {
  private readonly byAccountAndAddress = new Map<string, AddressFailures>();
  private readonly now: () => number;
  private readonly maxEntries: number;

  constructor(
    private readonly policy: LockoutPolicy,
    options: { maxEntries?: number; now?: () => number } = {},
  ) {
    this.now = options.now ?? Date.now;
    this.maxEntries = options.maxEntries ?? 10_000;
  }

  /** Throws AccountLockedError when `address` may not try the account now. */
  checkBefore(accountId: number, address: string, row: LockoutState): void {
    const here = this.addressLock(accountId, address);
    if (here) throw new AccountLockedError(here, 'address');
    if (row.lockedUntil && row.lockedUntil.getTime() > this.now() && !row.loginAddresses.includes(address)) {
      throw new AccountLockedError(row.lockedUntil, 'everywhere');
    }
  }

  /** After a wrong password: what to store on the row, and the error the login fails with. */
  afterFailure(accountId: number, address: string, row: LockoutState): { failedAttempts: number; lockedUntil: Date | null; error: HearthError } {
    const entry = this.entry(accountId, address);
    entry.failures += 1;
    let error: HearthError = new LoginFailedError();
    if (entry.failures >= this.policy.maxFailedLogins) {
      entry.failures = 0;
      entry.lockedUntil = this.now() + this.policy.lockMs;
      error = new AccountLockedError(new Date(entry.lockedUntil), 'address');
    }
    const failures = row.failedAttempts + 1;
    if (failures < this.policy.maxFailedLoginsEverywhere) return { failedAttempts: failures, lockedUntil: row.lockedUntil, error };
    const lockedUntil = new Date(this.now() + this.policy.lockMs);
    if (!row.loginAddresses.includes(address) && error instanceof LoginFailedError) error = new AccountLockedError(lockedUntil, 'everywhere');
    return { failedAttempts: 0, lockedUntil, error };
  }

  /** After the right password: this address's failures are forgiven; returns the known addresses to store. */
  afterSuccess(accountId: number, address: string, row: LockoutState): string[] {
    this.byAccountAndAddress.delete(key(accountId, address));
    return [address, ...row.loginAddresses.filter((known) => known !== address)].slice(0, KNOWN_ADDRESSES_KEPT);
  }

  /** Forgets every address's failures and locks for the account (the row is cleared by the caller). */
  unlock(accountId: number): void {
    const prefix = `${accountId} `;
    for (const entryKey of [...this.byAccountAndAddress.keys()]) {
      if (entryKey.startsWith(prefix)) this.byAccountAndAddress.delete(entryKey);
    }
  }

  private addressLock(accountId: number, address: string): Date | null {
    const until = this.byAccountAndAddress.get(key(accountId, address))?.lockedUntil;
    return until !== undefined && until !== null && until > this.now() ? new Date(until) : null;
  }

  private entry(accountId: number, address: string): AddressFailures {
    const entryKey = key(accountId, address);
    const found = this.byAccountAndAddress.get(entryKey);
    const entry = found && !(found.lockedUntil !== null && found.lockedUntil <= this.now()) ? found : { failures: 0, lockedUntil: null };
    // Newest last, so the oldest is forgotten first when the map is full.
    this.byAccountAndAddress.delete(entryKey);
    this.byAccountAndAddress.set(entryKey, entry);
    if (this.byAccountAndAddress.size > this.maxEntries) {
      const oldest = this.byAccountAndAddress.keys().next().value;
      if (oldest !== undefined) this.byAccountAndAddress.delete(oldest);
    }
    return entry;
  }
}

function key(accountId: number, address: string): string {
  return `${accountId} ${address}`;
}
