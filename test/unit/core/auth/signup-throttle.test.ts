// The per-address sign-up allowance: counted when a creation starts, given back when it fails,
// sliding with time, per address.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SignupThrottle } from '../../../../core/auth/signup-throttle.js';
import { SignupThrottledError } from '../../../../core/errors.js';

describe('SignupThrottle', () => {
  it('allows the allowance within the window, then refuses that address alone, saying when to come back', () => {
    let now = 0;
    const throttle = new SignupThrottle({ maxSignups: 2, windowMs: 3_600_000, now: () => now });
    throttle.begin('10.0.0.1');
    now += 60_000;
    throttle.begin('10.0.0.1');
    assert.throws(() => throttle.begin('10.0.0.1'), (error: unknown) => {
      assert.ok(error instanceof SignupThrottledError);
      assert.equal(error.code, 'E_SIGNUP_THROTTLED');
      assert.equal(error.retryAfterMs, 3_540_000);
      assert.match(error.message, /try again in 59 minutes/);
      return true;
    });
    throttle.check('10.0.0.2');
    now = 3_600_001;
    throttle.begin('10.0.0.1');
  });

  it('counts creations as they start, so many at once cannot pass together, and gives back failed ones', () => {
    const throttle = new SignupThrottle({ maxSignups: 3, windowMs: 60_000 });
    const started = [throttle.begin('a'), throttle.begin('a'), throttle.begin('a')];
    assert.throws(() => throttle.begin('a'), SignupThrottledError);
    started[1]!.failed();
    throttle.begin('a');
    assert.throws(() => throttle.check('a'), SignupThrottledError);
  });

  it('counts an IPv6 /64 as one address', () => {
    const throttle = new SignupThrottle({ maxSignups: 2, windowMs: 60_000 });
    throttle.begin('2001:db8:1:2::1');
    throttle.begin('2001:db8:1:2::2');
    assert.throws(() => throttle.begin('2001:db8:1:2:ffff::3'), SignupThrottledError);
    throttle.begin('2001:db8:1:3::1');
  });

  it('keeps at most the given number of addresses', () => {
    const throttle = new SignupThrottle({ maxSignups: 1, windowMs: 60_000, maxAddresses: 2 });
    throttle.begin('a');
    throttle.begin('b');
    throttle.begin('c');
    throttle.check('a');
    assert.throws(() => throttle.check('c'), SignupThrottledError);
  });
});
