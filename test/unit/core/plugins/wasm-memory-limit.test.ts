import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { errorCode } from '../../../../core/errors.js';
import { capMemory } from '../../../../core/plugins/wasm-memory-limit.js';
import { compileWat } from '../../../support/fixture-plugins.js';
import wabtFactory from 'wabt';

async function wat(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const wabt = await wabtFactory();
  const module = wabt.parseWat('inline.wat', text);
  return new Uint8Array(module.toBinary({}).buffer);
}

function memoryOf(bytes: Uint8Array<ArrayBuffer>): WebAssembly.Memory {
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes));
  return instance.exports['memory'] as WebAssembly.Memory;
}

describe('capMemory', () => {
  it('gives an unbounded memory a maximum, so growing past it fails', async () => {
    const capped = capMemory(await wat('(module (memory (export "memory") 2))'), 8);
    const memory = memoryOf(capped);
    assert.equal(memory.grow(6), 2);
    assert.throws(() => memory.grow(1), RangeError);
  });

  it('lowers a declared maximum above the limit and keeps one below it', async () => {
    const declaredLarge = await wat('(module (memory (export "memory") 1 1000))');
    assert.throws(() => memoryOf(capMemory(declaredLarge, 4)).grow(4), RangeError);
    const small = memoryOf(capMemory(await wat('(module (memory (export "memory") 1 2))'), 64));
    assert.throws(() => small.grow(2), RangeError);
  });

  it('refuses a module that starts with more memory than allowed', async () => {
    assert.throws(() => capMemory(new Uint8Array([]), 1), (error: unknown) => errorCode(error) === 'E_WASM_INVALID');
    const big = await wat('(module (memory 100))');
    assert.throws(() => capMemory(big, 10), /starts with 100 pages of memory, more than its limit of 10/);
  });

  it('leaves modules without memory, and every other section, untouched in meaning', async () => {
    const hostile = new Uint8Array(await compileWat('hostile.wat'));
    const capped = capMemory(hostile, 16);
    assert.deepEqual(WebAssembly.Module.exports(new WebAssembly.Module(capped)), WebAssembly.Module.exports(new WebAssembly.Module(hostile)));
    const plain = await wat('(module (func (export "f") (result i32) (i32.const 7)))');
    assert.deepEqual(capMemory(plain, 1), Buffer.from(plain));
  });

  it('answers garbage and truncated modules with E_WASM_INVALID, never anything else', async () => {
    const valid = await wat('(module (memory 1) (func (export "f")))');
    for (let round = 0; round < 500; round += 1) {
      const input = round % 2 === 0 ? randomBytes(64) : Buffer.concat([Buffer.from(valid.subarray(0, 8)), randomBytes(round % 40)]);
      try {
        capMemory(input, 4);
      } catch (error) {
        assert.equal(errorCode(error), 'E_WASM_INVALID', String(error));
      }
    }
    for (let cut = 9; cut < valid.length; cut += 1) {
      try {
        capMemory(valid.subarray(0, cut), 4);
      } catch (error) {
        assert.equal(errorCode(error), 'E_WASM_INVALID');
      }
    }
  });
});
