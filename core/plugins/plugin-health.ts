// A plugin's health: status, crash count and backoff. Repeated crashes within a window put it in
// `error`; it is retried after a backoff that doubles each time, up to a ceiling.

export type PluginStatus = 'loading' | 'ready' | 'error' | 'disabled';

export interface CrashPolicy {
  crashThreshold: number;
  crashWindowMs: number;
  baseBackoffMs: number;
  maxBackoffMs: number;
}

export class PluginHealth {
  status: PluginStatus = 'loading';
  lastError: string | null = null;
  crashCount = 0;
  nextRetryAt: Date | null = null;
  private recentCrashes: number[] = [];
  private backoffLevel = 0;

  constructor(
    private readonly policy: CrashPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when calls may be made now; an errored plugin becomes callable again at its retry time. */
  canCall(): boolean {
    if (this.status === 'ready') return true;
    if (this.status !== 'error' || this.nextRetryAt === null) return false;
    return this.now() >= this.nextRetryAt.getTime();
  }

  markReady(): void {
    this.status = 'ready';
    this.nextRetryAt = null;
  }

  recordSuccess(): void {
    if (this.status === 'error') {
      // The retry worked; start over, though a relapse soon after still backs off further.
      this.status = 'ready';
      this.nextRetryAt = null;
      this.recentCrashes = [];
    }
  }

  /** Records a crash; returns true when this crash put the plugin in `error`. */
  recordCrash(message: string): boolean {
    const now = this.now();
    this.crashCount += 1;
    this.lastError = message;
    this.recentCrashes = this.recentCrashes.filter((time) => time > now - this.policy.crashWindowMs);
    this.recentCrashes.push(now);
    const retrying = this.status === 'error';
    if (!retrying && this.recentCrashes.length < this.policy.crashThreshold) return false;
    const backoff = Math.min(this.policy.maxBackoffMs, this.policy.baseBackoffMs * 2 ** this.backoffLevel);
    this.backoffLevel += 1;
    this.status = 'error';
    this.nextRetryAt = new Date(now + backoff);
    return !retrying;
  }

  /** Marks a plugin that could not be loaded at all. */
  fail(message: string): void {
    this.status = 'error';
    this.lastError = message;
    this.nextRetryAt = null;
  }

  disable(): void {
    this.status = 'disabled';
    this.nextRetryAt = null;
  }
}
