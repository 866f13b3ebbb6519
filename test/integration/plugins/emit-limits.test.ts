// Emit limits on the right axis: what a plugin emits on a player's behalf counts against that
// player, so a busy room at default settings is never refused; what a plugin emits on its own
// (answering plugin or system events) still counts against the plugin, so a loop is stopped.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseManifest } from '../../../core/plugins/manifest.js';
import { PluginHarness } from '../../harness/plugin-harness.js';
import { compileWat } from '../../support/fixture-plugins.js';

describe('emit limits', () => {
  it('lets 200 players talk at once at the default settings, refusing nobody', async () => {
    const harness = await PluginHarness.load('plugins/communication/manifest.yaml');
    try {
      const players = Array.from({ length: 200 }, (_, index) => harness.world.addCharacter(`Talker${index}`));
      const said = await Promise.all(players.flatMap((player) => Array.from({ length: 5 }, (_, line) => harness.command(`say line ${line}`, player.id))));
      assert.deepEqual(
        said.filter((result) => result.error !== undefined || result.failure !== undefined).map((result) => result.error ?? result.failure?.message),
        [],
      );
      assert.equal(harness.events.filter((event) => event.type === 'say').length, 1000);
    } finally {
      await harness.close();
    }
  });

  it('still stops one player whose command floods, and a plugin flooding on its own', async () => {
    const manifest = parseManifest(
      [
        'name: hostile',
        'version: 1.0.0', 'interface: 2',
        'description: Floods.',
        'wasm: hostile.wasm',
        'capabilities: ["emit:location:*", "events:*"]',
        'commands: [{ name: flood, description: flood, handler: flood }]',
        'events: [{ types: [tick], handler: flood }]',
      ].join('\n'),
      'test/fixtures/plugins/hostile.yaml',
    );
    // No refill, so exactly the bursts fit however long the calls take.
    const harness = await PluginHarness.loadManifest(manifest, await compileWat('hostile.wat'), { playerEmitBurst: 30, playerEmitsPerSecond: 0, emitBurst: 20, emitsPerSecond: 0 });
    try {
      const alice = harness.world.addCharacter('Alice');
      const bob = harness.world.addCharacter('Bob');
      assert.equal((await harness.command('flood', alice.id)).events.length, 30, "Alice's flood stops at her own burst");
      assert.equal((await harness.command('flood', bob.id)).events.length, 30, 'Bob has his own allowance');
      const caused = await harness.deliver({ stream: 'location:1', type: 'tick', actor: { kind: 'character', id: String(alice.id) }, payload: {} });
      assert.equal(caused.events.length, 0, 'an event Alice caused draws on her spent allowance');
      const own = await harness.deliver({ stream: 'location:1', type: 'tick', actor: { kind: 'plugin', id: 'hostile' }, payload: {} });
      assert.equal(own.events.length, 20, "what the plugin does on its own stops at the plugin's burst");
      assert.equal((await harness.deliver({ stream: 'location:1', type: 'tick', actor: { kind: 'system', id: 'hearth' }, payload: {} })).events.length, 0);
    } finally {
      await harness.close();
    }
  });
});
