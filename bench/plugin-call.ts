// Per-call cost of a plugin command: plain JS doing the same work, Extism's own foreground runtime,
// Hearth's runtime alone (a rewritten, metered module on Hearth's kernel), and Hearth's whole path
// (PluginHost: scope, journal, validation, spans, commit), with 0, 1, 3 and 100 host round trips.
// Run: npm run bench:plugin-call [-- --calls 2000 --busy 2]
// `--busy N` keeps N other processes spinning meanwhile, as a loaded server's other work would.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import createPlugin, { type CallContext } from '@extism/extism';
import { parseManifest } from '../core/plugins/manifest.js';
import { rewriteModule } from '../core/plugins/runtime/module-rewrite.js';
import type { ExtismKernel } from '../core/plugins/runtime/extism-kernel.js';
import { WasmInstance } from '../core/plugins/runtime/wasm-instance.js';
import { HOST_MODULE } from '../core/plugins/plugin-interface.js';
import { PluginHarness } from '../test/harness/plugin-harness.js';
import { buildPlugin } from '../scripts/build-plugins.js';
import { percentile } from '../core/limits/percentile.js';

const { values } = parseArgs({ options: { calls: { type: 'string', default: '2000' }, busy: { type: 'string', default: '0' } } });
const calls = Number(values.calls);
const spinners: ChildProcess[] = Array.from({ length: Number(values.busy) }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
process.on('exit', () => spinners.forEach((child) => child.kill()));
const input = JSON.stringify({ command: 'say', invoked: 'say', switches: [], args: { message: 'hello there' }, rest: 'hello there', actor: { id: 5, name: 'Alice', role: 'player', location: 1 } });
const EXPORTS = { 0: 'zero_calls', 1: 'one_call', 3: 'three_calls', 100: 'hundred_calls' } as const;

async function measure(label: string, once: () => Promise<unknown> | unknown): Promise<void> {
  for (let i = 0; i < Math.min(200, calls); i += 1) await once();
  const samples: number[] = [];
  const started = performance.now();
  for (let i = 0; i < calls; i += 1) {
    const t = performance.now();
    await once();
    samples.push((performance.now() - t) * 1000);
  }
  const mean = ((performance.now() - started) * 1000) / calls;
  console.log(`${label.padEnd(52)} mean ${mean.toFixed(1).padStart(7)} µs   p50 ${percentile(samples, 50).toFixed(1).padStart(7)}   p99 ${percentile(samples, 99).toFixed(1).padStart(7)}`);
}

function plainJs(): string {
  const parsed = JSON.parse(input) as { actor: { name: string }; args: { message: string } };
  return JSON.stringify({ handled: true, output: JSON.stringify({ text: `${parsed.actor.name} says, "${parsed.args.message}"` }) });
}

const room = JSON.stringify({ ok: true, location: { id: 1, name: 'The Hearth', exits: [], characters: [], things: [] } });

const wasmPath = await buildPlugin('callbench', 'bench/plugins');
const wasm = await readFile(wasmPath);
console.log(`plugin call cost, ${calls} calls each (µs per call)${spinners.length > 0 ? `, ${spinners.length} busy processes beside` : ''}`);
await measure('plain JS function, same work', plainJs);

// Extism's foreground runtime on the same module, for comparison with Hearth's.
const extism = await createPlugin(
  { wasm: [{ module: await WebAssembly.compile(wasm) }] },
  { useWasi: false, runInWorker: false, functions: { [HOST_MODULE]: { query_location: (context: CallContext) => context.store(room) } } },
);
for (const [trips, name] of Object.entries(EXPORTS)) await measure(`Extism foreground, ${trips} round trips`, () => extism.call(name, input));
await extism.close();

// Hearth's runtime alone: the metered module on Hearth's kernel, called directly.
const metered = new WebAssembly.Module(rewriteModule(wasm, { memoryPages: 256, tableEntries: 10_000, startFuel: 100_000_000 }));
const instance = WasmInstance.create({
  module: metered,
  hostFunctions: { [HOST_MODULE]: { query_location: (kernel: ExtismKernel) => kernel.storeText(room) } },
  kernelLimits: { maxBytes: 16 << 20, maxBlocks: 65_536, maxVarBytes: 1 << 20 },
  config: {},
  log: () => undefined,
});
const inputBytes = new TextEncoder().encode(input);
let fuelUsed = 0;
for (const [trips, name] of Object.entries(EXPORTS)) {
  await measure(`Hearth runtime, ${trips} round trips`, () => {
    fuelUsed = instance.call(name, inputBytes, 100_000_000).fuelUsed;
    instance.collectGarbage(100_000_000);
  });
  console.log(`${''.padEnd(52)} fuel per call ${fuelUsed}`);
}

const manifest = parseManifest(
  [
    'name: callbench',
    'version: 1.0.0', 'interface: 2',
    'description: Benchmark plugin.',
    'wasm: callbench/build/callbench.wasm',
    'capabilities: [read:locations]',
    'commands:',
    ...Object.entries(EXPORTS).map(([trips, name]) => `  - { name: say${trips}, pattern: "say${trips} <message>", description: d, handler: ${name} }`),
  ].join('\n'),
  'bench/plugins/callbench.yaml',
);
const harness = await PluginHarness.loadManifest(manifest, wasm);
const alice = harness.world.addCharacter('Alice');
for (const trips of Object.keys(EXPORTS)) {
  await measure(`Hearth PluginHost, ${trips} round trips`, () => harness.command(`say${trips} hello there`, alice.id));
}
await harness.close();
spinners.forEach((child) => child.kill());
