// Alone in its file (its own process), so no other test's timers are counted.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { errorCode } from '../../../core/errors.js';
import { parseManifest } from '../../../core/plugins/manifest.js';
import { PluginHarness } from '../../harness/plugin-harness.js';
import { compileWat } from '../../support/fixture-plugins.js';

it('a timeout in the middle of host calls leaves no timer running behind it', async () => {
  const manifest = parseManifest(
    'name: hostile\nversion: 1.0.0\ndescription: Floods.\nwasm: hostile.wasm\ntimeout_ms: 100\ncapabilities: ["emit:location:*"]\ncommands: [{ name: flood, description: flood, handler: flood }]',
    'test/fixtures/plugins/hostile.yaml',
  );
  const harness = await PluginHarness.loadManifest(manifest, await compileWat('hostile.wat'), { emitBurst: 5000, emitsPerSecond: 5000 });
  const alice = harness.world.addCharacter('Alice');
  const result = await harness.command('flood', alice.id);
  assert.equal(errorCode(result.failure), 'E_PLUGIN_TIMEOUT');
  assert.deepEqual(result.events, [], 'a call that timed out applies none of its emits');
  await harness.close();
  // Extism's own call timers run out within the call timeout; a stuck host-call answer never would.
  await new Promise((resolve) => setTimeout(resolve, 700));
  const timers = process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout');
  assert.equal(timers.length, 0, process.getActiveResourcesInfo().join(','));
});
