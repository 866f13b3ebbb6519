// Rate-limited logging for things an untrusted party can cause at will (a plugin's denied host
// calls, its failures): a burst is logged, then at most a few lines a second, each saying how many
// were left out since the last one, so the log shows the flood without being drowned by it.
import { type RateLimit, TokenBucket } from './token-bucket.js';

export class LogRate {
  private readonly bucket: TokenBucket;
  private suppressed = 0;

  constructor(limit: RateLimit, now?: () => number) {
    this.bucket = new TokenBucket(limit, now);
  }

  /** Null when this line should be left out; otherwise how many were left out before it. */
  take(): number | null {
    if (!this.bucket.tryTake()) {
      this.suppressed += 1;
      return null;
    }
    const left = this.suppressed;
    this.suppressed = 0;
    return left;
  }
}
