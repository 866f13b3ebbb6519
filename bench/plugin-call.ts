// Per-call cost of a plugin command: plain JS doing the same work, Extism in the foreground and in
// a worker, with 0, 1, 3 and 100 host-function round trips, the whole Hearth path (PluginHost:
// scope, validation, spans, commit), and the memory one more worker instance takes.
// Run: npm run bench:plugin-call [-- --calls 2000 --busy 2]
// `--busy N` keeps N other processes spinning meanwhile, as a loaded server's other work would:
// host round trips wait on other threads, so contention is where their cost shows.
import { type ChildProcess, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import createPlugin, { type CallContext } from '@extism/extism';
import { parseManifest } from '../core/plugins/manifest.js';
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
const syncQuery = (context: CallContext) => context.store(room);
const asyncQuery = async (context: CallContext) => context.store(room);

const wasmPath = await buildPlugin('callbench', 'bench/plugins');
const module = await WebAssembly.compile(await readFile(wasmPath));
console.log(`plugin call cost, ${calls} calls each (µs per call)${spinners.length > 0 ? `, ${spinners.length} busy processes beside` : ''}`);
await measure('plain JS function, same work', plainJs);

for (const [mode, runInWorker, query] of [
  ['foreground, sync host function', false, syncQuery],
  ['worker, sync host function', true, syncQuery],
  ['worker, async host function', true, asyncQuery],
] as const) {
  const plugin = await createPlugin({ wasm: [{ module }] }, { useWasi: false, runInWorker, functions: { 'extism:host/user': { query_location: query } } });
  for (const [trips, name] of Object.entries(EXPORTS)) {
    await measure(`Extism ${mode}, ${trips} round trips`, () => plugin.call(name, input));
  }
  await plugin.close();
}

const manifest = parseManifest(
  [
    'name: callbench',
    'version: 1.0.0',
    'description: Benchmark plugin.',
    'wasm: callbench/build/callbench.wasm',
    'capabilities: [read:locations]',
    'commands:',
    ...Object.entries(EXPORTS).map(([trips, name]) => `  - { name: say${trips}, pattern: "say${trips} <message>", description: d, handler: ${name} }`),
  ].join('\n'),
  'bench/plugins/callbench.yaml',
);
const harness = await PluginHarness.loadManifest(manifest, await readFile(wasmPath));
const alice = harness.world.addCharacter('Alice');
for (const trips of Object.keys(EXPORTS)) {
  await measure(`Hearth PluginHost (worker), ${trips} round trips`, () => harness.command(`say${trips} hello there`, alice.id));
}
await harness.close();

// What one more worker instance of a plugin costs in memory (a plugin may run several).
const rssMb = (): number => process.memoryUsage().rss / 1e6;
const extra: Array<Awaited<ReturnType<typeof createPlugin>>> = [];
const rssBefore = rssMb();
for (let i = 0; i < 8; i += 1) {
  extra.push(await createPlugin({ wasm: [{ module }] }, { useWasi: false, runInWorker: true, functions: { 'extism:host/user': { query_location: syncQuery } } }));
  await extra.at(-1)!.call('one_call', input);
}
console.log(`memory per worker instance (8 started, one call each): ${((rssMb() - rssBefore) / 8).toFixed(1)} MB RSS`);
await Promise.all(extra.map((plugin) => plugin.close()));
spinners.forEach((child) => child.kill());
