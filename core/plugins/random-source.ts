// Randomness for plugins: whole numbers for dice and shuffles, and a seed per call for the
// AssemblyScript runtime's Math.random. The server draws from the operating system's generator;
// the test harness uses a seeded stream so a plugin's tests come out the same every run.
import { createHmac, randomFillSync } from 'node:crypto';

/** The widest span `below` accepts: what a 48-bit draw covers without bias worth the name. */
export const MAX_RANDOM_SPAN = 2 ** 48;

export interface RandomSource {
  /** A uniformly chosen whole number in [0, bound), for 1 <= bound <= MAX_RANDOM_SPAN. */
  below(bound: number): number;
  /** 64 random bits, for seeding a plugin's Math.random at the start of a call. */
  seed64(): bigint;
}

/** Draws from a source of uniform 48-bit numbers by rejection, so every value is equally likely. */
abstract class UniformDraws implements RandomSource {
  protected abstract next48(): number;
  protected abstract next64(): bigint;

  below(bound: number): number {
    if (!Number.isSafeInteger(bound) || bound < 1 || bound > MAX_RANDOM_SPAN) throw new RangeError(`bound must be a whole number from 1 to 2^48, not ${bound}`);
    const limit = MAX_RANDOM_SPAN - (MAX_RANDOM_SPAN % bound);
    for (;;) {
      const value = this.next48();
      if (value < limit) return value % bound;
    }
  }

  seed64(): bigint {
    return this.next64();
  }
}

/** The operating system's cryptographic generator, read a few kilobytes at a time. */
export class CryptoRandom extends UniformDraws {
  private readonly pool = Buffer.alloc(4096);
  private offset = this.pool.length;

  private take(bytes: number): number {
    if (this.offset + bytes > this.pool.length) {
      randomFillSync(this.pool);
      this.offset = 0;
    }
    const at = this.offset;
    this.offset += bytes;
    return at;
  }

  protected next48(): number {
    const at = this.take(6);
    return this.pool.readUIntBE(at, 6);
  }

  protected next64(): bigint {
    const at = this.take(8);
    return this.pool.readBigUInt64BE(at);
  }
}

/** A repeatable stream from a seed (HMAC-SHA256 over a counter): the same seed, the same numbers. */
export class SeededRandom extends UniformDraws {
  private counter = 0;
  private block = Buffer.alloc(0);
  private offset = 0;

  constructor(private readonly seed: string) {
    super();
  }

  private take(bytes: number): number {
    if (this.offset + bytes > this.block.length) {
      this.block = createHmac('sha256', this.seed).update(String(this.counter++)).digest();
      this.offset = 0;
    }
    const at = this.offset;
    this.offset += bytes;
    return at;
  }

  protected next48(): number {
    // take() may replace the block, so it runs before the block is read.
    const at = this.take(6);
    return this.block.readUIntBE(at, 6);
  }

  protected next64(): bigint {
    const at = this.take(8);
    return this.block.readBigUInt64BE(at);
  }
}

/** The server's source, shared by every plugin. */
export const SYSTEM_RANDOM: RandomSource = new CryptoRandom();
