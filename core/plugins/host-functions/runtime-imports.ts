// What the AssemblyScript runtime itself imports from `env`, answered the way a rerun after a pause
// needs: `seed` (Math.random's seed) gives the call's own seed, the same on every run of the call,
// and `Date.now` is journaled like a host call, so a rerun reads the time the first run read.
import { SYSTEM_CLOCK } from '../plugin-clock.js';
import { SYSTEM_RANDOM } from '../random-source.js';
import type { CallSlot, PluginBinding } from './host-function.js';

/** An imported function of the runtime module: no arguments, one f64 back. */
export type RuntimeFunction = () => number;

export function buildRuntimeImports(binding: PluginBinding, slot: CallSlot): Record<string, RuntimeFunction> {
  const clock = binding.services.clock ?? SYSTEM_CLOCK;
  return {
    seed: () => seedValue(slot.current?.seed ?? (binding.services.random ?? SYSTEM_RANDOM).seed64()),
    'Date.now': () => {
      const active = slot.current;
      if (!active) return clock.unixMs();
      const entry = active.journal.next('Date.now', '');
      if (entry.reply !== null) return Number(entry.reply);
      const now = clock.unixMs();
      entry.reply = String(now);
      return now;
    },
  };
}

/** The seed as the f64 the runtime reinterprets: a whole number, so no NaN bits can be altered on the way. */
export function seedValue(seed: bigint): number {
  return Number(seed & ((1n << 53n) - 1n));
}
