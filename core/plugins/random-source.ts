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

/**
 * Draws from a stream of random bytes, read a block at a time. Whole numbers come by rejection,
 * so every value is equally likely.
 */
abstract class ByteStreamRandom implements RandomSource {
  private block: Buffer = Buffer.alloc(0);
  private offset = 0;

  /** The next block of random bytes (at least 8). */
  protected abstract nextBlock(): Buffer;

  below(bound: number): number {
    if (!Number.isSafeInteger(bound) || bound < 1 || bound > MAX_RANDOM_SPAN) throw new RangeError(`bound must be a whole number from 1 to 2^48, not ${bound}`);
    const limit = MAX_RANDOM_SPAN - (MAX_RANDOM_SPAN % bound);
    for (;;) {
      const at = this.take(6);
      const value = this.block.readUIntBE(at, 6);
      if (value < limit) return value % bound;
    }
  }

  seed64(): bigint {
    const at = this.take(8);
    return this.block.readBigUInt64BE(at);
  }

  /** Where the next `bytes` bytes start. It may replace the block: call it before reading `this.block`. */
  private take(bytes: number): number {
    if (this.offset + bytes > this.block.length) {
      this.block = this.nextBlock();
      this.offset = 0;
    }
    const at = this.offset;
    this.offset += bytes;
    return at;
  }
}

/** The operating system's cryptographic generator, read 4 KiB at a time. */
export class CryptoRandom extends ByteStreamRandom {
  private readonly pool = Buffer.alloc(4096);

  protected nextBlock(): Buffer {
    return randomFillSync(this.pool);
  }
}

/** A repeatable stream from a seed (HMAC-SHA256 over a counter): the same seed, the same numbers. */
export class SeededRandom extends ByteStreamRandom {
  private counter = 0;

  constructor(private readonly seed: string) {
    super();
  }

  protected nextBlock(): Buffer {
    return createHmac('sha256', this.seed).update(String(this.counter++)).digest();
  }
}

/** The server's source, shared by every plugin. */
export const SYSTEM_RANDOM: RandomSource = new CryptoRandom();
