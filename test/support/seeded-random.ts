// Reproducible randomness for fuzz tests: a small seeded generator (mulberry32) and a loop that
// names the seed and the iteration when a case fails, so the failure can be replayed exactly with
// HEARTH_FUZZ_SEED=<seed>. Without that variable each run picks a fresh seed and covers new ground.
import { randomInt } from 'node:crypto';

export class SeededRandom {
  private state: number;

  constructor(readonly seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    // mulberry32: tiny, fast and good enough to drive structure-aware mutations.
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(0, items.length - 1)]!;
  }

  bytes(length: number): Buffer {
    const bytes = Buffer.alloc(length);
    for (let i = 0; i < length; i += 1) bytes[i] = this.int(0, 255);
    return bytes;
  }

  /** A string of `length` characters drawn from `alphabet` (indexed by whole code points). */
  string(length: number, alphabet: readonly string[]): string {
    let text = '';
    for (let i = 0; i < length; i += 1) text += this.pick(alphabet);
    return text;
  }

  /** Random UTF-16 code units, lone surrogates included: the worst a JavaScript string can hold. */
  codeUnits(length: number): string {
    let text = '';
    for (let i = 0; i < length; i += 1) text += String.fromCharCode(this.int(0, 0xffff));
    return text;
  }
}

/** The run's base seed: HEARTH_FUZZ_SEED when set, otherwise a fresh one. */
export function fuzzSeed(): number {
  const pinned = process.env['HEARTH_FUZZ_SEED'];
  if (pinned !== undefined && /^\d+$/.test(pinned)) return Number(pinned) >>> 0;
  return randomInt(0, 2 ** 32 - 1);
}

/**
 * Runs `body` for `iterations` cases, each with its own generator derived from the base seed.
 * A failure is rethrown with the seed and iteration in its message (the cause keeps the original).
 */
export async function fuzz(
  name: string,
  iterations: number,
  body: (random: SeededRandom, iteration: number) => void | Promise<void>,
  seed: number = fuzzSeed(),
): Promise<void> {
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    const random = new SeededRandom((seed + Math.imul(iteration, 0x9e3779b1)) >>> 0);
    try {
      await body(random, iteration);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new Error(`${name}: failed at iteration ${iteration}; replay with HEARTH_FUZZ_SEED=${seed}\n${reason}`, { cause: error });
    }
  }
}
