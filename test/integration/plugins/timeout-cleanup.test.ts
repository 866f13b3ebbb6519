// Alone in its file (its own process), so no other test's timers are counted.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { errorCode } from '../../../core/errors.js';
import { parseManifest } from '../../../core/plugins/manifest.js';
import { PluginHarness } from '../../harness/plugin-harness.js';
import { compileWat } from '../../support/fixture-plugins.js';

it('a call that times out while waiting on the host leaves no timer running behind it', async () => {
  const manifest = parseManifest(
    'name: hostile\nversion: 1.0.0\ndescription: Waits.\nwasm: hostile.wasm\ntimeout_ms: 100\ncapabilities: ["http:get:stall.test"]\ncommands: [{ name: stall, description: stall, handler: stall }]',
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
  await new Promise((resolve) => setImmediate(resolve));
  const timers = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout');
  assert.equal(timers.length, 0, process.getActiveResourcesInfo().join(','));
});
