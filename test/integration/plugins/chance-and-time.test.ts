// Randomness and time for plugins: Math.random, Date.now and the random/clock host functions work
// in a plugin built with the kit, a call run again after a pause draws and reads what its first run
// did, and the harness's seed makes a plugin's dice repeatable.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { parseManifest } from '../../../core/plugins/manifest.js';
import { PluginHarness } from '../../harness/plugin-harness.js';
import { buildFixturePlugin } from '../../support/fixture-plugins.js';

const MANIFEST = [
  'name: chance',
  'version: 1.0.0',
  'interface: 2',
  'description: Dice.',
  'wasm: build/chance.wasm',
  'capabilities: ["emit:location:*", "kv:read"]',
  'commands: [{ name: roll, description: d, handler: roll }]',
].join('\n');

async function harness(seed?: string): Promise<PluginHarness> {
  const wasm = await readFile(await buildFixturePlugin('chance'));
  return PluginHarness.loadManifest(parseManifest(MANIFEST, 'test/fixtures/plugins/chance/manifest.yaml'), wasm, {}, { seed });
}

async function rolls(plugin: PluginHarness, times: number): Promise<string[]> {
  const alice = plugin.world.addCharacter('Alice');
  const outputs: string[] = [];
  for (let i = 0; i < times; i++) {
    const result = await plugin.command('roll', alice.id);
    assert.equal(result.failure, undefined, result.failure?.message);
    outputs.push(result.output ?? '');
  }
  return outputs;
}

describe('randomness and time in plugins', () => {
  it('draws with Math.random and the host, and keeps the draw made before a pause', async () => {
    const plugin = await harness();
    try {
      const [output] = await rolls(plugin, 1);
      const [fromMath, fromHost] = output!.split(' ').map(Number);
      assert.ok(Number.isInteger(fromMath) && fromMath! >= 0 && fromMath! < 1_000_000, output);
      assert.ok(fromHost! >= 1 && fromHost! <= 6, output);
      // The event emitted before the pause carries the same number the reply shows after it.
      const rolled = plugin.events.filter((event) => event.type === 'rolled');
      assert.deepEqual(rolled.map((event) => event.payload['value']), [fromMath]);
    } finally {
      await plugin.close();
    }
  });

  it('reads the harness clock through Date.now and the clock host function', async () => {
    const plugin = await harness();
    try {
      const start = plugin.clock.unixMs();
      plugin.clock.advance(1500);
      const [output] = await rolls(plugin, 1);
      const [, , dateNow, unix, monotonic] = output!.split(' ').map(Number);
      assert.equal(dateNow, start + 1500);
      assert.equal(unix, start + 1500);
      assert.equal(monotonic, 1500);
    } finally {
      await plugin.close();
    }
  });

  it('draws the same numbers from the same seed, and others from another', async () => {
    const first = await harness('table 7');
    const again = await harness('table 7');
    const other = await harness('table 8');
    try {
      const firstRolls = await rolls(first, 5);
      assert.deepEqual(await rolls(again, 5), firstRolls);
      assert.notDeepEqual(await rolls(other, 5), firstRolls);
      // Within one run, calls draw afresh: five calls do not all show one number.
      assert.ok(new Set(firstRolls.map((line) => line.split(' ')[0])).size > 1, firstRolls.join('\n'));
    } finally {
      await Promise.all([first.close(), again.close(), other.close()]);
    }
  });
});
