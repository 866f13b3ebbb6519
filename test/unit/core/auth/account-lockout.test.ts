// The lockout's decisions on their own, with a clock the test moves: per-address locks that end,
// the lock from everywhere that spares known addresses, and the bound on what is remembered.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AccountLockout, KNOWN_ADDRESSES_KEPT, type LockoutState } from '../../../../core/auth/account-lockout.js';
import { AccountLockedError, errorCode } from '../../../../core/errors.js';

const POLICY = { maxFailedLogins: 2, maxFailedLoginsEverywhere: 4, lockMs: 60_000 };

function fail(lockout: AccountLockout, row: LockoutState, address: string): string {
  const { failedAttempts, lockedUntil, error } = lockout.afterFailure(1, address, row);
  row.failedAttempts = failedAttempts;
  row.lockedUntil = lockedUntil;
  return error instanceof AccountLockedError ? `locked:${error.scope}` : errorCode(error)!;
}

describe('AccountLockout', () => {
  it('locks one address after its failures in a row, for the lock time, and nobody else', () => {
    let now = 0;
    const lockout = new AccountLockout(POLICY, { now: () => now });
    const row: LockoutState = { failedAttempts: 0, lockedUntil: null, loginAddresses: [] };
    assert.deepEqual([fail(lockout, row, 'a'), fail(lockout, row, 'a')], ['E_LOGIN_FAILED', 'locked:address']);
    assert.throws(() => lockout.checkBefore(1, 'a', row), (error: unknown) => error instanceof AccountLockedError && error.scope === 'address');
    lockout.checkBefore(1, 'b', row);
    lockout.checkBefore(2, 'a', row);
    now = 60_001;
    lockout.checkBefore(1, 'a', row);
  });

  it('locks everywhere after failures from anywhere, except at known addresses, whose failures still count', () => {
    const lockout = new AccountLockout(POLICY);
    const row: LockoutState = { failedAttempts: 0, lockedUntil: null, loginAddresses: ['home'] };
    assert.deepEqual(['a', 'b', 'c', 'd'].map((address) => fail(lockout, row, address)), ['E_LOGIN_FAILED', 'E_LOGIN_FAILED', 'E_LOGIN_FAILED', 'locked:everywhere']);
    assert.throws(() => lockout.checkBefore(1, 'e', row), (error: unknown) => error instanceof AccountLockedError && error.scope === 'everywhere');
    lockout.checkBefore(1, 'home', row);
    assert.equal(fail(lockout, row, 'home'), 'E_LOGIN_FAILED', 'a known address is told its password was wrong, not that it is locked');
    assert.ok(row.lockedUntil, 'and the lock stays for everyone else');
  });

  it('remembers the newest known addresses first, a few of them', () => {
    const lockout = new AccountLockout(POLICY);
    let known: string[] = [];
    for (let index = 0; index < KNOWN_ADDRESSES_KEPT + 3; index += 1) known = lockout.afterSuccess(1, `10.0.0.${index}`, { failedAttempts: 0, lockedUntil: null, loginAddresses: known });
    known = lockout.afterSuccess(1, '10.0.0.5', { failedAttempts: 0, lockedUntil: null, loginAddresses: known });
    assert.equal(known.length, KNOWN_ADDRESSES_KEPT);
    assert.deepEqual(known.slice(0, 2), ['10.0.0.5', `10.0.0.${KNOWN_ADDRESSES_KEPT + 2}`]);
  });

  it('forgets the oldest address failures when full, and all of an account\'s on unlock', () => {
    const lockout = new AccountLockout({ ...POLICY, maxFailedLoginsEverywhere: 1000 }, { maxEntries: 2 });
    const row: LockoutState = { failedAttempts: 0, lockedUntil: null, loginAddresses: [] };
    fail(lockout, row, 'a');
    fail(lockout, row, 'a');
    assert.throws(() => lockout.checkBefore(1, 'a', row), AccountLockedError);
    lockout.unlock(1);
    lockout.checkBefore(1, 'a', row);
    fail(lockout, row, 'x');
    fail(lockout, row, 'y');
    fail(lockout, row, 'z');
    assert.equal(fail(lockout, row, 'x'), 'E_LOGIN_FAILED', 'x was forgotten, so this is its first failure again');
  });
});
