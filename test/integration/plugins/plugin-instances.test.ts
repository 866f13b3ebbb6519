// A plugin's pool of instances: a slow command no longer holds the plugin's other commands once a
// second instance may start, the pool grows only when every instance is busy, and events keep
// their order whatever the pool's size.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseManifest } from '../../../core/plugins/manifest.js';
import { PluginHarness } from '../../harness/plugin-harness.js';
import { compileWat } from '../../support/fixture-plugins.js';

const hostileManifest = parseManifest(
  ['name: hostile', 'version: 1.0.0', 'description: d', 'wasm: hostile.wasm', 'timeout_ms: 1500', 'commands:', '  - { name: spin, description: d, handler: spin }', '  - { name: fine, description: d, handler: fine }'].join('\n'),
  'test/fixtures/plugins/hostile.yaml',
);

/** Runs `spin` (which loops until its timeout) and then `fine`; returns the order they finished in. */
async function spinThenFine(instancesPerPlugin: number): Promise<{ finished: string[]; instances: number[] }> {
  const harness = await PluginHarness.loadManifest(hostileManifest, await compileWat('hostile.wat'), { instancesPerPlugin, crashThreshold: 100 });
  try {
    const runner = harness.host.get('hostile')!.runner;
    const alice = harness.world.addCharacter('Alice');
    const bob = harness.world.addCharacter('Bob');
    const instances = [runner.instances];
    await harness.command('fine', alice.id);
    instances.push(runner.instances);
    const finished: string[] = [];
    const spin = harness.command('spin', alice.id).then(() => finished.push('spin'));
    const fine = harness.command('fine', bob.id).then(() => finished.push('fine'));
    await Promise.all([spin, fine]);
    instances.push(runner.instances);
    return { finished, instances };
  } finally {
    await harness.close();
  }
}

describe('a plugin with more than one instance', () => {
  it('answers a command while another instance is stuck in a slow one, starting that instance only when needed', async () => {
    const pooled = await spinThenFine(2);
    assert.deepEqual(pooled.finished, ['fine', 'spin']);
    assert.deepEqual(pooled.instances, [1, 1, 2], 'one instance while calls came one at a time, a second once one was busy');
  });

  it('queues every command behind the slow one with a single instance', async () => {
    const single = await spinThenFine(1);
    assert.deepEqual(single.finished, ['spin', 'fine']);
    assert.deepEqual(single.instances, [1, 1, 1]);
  });

  it('delivers events one after another in the order they came, however many instances it may run', async () => {
    const harness = await PluginHarness.load('manifests/echo.yaml', { limits: { instancesPerPlugin: 4 } });
    try {
      const says = Array.from({ length: 40 }, (_, i) => `line ${i}`);
      const deliveries = says.map((text) => harness.deliver({ stream: 'location:1', type: 'say', actor: { kind: 'character', id: '1' }, payload: { message: text } }));
      await Promise.all(deliveries);
      const echoed = harness.events.filter((event) => event.type === 'echo').map((event) => event.payload['text']);
      assert.deepEqual(echoed, says.map((text) => `You hear an echo: "${text}"`));
      assert.equal(harness.host.get('echo')!.runner.instances, 1, 'events never start a second instance');
    } finally {
      await harness.close();
    }
  });
});
