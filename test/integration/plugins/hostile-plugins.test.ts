// Hostile plugins in the real plugin host: each misbehaviour is an error for that call only, the
// plugin answers the next call, and nothing a failed call did is left behind.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode } from '../../../core/errors.js';
import { parseManifest } from '../../../core/plugins/manifest.js';
import type { PluginLimits } from '../../../core/plugins/plugin-limits.js';
import { PluginHarness } from '../../harness/plugin-harness.js';
import { compileWat } from '../../support/fixture-plugins.js';

const COMMANDS = ['spin', 'bomb', 'trap', 'giant', 'badjson', 'flood', 'fine'];

async function hostile(extra = '', limits: Partial<PluginLimits> = {}, timeoutMs = 300): Promise<PluginHarness> {
  const yaml = [
    'name: hostile',
    'version: 1.0.0', 'interface: 2',
    'description: Misbehaves on request.',
    'wasm: hostile.wasm',
    `timeout_ms: ${timeoutMs}`,
    'memory_pages: 64',
    'commands:',
    ...COMMANDS.map((name) => `  - { name: ${name}, description: "${name}", handler: ${name} }`),
    extra,
  ].join('\n');
  const manifest = parseManifest(yaml, 'test/fixtures/plugins/hostile.yaml');
  return PluginHarness.loadManifest(manifest, await compileWat('hostile.wat'), { crashThreshold: 100, ...limits });
}

describe('hostile plugins', () => {
  for (const [command, code] of [
    ['spin', 'E_PLUGIN_FUEL'],
    ['bomb', 'E_PLUGIN_TRAP'],
    ['trap', 'E_PLUGIN_TRAP'],
    ['giant', 'E_PLUGIN_OUTPUT_INVALID'],
    ['badjson', 'E_PLUGIN_OUTPUT_INVALID'],
  ] as const) {
    it(`${command}: fails that call with ${code}, and the plugin answers the next one`, async () => {
      const harness = await hostile();
      try {
        const alice = harness.world.addCharacter('Alice');
        const bad = await harness.command(command, alice.id);
        assert.equal(errorCode(bad.failure), code, bad.failure?.message);
        assert.match(bad.failure!.message, /hostile/);
        const good = await harness.command('fine', alice.id);
        assert.equal(good.failure, undefined, good.failure?.message);
        assert.equal(harness.host.get('hostile')?.health.crashCount, 1);
        const [span] = harness.spans.getFinishedSpans().filter((item) => item.attributes['plugin.function'] === command);
        assert.equal(span?.status.code, 2, 'the failed call is recorded as an error on its span');
      } finally {
        await harness.close();
      }
    });
  }

  it('flood: emits past the rate limit are refused; what fit the burst is applied', async () => {
    // No refill during the call, so exactly the burst fits however long the host calls take; this
    // test is about the rate limit, not the timeout.
    const harness = await hostile('capabilities: ["emit:location:*"]', { playerEmitBurst: 50, playerEmitsPerSecond: 0 }, 20_000);
    try {
      const alice = harness.world.addCharacter('Alice');
      const result = await harness.command('flood', alice.id);
      assert.equal(result.failure, undefined);
      assert.equal(result.events.length, 50);
      assert.ok(harness.logs.some((line) => line.code === 'E_RATE_LIMITED' && line.plugin === 'hostile'));
    } finally {
      await harness.close();
    }
  });

  it('a plugin whose start traps is refused at load with E_PLUGIN_TRAP', async () => {
    const manifest = parseManifest(
      'name: broken\nversion: 1.0.0\ninterface: 2\ndescription: Cannot start.\nwasm: x.wasm\ntimeout_ms: 500\ncommands: [{ name: fine, description: fine, handler: fine }]',
      'test/fixtures/plugins/broken.yaml',
    );
    await assert.rejects(PluginHarness.loadManifest(manifest, await compileWat('init-fails.wat')), (error: unknown) => {
      assert.equal(errorCode(error), 'E_PLUGIN_TRAP');
      assert.match((error as Error).message, /broken.*failed to start/);
      return true;
    });
  });

  it('repeated crashes put the plugin in error with a backoff, then it is retried', async () => {
    const harness = await hostile('', { crashThreshold: 3, baseBackoffMs: 300 });
    try {
      const alice = harness.world.addCharacter('Alice');
      for (let i = 0; i < 3; i += 1) await harness.command('trap', alice.id);
      const health = harness.host.get('hostile')!.health;
      assert.equal(health.status, 'error');
      assert.ok(health.nextRetryAt !== null);
      const refused = await harness.command('fine', alice.id);
      assert.equal(errorCode(refused.failure), 'E_PLUGIN_UNAVAILABLE');
      assert.match(refused.failure!.message, /retried at/);
      while (Date.now() < health.nextRetryAt!.getTime()) await new Promise((resolve) => setTimeout(resolve, 50));
      const retried = await harness.command('fine', alice.id);
      assert.equal(retried.failure, undefined);
      assert.equal(health.status, 'ready');
    } finally {
      await harness.close();
    }
  });
});
