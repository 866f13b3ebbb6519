import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TokenBucket } from '../../../../core/limits/token-bucket.js';

describe('TokenBucket', () => {
  it('allows a burst, then refills at the sustained rate', () => {
    let now = 0;
    const limiter = new TokenBucket({ perSecond: 2, burst: 3 }, () => now);
    assert.deepEqual([limiter.tryTake(), limiter.tryTake(), limiter.tryTake(), limiter.tryTake()], [true, true, true, false]);
    now = 499;
    assert.equal(limiter.tryTake(), false);
    now = 500;
    assert.equal(limiter.tryTake(), true);
    now = 60_000;
    assert.deepEqual([limiter.tryTake(), limiter.tryTake(), limiter.tryTake(), limiter.tryTake()], [true, true, true, false]);
  });

  it('says how long until the next token', () => {
    let now = 0;
    const limiter = new TokenBucket({ perSecond: 4, burst: 1 }, () => now);
    assert.equal(limiter.msUntilNextToken(), 0);
    assert.equal(limiter.tryTake(), true);
    assert.equal(limiter.msUntilNextToken(), 250);
    now = 100;
    assert.equal(limiter.msUntilNextToken(), 150);
    now = 250;
    assert.equal(limiter.msUntilNextToken(), 0);
    assert.equal(limiter.tryTake(), true);
  });
});
