import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { KernelAccessError } from '../../../../../core/errors.js';
import { ExtismKernel, FuelExhausted } from '../../../../../core/plugins/runtime/extism-kernel.js';

type Fn = (...args: never[]) => unknown;

function kernel(limits: Partial<{ maxBytes: number; maxBlocks: number; maxVarBytes: number }> = {}, config: Record<string, string> = {}) {
  const logs: string[] = [];
  const k = new ExtismKernel({ maxBytes: 1 << 20, maxBlocks: 1000, maxVarBytes: 64, ...limits }, config, (level, text) => logs.push(`${level}:${text}`));
  const env = k.imports() as unknown as Record<string, Fn>;
  const call = <T>(name: string, ...args: unknown[]): T => (env[name] as (...a: unknown[]) => T)(...args);
  return { k, call, logs };
}

describe('the Extism kernel', () => {
  it('hands the input over byte by byte and eight at a time', () => {
    const { k, call } = kernel();
    k.begin(new TextEncoder().encode('hello, world'));
    assert.equal(call<bigint>('input_length'), 12n);
    assert.equal(call<number>('input_load_u8', 0n), 'h'.charCodeAt(0));
    assert.equal(call<bigint>('input_load_u64', 4n), new DataView(new TextEncoder().encode('o, world').buffer).getBigUint64(0, true));
    assert.throws(() => call('input_load_u64', 5n), KernelAccessError, 'eight bytes from offset 5 run past the input');
    assert.throws(() => call('input_load_u8', -1n), KernelAccessError);
  });

  it('stores and loads inside blocks, and refuses anything outside one', () => {
    const { k, call } = kernel();
    k.begin(new Uint8Array(0));
    const block = call<bigint>('alloc', 16n);
    call('store_u64', block + 8n, 0x0102030405060708n);
    call('store_u8', block, 42);
    assert.equal(call<number>('load_u8', block), 42);
    assert.equal(call<bigint>('load_u64', block + 8n), 0x0102030405060708n);
    assert.equal(call<bigint>('length', block), 16n);
    assert.throws(() => call('load_u64', block + 9n), KernelAccessError, 'past the end of its block');
    assert.throws(() => call('store_u8', 0n, 1), KernelAccessError, 'address 0 is no block');
    assert.throws(() => call('load_u8', 1n << 48n), KernelAccessError);
    call('free', block);
    assert.throws(() => call('load_u8', block), KernelAccessError, 'a freed block is gone');
  });

  it('sets the output and the error from whole blocks only', () => {
    const { k, call } = kernel();
    k.begin(new Uint8Array(0));
    const text = k.storeText('{"ok":true} and more');
    call('output_set', text, 11n);
    assert.equal(new TextDecoder().decode(k.result().output!), '{"ok":true}');
    assert.throws(() => call('output_set', text + 1n, 1n), KernelAccessError, 'not the start of a block');
    assert.throws(() => call('output_set', text, 1000n), KernelAccessError, 'longer than its block');
    call('error_set', k.storeText('it broke'));
    assert.equal(k.result().error, 'it broke');
  });

  it('bounds what one call may allocate, by bytes and by blocks', () => {
    const small = kernel({ maxBytes: 1024 });
    small.k.begin(new Uint8Array(0));
    assert.notEqual(small.call<bigint>('alloc', 1000n), 0n);
    assert.equal(small.call<bigint>('alloc', 100n), 0n, 'over the byte limit: no block');
    const few = kernel({ maxBlocks: 10 });
    few.k.begin(new Uint8Array(0));
    const blocks = Array.from({ length: 20 }, () => few.call<bigint>('alloc', 1n));
    assert.equal(blocks.filter((address) => address === 0n).length, 11, 'the input is one of the ten');
    assert.equal(few.call<bigint>('alloc', -5n), 0n);
  });

  it('gives space back when blocks are freed from the top, and starts each call empty', () => {
    const { k, call } = kernel({ maxBytes: 100 });
    k.begin(new Uint8Array(0));
    for (let i = 0; i < 50; i += 1) {
      const block = call<bigint>('alloc', 60n);
      assert.notEqual(block, 0n, 'freed space is reused');
      call('free', block);
    }
    call<bigint>('alloc', 90n);
    k.begin(new Uint8Array(0));
    assert.notEqual(call<bigint>('alloc', 90n), 0n, 'a new call starts with nothing allocated');
  });

  it('reads config, keeps variables within their allowance, and logs', () => {
    const { k, call, logs } = kernel({ maxVarBytes: 16 }, { greeting: 'hello' });
    k.begin(new Uint8Array(0));
    const value = call<bigint>('config_get', k.storeText('greeting'));
    assert.equal(k.readText(value), 'hello');
    assert.equal(call<bigint>('config_get', k.storeText('missing')), 0n);
    assert.equal(call<bigint>('config_get', k.storeText('__proto__')), 0n);
    call('var_set', k.storeText('n'), k.storeText('12345'));
    assert.equal(k.readText(call<bigint>('var_get', k.storeText('n'))), '12345');
    assert.throws(() => call('var_set', k.storeText('big'), k.storeText('x'.repeat(100))), KernelAccessError);
    call('log_warn', k.storeText('careful'));
    assert.deepEqual(logs, ['warn:careful']);
  });

  it('stops a call that makes more kernel calls than its fuel allows', () => {
    const { k, call } = kernel();
    k.begin(new Uint8Array(8), 100);
    assert.throws(() => {
      for (let i = 0; i < 1000; i += 1) call('input_load_u8', 0n);
    }, FuelExhausted);
  });
});
