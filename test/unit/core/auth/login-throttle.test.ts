import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LoginThrottle } from '../../../../core/auth/login-throttle.js';
import { LoginThrottledError, errorCode } from '../../../../core/errors.js';

describe('LoginThrottle', () => {
  it('throttles an address after too many failures, and only that address', () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle({ maxFailures: 3, windowMs: 60_000, now: () => now });
    for (let i = 0; i < 3; i += 1) {
      throttle.check('10.0.0.1');
      throttle.recordFailure('10.0.0.1');
      now += 1000;
    }
    assert.throws(() => throttle.check('10.0.0.1'), (error: unknown) => {
      assert.ok(error instanceof LoginThrottledError);
      assert.equal(error.code, 'E_LOGIN_THROTTLED');
      assert.equal(error.retryAfterMs, 57_000);
      return true;
    });
    throttle.check('10.0.0.2');
  });

  it('forgets failures once the window has passed', () => {
    let now = 0;
    const throttle = new LoginThrottle({ maxFailures: 2, windowMs: 10_000, now: () => now });
    throttle.recordFailure('a');
    throttle.recordFailure('a');
    assert.throws(() => throttle.check('a'));
    now = 10_001;
    throttle.check('a');
  });

  it('counts an attempt as it begins, so attempts started together cannot all pass', () => {
    const throttle = new LoginThrottle({ maxFailures: 3, windowMs: 60_000 });
    const started = [throttle.begin('a'), throttle.begin('a'), throttle.begin('a')];
    assert.throws(() => throttle.begin('a'), (error: unknown) => errorCode(error) === 'E_LOGIN_THROTTLED');
    started[0]!.succeeded();
    throttle.begin('a');
  });

  it('forgives only the attempt that succeeded, not the address\'s earlier failures', () => {
    let now = 0;
    const throttle = new LoginThrottle({ maxFailures: 3, windowMs: 60_000, now: () => now });
    for (let guess = 0; guess < 2; guess += 1) {
      throttle.begin('a');
      now += 1;
    }
    // Logging in to one's own account between guesses at others does not wipe the record.
    throttle.begin('a').succeeded();
    throttle.begin('a');
    assert.throws(() => throttle.begin('a'), (error: unknown) => errorCode(error) === 'E_LOGIN_THROTTLED');
  });

  it('tracks a bounded number of addresses', () => {
    const throttle = new LoginThrottle({ maxFailures: 1, windowMs: 60_000, maxAddresses: 100 });
    for (let i = 0; i < 10_000; i += 1) throttle.recordFailure(`addr-${i}`);
    throttle.check('addr-0');
    assert.throws(() => throttle.check('addr-9999'));
  });
});
