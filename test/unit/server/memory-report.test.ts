import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { MemoryWatch } from '../../../server/memory-report.js';

// A full collection on demand, for this test only (the server never exposes one).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Collects fully, then lets the observer's entries arrive (they are delivered asynchronously). */
async function fullCollection(): Promise<void> {
  collectGarbage();
  await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('MemoryWatch', () => {
  const watch = new MemoryWatch();
  watch.start();
  after(() => watch.stop());

  it('reports the process memory, with no full-collection figure before the first one', () => {
    const fresh = new MemoryWatch().report();
    assert.ok(fresh.rssMb > 0 && fresh.heapUsedMb > 0 && fresh.heapTotalMb >= fresh.heapUsedMb);
    assert.equal(fresh.heapAfterFullGcMb, null);
    assert.equal(fresh.fullGcs, 0);
  });

  it('measures what survives full collections, so retained memory shows and garbage does not', async () => {
    await fullCollection();
    const baseline = watch.report();
    assert.ok(baseline.fullGcs >= 1);
    assert.ok(baseline.heapAfterFullGcMb !== null);

    // 40 MB (arrays of 131,072 doubles) that stay reachable, as a leak would; as much again that does not.
    const megabyte = (value: number): number[] => new Array<number>(131_072).fill(value + 0.5);
    const retained = Array.from({ length: 40 }, (_, index) => megabyte(index));
    let garbage = 0;
    for (let index = 0; index < 40; index += 1) garbage += megabyte(index).length;
    assert.equal(garbage, 40 * 131_072);
    await fullCollection();
    const grown = watch.report();
    assert.ok(grown.fullGcs > baseline.fullGcs);
    const growth = grown.heapAfterFullGcMb! - baseline.heapAfterFullGcMb!;
    assert.ok(growth > 35 && growth < 60, `retained 40 MB, measured ${growth.toFixed(1)} MB more`);

    retained.length = 0;
    await fullCollection();
    assert.ok(watch.report().heapAfterFullGcMb! < grown.heapAfterFullGcMb! - 35, 'released memory leaves the figure');
  });

  it('stops observing when stopped', async () => {
    const stopped = new MemoryWatch();
    stopped.start();
    stopped.stop();
    await fullCollection();
    assert.equal(stopped.report().fullGcs, 0);
  });
});
