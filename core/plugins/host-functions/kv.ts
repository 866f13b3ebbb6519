// kv_get, kv_set, kv_delete: a small key-value store per plugin. Keys are namespaced by plugin
// name in the host, so no plugin can read or write another's; sizes and write rates are capped.
// Writes record how to undo themselves, so a call that fails afterwards keeps no half of its work;
// they are stored after the plugin has returned, before the call commits. Reads of keys the store
// remembers answer at once; others pause the call for one database read.
import { z } from 'zod';
import { HearthError, RateLimitedError } from '../../errors.js';
import { defineHostFunction, type HostCall, type PluginBinding, requireCapability } from './host-function.js';

function checkKey(binding: PluginBinding, key: string): void {
  if (Buffer.byteLength(key, 'utf8') > binding.limits.maxKvKeyBytes) {
    throw new HearthError('E_HOST_CALL_INVALID', `KV keys may be at most ${binding.limits.maxKvKeyBytes} bytes.`);
  }
}

function takeWrite(binding: PluginBinding, firstRun: boolean): void {
  if (firstRun && !binding.rates.kvWrites.tryTake()) throw new RateLimitedError(binding.plugin, 'KV writes', binding.limits.kvWritesPerSecond);
}

/** The key's current value, from memory when known, else read (pausing the call). */
function currentValue(call: HostCall<{ key: string }>): string | undefined {
  const { kv } = call.binding.services;
  const known = kv.peek?.(call.binding.plugin, call.input.key);
  if (known) return known.value;
  return call.wait(() => kv.get(call.binding.plugin, call.input.key));
}

const key = z.string().min(1).max(1024);

export const kvGet = defineHostFunction({
  name: 'kv_get',
  input: z.object({ key }),
  run(call) {
    requireCapability(call.binding, 'kv:read', 'read its key-value store');
    checkKey(call.binding, call.input.key);
    const value = currentValue(call);
    return { found: value !== undefined, value: value ?? null };
  },
});

export const kvSet = defineHostFunction({
  name: 'kv_set',
  input: z.object({ key, value: z.string() }),
  run({ input, binding, scope, firstRun }) {
    requireCapability(binding, 'kv:write', 'write its key-value store');
    checkKey(binding, input.key);
    if (Buffer.byteLength(input.value, 'utf8') > binding.limits.maxKvValueBytes) {
      throw new HearthError('E_HOST_CALL_INVALID', `KV values may be at most ${binding.limits.maxKvValueBytes} bytes.`);
    }
    takeWrite(binding, firstRun);
    const { kv } = binding.services;
    // Not awaited: reads see the value at once, and the call's commit waits for the write.
    const written = kv.set(binding.plugin, input.key, input.value);
    scope.waitFor(written);
    scope.recordUndo(async () => {
      const outcome = await written.then((previous) => ({ previous }), () => null);
      // A write that was never stored has nothing to undo.
      if (outcome === null) return;
      await (outcome.previous === undefined ? kv.delete(binding.plugin, input.key) : kv.set(binding.plugin, input.key, outcome.previous));
    });
    return {};
  },
});

export const kvDelete = defineHostFunction({
  name: 'kv_delete',
  input: z.object({ key }),
  run(call) {
    const { input, binding, scope, firstRun } = call;
    requireCapability(binding, 'kv:write', 'write its key-value store');
    checkKey(binding, input.key);
    // The token first: after a wait this handler runs again with firstRun false.
    takeWrite(binding, firstRun);
    const previous = currentValue(call);
    if (previous === undefined) return { deleted: false };
    const { kv } = binding.services;
    const deleted = kv.delete(binding.plugin, input.key);
    scope.waitFor(deleted);
    scope.recordUndo(async () => {
      if (await deleted.then(() => true, () => false)) await kv.set(binding.plugin, input.key, previous);
    });
    return { deleted: true };
  },
});
