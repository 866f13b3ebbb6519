// A call that runs out of time while a write it started is still on its way to the database: the
// player must never be told "nothing was changed" while the write lands afterwards. Hearth's
// deadline lets the write settle (within a grace period) and undoes it before answering, and a
// write that outlasts even the grace period is undone the moment it lands.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode } from '../../../core/errors.js';
import type { PluginHarness } from '../../harness/plugin-harness.js';
import { loadProbe } from '../../support/probe-plugin.js';

function boxes(harness: PluginHarness): string[] {
  return harness.world.contents(harness.world.startingRoomId).filter((item) => item.kind === 'thing').map((item) => item.name);
}

async function settled(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve));
}

describe('a call out of time with a write in flight', () => {
  it('waits for the write, undoes it, and only then reports the timeout', async () => {
    const harness = await loadProbe(['write:objects'], { manifestLines: ['timeout_ms: 100'], limits: { waitGraceMs: 10_000 } });
    try {
      const alice = harness.world.addCharacter('Alice');
      harness.world.holdWrites();
      const release = setTimeout(() => harness.world.releaseWrites(), 300);
      const result = await harness.command('probe write', alice.id);
      clearTimeout(release);
      assert.equal(errorCode(result.failure), 'E_PLUGIN_TIMEOUT');
      assert.deepEqual(boxes(harness), [], 'the box the write made was taken back before the answer');
    } finally {
      await harness.close();
    }
  });

  it('undoes a write that lands after the grace period, as soon as it lands', async () => {
    const harness = await loadProbe(['write:objects'], { manifestLines: ['timeout_ms: 100'], limits: { waitGraceMs: 50 } });
    try {
      const alice = harness.world.addCharacter('Alice');
      harness.world.holdWrites();
      const result = await harness.command('probe write', alice.id);
      assert.equal(errorCode(result.failure), 'E_PLUGIN_TIMEOUT');
      harness.world.releaseWrites();
      await settled();
      assert.deepEqual(boxes(harness), [], 'the late box was destroyed when it landed');
    } finally {
      await harness.close();
    }
  });
});
