// Alone in its file (its own process), so no other test's timers are counted.
import assert from 'node:assert/strict';
import { createHook } from 'node:async_hooks';
import { it } from 'node:test';
import { errorCode } from '../../../core/errors.js';
import { parseManifest } from '../../../core/plugins/manifest.js';
import { PluginHarness } from '../../harness/plugin-harness.js';
import { compileWat } from '../../support/fixture-plugins.js';

/** Timers started from Hearth's plugin code that are still pending, with where each was started. */
function watchPluginTimers(): { pending: () => string[]; stop: () => void } {
  const live = new Map<number, string>();
  const hook = createHook({
    init(asyncId, type) {
      if (type !== 'Timeout') return;
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 30;
      const stack = new Error().stack ?? '';
      Error.stackTraceLimit = limit;
      // Only Hearth's own timers: the test runner and the loader keep timers of their own.
      if (stack.includes('/core/')) live.set(asyncId, stack);
    },
    destroy(asyncId) {
      live.delete(asyncId);
    },
  }).enable();
  return { pending: () => [...live.values()], stop: () => void hook.disable() };
}

it('a call that times out while waiting on the host leaves no timer running behind it', async () => {
  const timers = watchPluginTimers();
  const manifest = parseManifest(
    'name: hostile\nversion: 1.0.0\ninterface: 2\ndescription: Waits.\nwasm: hostile.wasm\ntimeout_ms: 100\ncapabilities: ["http:get:stall.test"]\ncommands: [{ name: stall, description: stall, handler: stall }]',
    'test/fixtures/plugins/hostile.yaml',
  );
  const harness = await PluginHarness.loadManifest(manifest, await compileWat('hostile.wat'), { waitGraceMs: 100 });
  harness.http.hold('http://stall.test/');
  const alice = harness.world.addCharacter('Alice');
  const result = await harness.command('stall', alice.id);
  assert.equal(errorCode(result.failure), 'E_PLUGIN_TIMEOUT');
  assert.deepEqual(result.events, [], 'a call that timed out applies nothing');
  harness.http.release('http://stall.test/');
  await harness.close();
  // A cleared timer is destroyed on a later turn of the event loop.
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  timers.stop();
  assert.deepEqual(timers.pending(), []);
});
