import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { describe, it } from 'node:test';
import { errorCode } from '../../../../../core/errors.js';
import { FUEL_EXPORT, type ModuleLimits, rewriteModule } from '../../../../../core/plugins/runtime/module-rewrite.js';
import { fuzz } from '../../../../support/seeded-random.js';
import { wat } from '../../../../support/wat.js';

const LIMITS: ModuleLimits = { memoryPages: 8, tableEntries: 100, startFuel: 1_000_000 };

function instantiate(bytes: Uint8Array<ArrayBuffer>, imports: WebAssembly.Imports = {}): WebAssembly.Instance {
  return new WebAssembly.Instance(new WebAssembly.Module(bytes), imports);
}

function rewritten(text: string, limits: Partial<ModuleLimits> = {}, imports: WebAssembly.Imports = {}): WebAssembly.Instance {
  return instantiate(rewriteModule(wat(text), { ...LIMITS, ...limits }), imports);
}

function fuelOf(instance: WebAssembly.Instance): WebAssembly.Global {
  return instance.exports[FUEL_EXPORT] as WebAssembly.Global;
}

const refused = (code = 'E_WASM_INVALID') => (error: unknown) => errorCode(error) === code;

describe('rewriteModule: limits', () => {
  it('gives an unbounded memory a maximum, so growing past it fails inside the module', () => {
    const memory = rewritten('(module (memory (export "memory") 2))').exports['memory'] as WebAssembly.Memory;
    assert.equal(memory.grow(6), 2);
    assert.throws(() => memory.grow(1), RangeError);
  });

  it('lowers a declared maximum above the limit and keeps one below it', () => {
    assert.throws(() => (rewritten('(module (memory (export "memory") 1 1000))', { memoryPages: 4 }).exports['memory'] as WebAssembly.Memory).grow(4), RangeError);
    assert.throws(() => (rewritten('(module (memory (export "memory") 1 2))').exports['memory'] as WebAssembly.Memory).grow(2), RangeError);
  });

  it('refuses a module that starts with more memory than allowed', () => {
    assert.throws(() => rewriteModule(wat('(module (memory 100))'), LIMITS), /starts with 100 pages of memory, more than its limit of 8/);
  });

  it('caps tables as memory is capped, so table.grow cannot exhaust the server', () => {
    const instance = rewritten(`(module (table $t 1 funcref)
      (func (export "grow") (param i32) (result i32) (table.grow $t (ref.null func) (local.get 0))))`);
    const grow = instance.exports['grow'] as (n: number) => number;
    assert.equal(grow(99), 1);
    assert.equal(grow(1), -1, 'past the cap the table does not grow');
    assert.throws(() => rewriteModule(wat('(module (table 10000000 funcref))'), LIMITS), /starts with 10000000 entries of table, more than its limit of 100/);
  });

  it('allows only function imports, and refuses features it cannot meter', () => {
    assert.throws(() => rewriteModule(wat('(module (import "env" "memory" (memory 1)))'), LIMITS), /imports a memory .*plugins may import only functions/);
    assert.throws(() => rewriteModule(wat('(module (import "env" "t" (table 1 funcref)))'), LIMITS), /imports a table/);
    assert.throws(() => rewriteModule(wat('(module (import "env" "g" (global i32)))'), LIMITS), /imports a global/);
    assert.throws(() => rewriteModule(wat('(module (memory 1 1 shared))'), LIMITS), /shared or 64-bit memory/);
    assert.throws(() => rewriteModule(wat('(module (tag $e))'), LIMITS), /exception tags/);
  });

  it('refuses what is not WebAssembly without quoting any of its bytes', () => {
    const secret = Buffer.from('root:$6$secrethash:19000:0:99999:7:::\n');
    for (const bytes of [secret, Buffer.alloc(0), Buffer.from([0, 0x61, 0x73, 0x6d, 2, 0, 0, 0])]) {
      assert.throws(
        () => rewriteModule(bytes, LIMITS),
        (error: unknown) => errorCode(error) === 'E_WASM_INVALID' && !/root|secret|\$6/.test((error as Error).message),
      );
    }
    const truncated = wat('(module (func (export "f") (result i32) (i32.const 1)))').subarray(0, 20);
    assert.throws(() => rewriteModule(truncated, LIMITS), refused());
  });

  it('refuses a module that already exports the fuel counter', () => {
    assert.throws(() => rewriteModule(wat(`(module (global (export "${FUEL_EXPORT}") i32 (i32.const 0)))`), LIMITS), /a name Hearth keeps for itself/);
  });
});

describe('rewriteModule: fuel', () => {
  it('stops a loop that never ends when its fuel is gone, and tells that from the module trapping itself', () => {
    const instance = rewritten('(module (func (export "spin") (loop $l (br $l))) (func (export "trap") unreachable))');
    fuelOf(instance).value = 1_000_000;
    assert.throws(() => (instance.exports['spin'] as () => void)(), WebAssembly.RuntimeError);
    assert.ok((fuelOf(instance).value as number) < 0, 'out of fuel');
    fuelOf(instance).value = 1_000_000;
    assert.throws(() => (instance.exports['trap'] as () => void)(), WebAssembly.RuntimeError);
    assert.ok((fuelOf(instance).value as number) >= 0, 'its own trap leaves fuel');
  });

  it('charges the same for the same work, every time', () => {
    const instance = rewritten(`(module (func $sum (export "sum") (param $n i32) (result i32) (local $total i32)
      (block $done (loop $next
        (br_if $done (i32.eqz (local.get $n)))
        (local.set $total (i32.add (local.get $total) (local.get $n)))
        (local.set $n (i32.sub (local.get $n) (i32.const 1)))
        (br $next)))
      (local.get $total)))`);
    const used = (n: number): number => {
      fuelOf(instance).value = 1_000_000;
      assert.equal((instance.exports['sum'] as (n: number) => number)(n), (n * (n + 1)) / 2);
      return 1_000_000 - (fuelOf(instance).value as number);
    };
    const perIteration = used(11) - used(10);
    assert.ok(perIteration > 0);
    assert.equal(used(110) - used(100), perIteration * 10, 'fuel grows with iterations, exactly');
    assert.equal(used(10), used(10));
  });

  it('charges recursion at every call, so it cannot run unmetered', () => {
    const instance = rewritten('(module (func $down (export "down") (param i32) (if (local.get 0) (then (call $down (i32.sub (local.get 0) (i32.const 1)))))))');
    fuelOf(instance).value = 100;
    assert.throws(() => (instance.exports['down'] as (n: number) => void)(1000), WebAssembly.RuntimeError);
    assert.ok((fuelOf(instance).value as number) < 0);
  });

  it('charges bulk memory instructions by their length', () => {
    const instance = rewritten('(module (memory 4) (func (export "fill") (param i32) (memory.fill (i32.const 0) (i32.const 7) (local.get 0))))');
    const used = (bytes: number): number => {
      fuelOf(instance).value = 10_000_000;
      (instance.exports['fill'] as (n: number) => void)(bytes);
      return 10_000_000 - (fuelOf(instance).value as number);
    };
    assert.equal(used(4096 * 4) - used(0), 4096, 'one unit per four bytes');
    fuelOf(instance).value = 1000;
    assert.throws(() => (instance.exports['fill'] as (n: number) => void)(200_000), WebAssembly.RuntimeError, 'a fill larger than the fuel left never runs');
  });

  it('meters the start function with the start fuel', () => {
    assert.throws(() => rewritten('(module (func $start (loop $l (br $l))) (start $start))', { startFuel: 10_000 }), WebAssembly.RuntimeError);
    assert.doesNotThrow(() => rewritten('(module (func $start (nop)) (start $start))', { startFuel: 10_000 }));
  });

  it('leaves a bundled plugin compiling and exporting what it did', async () => {
    const original = await readFile('plugins/communication/build/communication.wasm');
    const module = new WebAssembly.Module(rewriteModule(original, LIMITS_FOR_PLUGINS));
    const names = (m: WebAssembly.Module) => WebAssembly.Module.exports(m).map((entry) => entry.name).sort();
    assert.deepEqual(names(module), [...names(new WebAssembly.Module(original)), FUEL_EXPORT].sort());
  });
});

const LIMITS_FOR_PLUGINS: ModuleLimits = { memoryPages: 256, tableEntries: 10_000, startFuel: 100_000_000 };

describe('rewriteModule: hostile bytes', () => {
  it('answers every mutation of a real plugin with a module that compiles or E_WASM_INVALID, nothing else', async () => {
    const original = new Uint8Array(await readFile('plugins/echo/build/echo.wasm'));
    await fuzz('module rewrite', 300, (random) => {
      const bytes = Uint8Array.from(original);
      for (let i = random.int(1, 8); i > 0; i -= 1) {
        const at = random.int(8, bytes.length - 1);
        bytes[at] = random.chance(0.5) ? random.int(0, 255) : bytes[at]! ^ (1 << random.int(0, 7));
      }
      const cut = random.chance(0.2) ? bytes.subarray(0, random.int(0, bytes.length)) : bytes;
      let out: Uint8Array<ArrayBuffer>;
      try {
        out = rewriteModule(cut, LIMITS_FOR_PLUGINS);
      } catch (error) {
        assert.equal(errorCode(error), 'E_WASM_INVALID', String(error));
        return;
      }
      assert.ok(WebAssembly.validate(out), 'what the rewriter accepts, the engine accepts');
    });
  });
});
