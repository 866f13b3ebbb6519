import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_LOADS, describeLoad, offeredPerSecond, parseLoads } from '../../../../bench/peer/load-spec.js';

describe('parseLoads', () => {
  it('reads players x seconds between says, separated by commas', () => {
    assert.deepEqual(parseLoads('100x1, 300x0.3,20x.5'), [
      { players: 100, intervalSeconds: 1 },
      { players: 300, intervalSeconds: 0.3 },
      { players: 20, intervalSeconds: 0.5 },
    ]);
  });

  it('refuses what is not a load, naming it', () => {
    for (const text of ['', '100', 'x1', '0x1', '100x0', '100x-1', '1.5x1', '100y1']) {
      assert.throws(() => parseLoads(text), /load/, text);
    }
    assert.throws(() => parseLoads('100x1,abc'), /"abc"/);
  });
});

describe('the default loads', () => {
  it('are the three issue 14 compares: 100, 200 and 1,000 says a second', () => {
    assert.deepEqual(DEFAULT_LOADS.map((load) => Math.round(offeredPerSecond(load))), [100, 200, 1000]);
    assert.equal(describeLoad(DEFAULT_LOADS[2]!), '300 players, a say every 0.3 s each (1,000 says/s offered)');
  });
});
