// Extism 2.0.0-rc13's worker runner kept every call's memory blocks on both sides of the thread
// boundary, so each host call got slower and memory grew with every call; scripts/patch-extism.ts
// resets the call context per call, as the foreground runner does. This checks the patched
// runner from a host function: a block index that only exists if earlier calls' blocks were kept.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import createPlugin, { type CallContext } from '@extism/extism';
import { compileWat } from '../../support/fixture-plugins.js';

const STALE_INDEX = 40n;
const BLOCK_ADDRESS_SHIFT = 48n;

it('a worker plugin starts every call with a fresh call context', async () => {
  const staleBlockSeen: boolean[] = [];
  const module = await WebAssembly.compile(new Uint8Array(await compileWat('host-caller.wat')));
  const plugin = await createPlugin(
    { wasm: [{ module }] },
    {
      useWasi: false,
      runInWorker: true,
      functions: {
        'extism:host/user': {
          query_location: (context: CallContext) => {
            staleBlockSeen.push(context.read(STALE_INDEX << BLOCK_ADDRESS_SHIFT) !== null);
            return context.store('{"ok":true}');
          },
        },
      },
    },
  );
  try {
    for (let call = 0; call < 100; call += 1) await plugin.call('ping', `call ${call}`);
  } finally {
    await plugin.close();
  }
  assert.equal(staleBlockSeen.length, 100);
  assert.equal(staleBlockSeen.filter(Boolean).length, 0, 'blocks from earlier calls were still held');
});
