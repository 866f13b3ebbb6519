import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LogRate } from '../../../../core/limits/log-rate.js';

describe('LogRate', () => {
  it('lets a burst through, then leaves lines out and says how many when it lets one through again', () => {
    let now = 0;
    const rate = new LogRate({ perSecond: 1, burst: 3 }, () => now);
    assert.deepEqual([rate.take(), rate.take(), rate.take()], [0, 0, 0]);
    for (let i = 0; i < 500; i += 1) assert.equal(rate.take(), null);
    now += 1000;
    assert.equal(rate.take(), 500, 'the next line carries the count of those left out');
    assert.equal(rate.take(), null);
    now += 1000;
    assert.equal(rate.take(), 1);
  });

  it('never logs again when it does not refill', () => {
    const rate = new LogRate({ perSecond: 0, burst: 1 }, () => 0);
    assert.equal(rate.take(), 0);
    for (let i = 0; i < 10; i += 1) assert.equal(rate.take(), null);
  });
});
