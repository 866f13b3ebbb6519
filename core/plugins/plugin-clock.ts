// Time for plugins: the wall clock (for dates players read) and a monotonic clock (for measuring
// how long something took, unaffected by the wall clock being set). The test harness fixes both.

export interface PluginClock {
  /** Milliseconds since 1970-01-01T00:00:00Z. */
  unixMs(): number;
  /** Milliseconds since an arbitrary start; never goes backwards. */
  monotonicMs(): number;
}

export const SYSTEM_CLOCK: PluginClock = {
  unixMs: () => Date.now(),
  monotonicMs: () => performance.now(),
};

/** A clock that moves only when told, for tests. */
export class ManualClock implements PluginClock {
  private monotonic = 0;

  constructor(private unix: number = Date.UTC(2026, 0, 1)) {}

  unixMs(): number {
    return this.unix;
  }

  monotonicMs(): number {
    return this.monotonic;
  }

  advance(ms: number): void {
    this.unix += ms;
    this.monotonic += ms;
  }
}
