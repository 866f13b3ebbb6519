// Per-plugin call counts, errors and recent call times, for @stats and the status API.
import { percentile } from '../limits/percentile.js';

const SAMPLES_KEPT = 1024;

export class PluginStats {
  calls = 0;
  errors = 0;
  private readonly durations: number[] = [];
  private next = 0;

  record(durationMs: number, failed: boolean): void {
    this.calls += 1;
    if (failed) this.errors += 1;
    if (this.durations.length < SAMPLES_KEPT) this.durations.push(durationMs);
    else this.durations[this.next] = durationMs;
    this.next = (this.next + 1) % SAMPLES_KEPT;
  }

  /** Percentile of the most recent call times, in milliseconds. */
  percentileMs(p: number): number {
    return percentile(this.durations, p);
  }
}
