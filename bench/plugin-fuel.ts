// What a plugin's fuel buys in time: hostile patterns (a bare loop, bulk memory, kernel calls,
// host calls, deep recursion) each run until their fuel is spent, timed on this machine. The
// default fuel is chosen so the worst pattern holds the server thread for tens of milliseconds.
// Run: npm run bench:plugin-fuel [-- --fuel 100000000 --rounds 5]
import { parseArgs } from 'node:util';
import { DEFAULT_PLUGIN_LIMITS } from '../core/plugins/plugin-limits.js';
import { HOST_CALL_FUEL } from '../core/plugins/host-functions/host-function.js';
import type { ExtismKernel } from '../core/plugins/runtime/extism-kernel.js';
import { rewriteModule } from '../core/plugins/runtime/module-rewrite.js';
import { WasmInstance } from '../core/plugins/runtime/wasm-instance.js';
import { HOST_MODULE } from '../core/plugins/plugin-interface.js';
import { wat } from '../test/support/wat.js';

const { values } = parseArgs({ options: { fuel: { type: 'string', default: String(DEFAULT_PLUGIN_LIMITS.defaultFuel) }, rounds: { type: 'string', default: '5' } } });
const fuel = Number(values.fuel);
const rounds = Number(values.rounds);

const PATTERNS = `(module
  (import "extism:host/env" "load_u8" (func $load_u8 (param i64) (result i32)))
  (import "extism:host/env" "alloc" (func $alloc (param i64) (result i64)))
  (import "hearth:host/v2" "query" (func $query (param i64) (result i64)))
  (memory (export "memory") 256)
  (func (export "bare_loop") (result i32) (loop $l (br $l)) (i32.const 0))
  (func (export "memory_fill") (result i32) (loop $l (memory.fill (i32.const 0) (i32.const 0) (i32.const 16777216)) (br $l)) (i32.const 0))
  (func (export "memory_copy") (result i32) (loop $l (memory.copy (i32.const 0) (i32.const 8388608) (i32.const 8388608)) (br $l)) (i32.const 0))
  (func (export "kernel_calls") (result i32) (local $a i64) (local.set $a (call $alloc (i64.const 8))) (loop $l (drop (call $load_u8 (local.get $a))) (br $l)) (i32.const 0))
  (func (export "host_calls") (result i32) (local $a i64) (local.set $a (call $alloc (i64.const 2))) (loop $l (drop (call $query (local.get $a))) (br $l)) (i32.const 0))
  (func $down (export "recursion") (result i32) (call $down))
)`;

const module = new WebAssembly.Module(rewriteModule(wat(PATTERNS), { memoryPages: 256, tableEntries: 100, startFuel: 1_000_000 }));
// A host function as costly as a real query of a room, charged as Hearth charges one.
const reply = JSON.stringify({ ok: true, location: { id: 1, name: 'x'.repeat(2000), exits: [], characters: [] } });
const query = (kernel: ExtismKernel, offset: bigint): bigint => {
  kernel.charge(HOST_CALL_FUEL + (kernel.read(offset)?.length ?? 0));
  kernel.charge(reply.length);
  return kernel.storeText(reply);
};
console.log(`time to spend ${fuel.toLocaleString('en')} fuel, best and worst of ${rounds} rounds (ms)`);
for (const name of ['bare_loop', 'memory_fill', 'memory_copy', 'kernel_calls', 'host_calls', 'recursion']) {
  const times: number[] = [];
  let outcome = '';
  for (let round = 0; round < rounds; round += 1) {
    const instance = WasmInstance.create({ module, hostFunctions: { [HOST_MODULE]: { query } }, kernelLimits: { maxBytes: 16 << 20, maxBlocks: 65_536, maxVarBytes: 1 << 20 }, config: {}, log: () => undefined });
    const started = performance.now();
    const result = instance.call(name, new Uint8Array(0), fuel);
    times.push(performance.now() - started);
    outcome = result.kind === 'threw' ? `threw: ${String(result.error).slice(0, 50)}` : result.kind;
  }
  console.log(`${name.padEnd(14)} ${Math.min(...times).toFixed(1).padStart(7)} ${Math.max(...times).toFixed(1).padStart(7)}   ${outcome}`);
}
