// The plugin host's own rules: manifests ask for time and memory within the operator's ceilings,
// and a module is compiled once however often its plugin is started again.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorCode } from '../../../core/errors.js';
import { parseManifest } from '../../../core/plugins/manifest.js';
import { PluginHarness } from '../../harness/plugin-harness.js';
import { compileWat } from '../../support/fixture-plugins.js';

function hostileManifest(extra: string[]) {
  return parseManifest(
    ['name: hostile', 'version: 1.0.0', 'interface: 2', 'description: d', 'wasm: hostile.wasm', ...extra, 'commands:', '  - { name: spin, description: d, handler: spin }', '  - { name: trap, description: d, handler: trap }', '  - { name: fine, description: d, handler: fine }', '  - { name: stall, description: d, handler: stall }'].join('\n'),
    'test/fixtures/plugins/hostile.yaml',
  );
}

describe('the plugin host', () => {
  it('holds a manifest to the ceilings, saying so, and the ceiling is what applies', async () => {
    const manifest = hostileManifest(['timeout_ms: 60000', 'memory_pages: 5000', 'fuel: 900000000', 'capabilities: ["http:get:stall.test"]']);
    const harness = await PluginHarness.loadManifest(manifest, await compileWat('hostile.wat'), {
      timeoutCeilingMs: 200,
      memoryPagesCeiling: 32,
      fuelCeiling: 1_000_000,
      waitGraceMs: 50,
    });
    try {
      const loaded = harness.host.get('hostile')!;
      assert.deepEqual(loaded.warnings, [
        'timeout_ms 60000 exceeds the ceiling 200; using 200.',
        'memory_pages 5000 exceeds the ceiling 32; using 32.',
        'fuel 900000000 exceeds the ceiling 1000000; using 1000000.',
      ]);
      assert.ok(harness.logs.some((line) => line.plugin === 'hostile' && /exceeds the ceiling/.test(line.msg)));
      const alice = harness.world.addCharacter('Alice');
      harness.http.hold('http://stall.test/');
      const stalled = await harness.command('stall', alice.id);
      assert.equal(errorCode(stalled.failure), 'E_PLUGIN_TIMEOUT');
      assert.match(stalled.failure!.message, /within 200 ms/);
      const spun = await harness.command('spin', alice.id);
      assert.equal(errorCode(spun.failure), 'E_PLUGIN_FUEL');
      assert.match(spun.failure!.message, /allowance of 1000000 instructions/);
    } finally {
      await harness.close();
    }
  });

  it('compiles a module once, however often the plugin restarts or reloads', async () => {
    const compile = WebAssembly.compile;
    let compiled = 0;
    WebAssembly.compile = (bytes) => {
      compiled += 1;
      return compile(bytes);
    };
    try {
      const wasm = await compileWat('hostile.wat');
      const harness = await PluginHarness.loadManifest(hostileManifest([]), wasm, { crashThreshold: 100 });
      try {
        const alice = harness.world.addCharacter('Alice');
        await harness.command('trap', alice.id);
        assert.equal((await harness.command('fine', alice.id)).failure, undefined, 'a fresh instance answers after the trap');
        await harness.host.load(hostileManifest([]), wasm);
        assert.equal((await harness.command('fine', alice.id)).failure, undefined, 'the reloaded plugin answers');
        assert.equal(compiled, 1);
      } finally {
        await harness.close();
      }
    } finally {
      WebAssembly.compile = compile;
    }
  });
});
